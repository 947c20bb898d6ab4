import { expect, test } from '@playwright/test';
import { isLocal, waitForMapIdle, waitForMapReady } from './helpers/map';

test('pages carry a Content-Security-Policy with a nonce and no eval, and the usual security headers', async ({ request }) => {
  const page = await request.get('/');
  const headers = page.headers();
  const policy = headers['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toContain("frame-ancestors 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-powered-by']).toBeUndefined();
  // A fresh nonce on every request.
  const again = (await request.get('/')).headers()['content-security-policy'];
  expect(again).not.toBe(policy);
  // Files are not sniffed either.
  expect((await request.get('/basemap/countries.geojson')).headers()['x-content-type-options']).toBe('nosniff');
});

test('nothing breaks the policy and nothing leaves this machine: dashboard, reader, feed, briefing and its export', async ({ page, context }) => {
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    if (isLocal(route.request().url())) return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, 'cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  await page.goto('/?place=ain-al-asad&t=2024-10-02');
  await waitForMapIdle(page);
  expect(await violations()).toEqual([]);
  await page.goto('/articles/000_f32e547f1ff744d0');
  await expect(page.locator('mark.article-quote').first()).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.goto('/feed?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await violations()).toEqual([]);
  await page.goto('/brief/coalition-drawdown?step=4');
  await waitForMapReady(page);
  await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Export PNG' }).click()]);
  expect(await violations()).toEqual([]);

  expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  expect(outside).toEqual([]);
});
