import { expect, test, type APIResponse } from '@playwright/test';
import { waitForMapReady } from './helpers/map';

/** Values a careless or hostile client sends: bad dates, huge numbers, traversal, unicode tricks, markup. */
const HOSTILE = [
  '',
  ' ',
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '\u0000',
  '\u202Egnp.exe',
  '\u200B\u200Bbaghdad',
  'عين الاسد\u202E',
  '𝕏𝕏𝕏',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '9'.repeat(400),
  '-1',
  '1e309',
  'NaN',
  '2024-02-30',
  '2024-13-01',
  '0000-00-00',
  '99999-01-01',
  '2024-10-02T00:00:00Z',
  'null',
  '{}',
  '[]',
  '%',
  'a'.repeat(5000),
  'json,csv',
  'PLANNED',
];

/** A 4xx is an error body of ours (JSON); nothing is a 5xx; nothing shows a stack trace. */
async function expectHandled(response: APIResponse, what: string) {
  const status = response.status();
  const body = await response.text();
  expect(status, what).toBeLessThan(500);
  expect(body, what).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  if (status >= 400 && status !== 414 && status !== 431) {
    expect(response.headers()['content-type'], what).toContain('application/json');
    expect(JSON.parse(body).error?.code, what).toBeTruthy();
  }
}

test('hundreds of malformed and hostile API requests get a 4xx with a JSON error, never a 5xx, and the server stays up', async ({ request }) => {
  test.setTimeout(180_000);
  let sent = 0;
  const send = async (url: string, method: 'GET' | 'PUT' | 'POST' = 'GET', data?: unknown) => {
    sent++;
    await expectHandled(await request.fetch(url, { method, data, failOnStatusCode: false }), `${method} ${url.slice(0, 120)}`);
  };
  const q = (v: string) => encodeURIComponent(v);
  for (const value of HOSTILE) {
    for (const key of ['from', 'to', 'place', 'status', 'kind', 'format']) await send(`/api/events?${key}=${q(value)}`);
    await send(`/api/search?q=${q(value)}`);
    for (const route of ['articles', 'briefings', 'drafts']) await send(`/api/${route}/${q(value) || '%20'}`);
    await send(`/api/drafts/${q(value) || '%20'}`, 'PUT', { draft: value });
    await send(`/api/drafts/${q(value) || '%20'}/accept`, 'POST');
  }
  // Repeated and conflicting parameters, unknown formats, a body that is not JSON.
  await send('/api/events?format=csv&format=json');
  await send('/api/events?place=erbil&place=baghdad');
  await send('/api/events?from=2025-01-01&to=2024-01-01');
  await send('/api/events?format=xml');
  await send('/api/search?q=a&q=b');
  await send('/api/places?x=' + 'y'.repeat(3000));
  // A query string far past what the server takes: refused before any route sees it.
  const huge = await request.get(`/api/events?place=${'x'.repeat(10_000_000)}`, { failOnStatusCode: false }).catch((e: Error) => e);
  if (!(huge instanceof Error)) expect(huge.status()).toBeGreaterThanOrEqual(400);
  expect(sent).toBeGreaterThanOrEqual(200);
  // Still up, and still right.
  const events = await request.get('/api/events?place=erbil&status=denied');
  expect(events.status()).toBe(200);
  expect((await events.json()).total).toBe(1);
});

test('hostile page parameters never break a page', async ({ request }) => {
  test.setTimeout(120_000);
  const q = (v: string) => encodeURIComponent(v);
  for (const value of HOSTILE) {
    for (const url of [`/?t=${q(value)}`, `/?place=${q(value)}&speed=${q(value)}`, `/feed?from=${q(value)}&status=${q(value)}`, `/brief/coalition-drawdown?step=${q(value)}`, `/articles/${q(value) || '%20'}?at=${q(value)}`, `/brief/${q(value) || '%20'}`]) {
      const response = await request.get(url, { failOnStatusCode: false });
      expect(response.status(), url.slice(0, 100)).toBeLessThan(500);
      expect(await response.text(), url.slice(0, 100)).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    }
  }
});

test('a bad date or place in the URL falls back with a notice, never a blank screen', async ({ page }) => {
  await page.goto(`/?t=2024-02-30&place=${encodeURIComponent('../../etc/passwd')}&speed=warp`);
  await waitForMapReady(page);
  const notice = page.getByRole('status').filter({ hasText: 'is not a date' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('There is no place');
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', 'All dates');
  await page.goto(`/?t=${encodeURIComponent('\u202E2024-10-02')}`);
  await waitForMapReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'is not a date' })).toBeVisible();
});

test('when the database cannot be reached, the dashboard says so discreetly and keeps what it has', async ({ page }) => {
  await page.route('**/api/status', (route) =>
    route.fulfill({ json: { available: false, editable: false, message: 'The database (postgres://sitrep@db:5432/sitrep) cannot be reached: connect ECONNREFUSED' } }),
  );
  await page.goto('/');
  await waitForMapReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'The data cannot be reached just now' })).toContainText('ECONNREFUSED');
});
