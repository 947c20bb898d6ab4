import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle, waitForMapReady } from './helpers/map';

const slider = (page: Page) => page.getByRole('slider');

test('switching to Arabic mirrors the layout, runs the timeline right to left and speaks Arabic dates', async ({ page }, testInfo) => {
  await page.goto('/?place=ain-al-asad&t=2024-10-02');
  await waitForMapReady(page);
  await page.screenshot({ path: testInfo.outputPath('english-1080p.png') });
  const panelInEnglish = (await page.locator('.place-panel').boundingBox())!;
  expect(panelInEnglish.x).toBeLessThan(960);

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page).toHaveURL(/[?&]lang=ar\b/);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'الأربعاء ٢ أكتوبر ٢٠٢٤');
  await expect(slider(page)).toHaveAccessibleName('التاريخ');
  // The sidebars swap sides: the place panel is now on the right.
  const panel = page.getByRole('complementary', { name: /عين الأسد/ });
  await expect(panel).toBeVisible();
  expect((await panel.boundingBox())!.x).toBeGreaterThan(960);
  await expect(panel.getByRole('heading', { name: 'ما أُبلغ عنه هنا' })).toBeVisible();

  // The slider runs right to left: early dates sit on the right, and ← moves forward in time.
  const track = (await page.locator('.timeline-track').boundingBox())!;
  const thumb = (await slider(page).boundingBox())!;
  expect(thumb.x).toBeGreaterThan(track.x + track.width / 2);
  await slider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'الخميس ٣ أكتوبر ٢٠٢٤');
  await page.keyboard.press('ArrowRight');
  // A press on the right end of the track goes to the timeline's start.
  await page.mouse.click(track.x + track.width - 2, track.y + track.height - 30);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /٢٠٢٣|٢٠٢٤/);
  await page.goBack();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'الأربعاء ٢ أكتوبر ٢٠٢٤');

  // Levantine month names, as several sources write them.
  await page.getByRole('combobox', { name: 'أسماء الأشهر' }).selectOption('levantine');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'الأربعاء ٢ تشرين الأول ٢٠٢٤');
  await expect(page).toHaveURL(/[?&]months=levantine\b/);
  await waitForMapIdle(page);
  await page.screenshot({ path: testInfo.outputPath('arabic-1080p.png') });

  // The choice is kept: a link without it opens in Arabic again, and says so in its URL.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).toHaveURL(/[?&]lang=ar&months=levantine\b/);
  await expect(page.getByRole('link', { name: 'كل التقارير' })).toBeVisible();
  await page.getByRole('link', { name: 'كل التقارير' }).click();
  await expect(page).toHaveURL(/\/feed\?lang=ar/);
  await expect(page.getByRole('heading', { name: 'كل التقارير' })).toBeVisible();

  // And back to English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { name: 'All reports' })).toBeVisible();
});

test('the article reader speaks Arabic too, and keeps the article right to left in English', async ({ page }, testInfo) => {
  await page.goto('/articles/000_f32e547f1ff744d0?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('region', { name: 'قصة مختلفة ألحقها الموقع' })).toBeVisible();
  await expect(page.getByRole('link', { name: '→ العودة إلى الخريطة' })).toHaveAttribute('href', /lang=ar/);
  await page.screenshot({ path: testInfo.outputPath('reader-arabic-1080p.png') });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: 'A different story, appended by the site' })).toBeVisible();
  await expect(page.locator('.article-text').first()).toHaveAttribute('dir', 'rtl');
});
