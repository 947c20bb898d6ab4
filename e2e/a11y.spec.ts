import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle, waitForMapReady } from './helpers/map';

/** axe's serious and critical findings on the page as it is now, one line each. */
async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

for (const lang of ['en', 'ar'] as const) {
  test(`no serious or critical accessibility violations, in ${lang === 'en' ? 'English' : 'Arabic'}: dashboard, reader, briefing`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/?lang=${lang}&place=ain-al-asad&t=2024-10-02`);
    await waitForMapIdle(page);
    expect(await serious(page)).toEqual([]);
    await page.goto(`/articles/000_f32e547f1ff744d0?lang=${lang}`);
    await expect(page.locator('mark.article-quote').first()).toBeVisible();
    expect(await serious(page)).toEqual([]);
    await page.goto(`/brief/coalition-drawdown?lang=${lang}&step=4`);
    await waitForMapReady(page);
    expect(await serious(page)).toEqual([]);
  });
}

test('the first Tab offers a skip link that lands on the map, whose places are then reachable by keyboard', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the map and its places' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  // Past the map's canvas (which takes the arrow keys to pan), the first place.
  for (let i = 0; i < 3 && !(await page.locator(':focus[data-place-id]').count()); i++) await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-place-id', /.+/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary')).toBeVisible();
});
