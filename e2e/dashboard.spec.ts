import { expect, test } from '@playwright/test';
import { BASEMAP_FILES } from '../lib/map/base-style';
import { isLocal, recordRequests, waitForMapReady } from './helpers/map';

const PRIMARY_PLACES = [
  { en: 'Ain al-Asad', ar: 'عين الأسد' },
  { en: 'al-Waleed crossing', ar: 'معبر الوليد' },
  { en: 'al-Qaim / Al-Bukamal', ar: 'القائم / البوكمال' },
  { en: 'Baghdad', ar: 'بغداد' },
  { en: 'Erbil', ar: 'أربيل' },
  { en: 'Kuwait', ar: 'الكويت' },
];

test('the dashboard shows the six places on a map that is served entirely from this machine', async ({ page }, testInfo) => {
  const requests = recordRequests(page);
  const consoleErrors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(`${msg.text()} (${msg.location().url})`));

  await page.goto('/');
  await waitForMapReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Sitrep' })).toBeVisible();

  for (const place of PRIMARY_PLACES) {
    const button = page.getByRole('button', { name: `${place.en} ${place.ar}`, exact: true });
    await expect(button).toBeVisible();
    await button.focus();
    await expect(button).toBeFocused();
  }

  // The basemap is served by the app itself.
  const paths = requests.map((url) => new URL(url).pathname);
  expect(paths).toEqual(expect.arrayContaining(BASEMAP_FILES.map((name) => `/basemap/${name}.geojson`)));
  // The self-hosted worker is what makes the map work in production builds.
  expect(requests.some((url) => new URL(url).pathname === '/maplibre/maplibre-gl-worker.mjs')).toBe(true);
  expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  expect(consoleErrors).toEqual([]);

  const screenshot = await page.screenshot({ path: testInfo.outputPath('dashboard-1080p.png') });
  await testInfo.attach('dashboard-1080p', { body: screenshot, contentType: 'image/png' });
});

test('a place opens with the keyboard, lists its events, lands in the URL and closes with Escape', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  const erbil = page.getByRole('button', { name: 'Erbil أربيل', exact: true });
  await erbil.focus();
  await page.keyboard.press('Enter');
  await expect(erbil).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]place=erbil\b/);
  const panel = page.getByRole('complementary', { name: /Erbil/ });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  await expect(panel).toContainText('Denied');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/place=/);
});

test('the URL restores the selected place, and a bad one falls back with a notice', async ({ page }) => {
  await page.goto('/?place=ain-al-asad');
  await waitForMapReady(page);
  await expect(page.getByRole('complementary', { name: /Ain al-Asad/ })).toBeVisible();

  await page.goto('/?place=..%2F..%2Fetc');
  await waitForMapReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'There is no place' })).toBeVisible();
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('clicking each primary place opens its panel', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  for (const place of PRIMARY_PLACES) {
    await page.getByRole('button', { name: `${place.en} ${place.ar}`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(place.en.replace('/', '\\/')) })).toBeVisible();
  }
});

test('without WebGL the places are still listed as buttons', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl')) return null;
      return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'needs WebGL 2' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Baghdad بغداد', exact: true })).toBeVisible();
  const events = page.getByRole('list', { name: 'Events' }).getByRole('listitem');
  // A page at a time, in date order: the seed data fits in the first.
  await expect(events).toHaveCount(39);
  await expect(events.first()).toContainText('Reported');
  await expect(events.last()).toContainText('Planned');
  // The list scrolls to its last event, and no legend explains a map that is not there.
  await events.last().scrollIntoViewIfNeeded();
  await expect(events.last()).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Legend' })).toBeHidden();
  await context.close();
});
