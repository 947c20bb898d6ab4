import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { renderedFeatures, waitForMapIdle, waitForMapReady } from './helpers/map';

const CONVOY_QUOTE = 'رتلا أمريكيا دخل اليوم من معبر الوليد';

test('search finds Ain al-Asad from «عين الاسد», and choosing it opens its panel', async ({ page }, testInfo) => {
  await page.goto('/');
  await waitForMapReady(page);
  const box = page.getByRole('combobox', { name: 'Search places, events and articles' });
  await box.fill('عين الاسد');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('button').first()).toContainText('Ain al-Asad');
  await page.screenshot({ path: testInfo.outputPath('search-1080p.png') });
  // By keyboard: ↓ into the results, Enter on the place.
  await box.press('ArrowDown');
  await expect(results.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]place=ain-al-asad\b/);
  await expect(page.getByRole('complementary', { name: /Ain al-Asad/ })).toBeVisible();
});

test('search takes a transliteration, and an event result moves the timeline to its date', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  await page.getByRole('combobox', { name: 'Search places, events and articles' }).fill(CONVOY_QUOTE);
  const event = page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: /US convoy enters Anbar/ });
  await event.click();
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', 'Wednesday, 2 October 2024');

  await page.getByRole('combobox', { name: 'Search places, events and articles' }).fill('Walid');
  await expect(page.getByRole('list', { name: 'Search results' })).toContainText('al-Waleed crossing');
});

test('a passage opens the article reader at it, with quotes marked and the read-also story set apart', async ({ page }, testInfo) => {
  await page.goto('/');
  await waitForMapReady(page);
  await page.getByRole('combobox', { name: 'Search places, events and articles' }).fill(CONVOY_QUOTE);
  await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/articles\/000_f32e547f1ff744d0\?at=\d+-\d+#passage$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('دخول رتل أمريكي من سوريا عبر معبر الوليد إلى محافظة الأنبار');
  const quote = page.locator('mark.article-quote', { hasText: CONVOY_QUOTE });
  await expect(quote).toBeVisible();
  // The passage searched for is outlined (cut into runs where the quote's mark begins and ends).
  expect((await page.locator('.article-passage').allTextContents()).join('')).toContain(CONVOY_QUOTE);
  await expect(page.getByRole('region', { name: 'A different story, appended by the site' })).toContainText('Al-Bilad (Damascus)');
  // The article text is text, never HTML.
  expect(await page.locator('.article-text script').count()).toBe(0);
  await page.screenshot({ path: testInfo.outputPath('reader-1080p.png'), fullPage: false });
  // The quote links back to its event on the map.
  await quote.getByRole('link').click();
  await expect(page).toHaveURL(/[?&]t=2024-10-02\b/);
});

test('an unknown article is a clear not-found page', async ({ page }) => {
  await page.goto('/articles/999_0000000000000000');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});

test("Ain al-Asad's panel quotes the convoy report verbatim with its translation, and choosing it moves the timeline", async ({ page }, testInfo) => {
  await page.goto('/?place=ain-al-asad');
  await waitForMapReady(page);
  const panel = page.getByRole('complementary', { name: /Ain al-Asad/ });
  const report = panel.locator('[data-report-id="us-convoy-syria-al-waleed-ain-al-asad-2024-10-02"]');
  // The event cites two passages; one is the convoy quote, verbatim and right to left.
  const quote = report.locator('blockquote', { hasText: CONVOY_QUOTE });
  await expect(quote).toBeVisible();
  await expect(quote).toHaveAttribute('dir', 'rtl');
  await expect(quote.locator('xpath=following-sibling::p[1]')).toContainText(/convoy/i);
  await expect(report).toContainText('Baghdad Today, published 2 Oct 2024');
  await expect(panel.getByRole('heading', { name: 'Plans and deadlines' })).toBeVisible();
  await report.getByRole('button', { name: /US convoy enters Anbar/ }).click();
  await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', 'Wednesday, 2 October 2024');
  await expect(panel.locator('[aria-current="date"]', { hasText: 'US convoy enters Anbar' })).toBeVisible();
  // The map marks the chosen report: a movement's route glows; a point event's place is ringed.
  await waitForMapIdle(page);
  // The map marks the convoy's lane (the movements along the same places with the same status).
  await expect.poll(async () => (await renderedFeatures(page, ['movement-highlight'])).map((f) => f.id)).toContain('syria>al-waleed>ain-al-asad|reported');
  const attack = panel.locator('.report', { has: page.locator('.badge', { hasText: 'Reported' }) }).filter({ hasText: /missiles that Iran fired/ });
  await attack.getByRole('button', { name: /missiles that Iran fired/ }).click();
  await expect.poll(async () => (await renderedFeatures(page, ['point-event-highlight'])).length).toBeGreaterThan(0);
  expect(await renderedFeatures(page, ['movement-highlight'])).toEqual([]);
  await report.getByRole('button', { name: /US convoy enters Anbar/ }).click();
  await page.screenshot({ path: testInfo.outputPath('reports-1080p.png') });
  // "Read in the article" opens the article beside the map, scrolled to this report's quote and focused on it.
  await report.locator('figure', { hasText: CONVOY_QUOTE }).getByRole('link', { name: 'Read in the article' }).click();
  const reader = page.locator('.article-panel');
  await expect(reader.locator('#passage')).toBeFocused();
  expect((await reader.locator('.article-passage').allTextContents()).join('')).toContain(CONVOY_QUOTE);
  await expect(reader.locator('.article-passage').first()).toBeInViewport();
  await expect(reader.getByRole('region', { name: 'A different story, appended by the site' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('article-panel-1080p.png') });
  // Escape closes it; "Open as a page" opens the reader page at the same quote.
  await reader.press('Escape');
  await expect(reader).toHaveCount(0);
  await report.locator('figure', { hasText: CONVOY_QUOTE }).getByRole('link', { name: 'Read in the article' }).click();
  await page.locator('.article-panel').getByRole('link', { name: 'Open as a page' }).click();
  await expect(page).toHaveURL(/\/articles\/000_f32e547f1ff744d0\?event=/);
  await expect(page.locator('main.article-reader .article-passage').first()).toBeVisible();
  expect((await page.locator('main.article-reader .article-passage').allTextContents()).join('')).toContain(CONVOY_QUOTE);
});

test('the claimed withdrawal to Erbil shows its denial, and the denial what it denies', async ({ page }) => {
  await page.goto('/?place=erbil');
  await waitForMapReady(page);
  const panel = page.getByRole('complementary', { name: /Erbil/ });
  const claim = panel.locator('[data-report-id="claimed-withdrawal-baghdad-to-erbil-2025-08-16"]');
  await expect(claim).toContainText('Denied by:');
  await expect(claim).toContainText('US embassy');
  await page.goto('/?place=baghdad');
  const denial = page.getByRole('complementary', { name: /Baghdad/ }).locator('[data-report-id="us-embassy-denies-full-baghdad-exit-2025-08-16"]');
  await expect(denial).toContainText('Denies:');
});

test('copy citation puts outlet, title, date, quote, translation and a map link on the clipboard, or shows it when the clipboard is refused', async ({ page }) => {
  // A stand-in clipboard: the first write succeeds and is kept, later ones are refused.
  await page.addInitScript(() => {
    const copied: string[] = [];
    Object.defineProperty(window, 'copied', { value: copied });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: (text: string) => (copied.length === 0 ? (copied.push(text), Promise.resolve()) : Promise.reject(new Error('denied'))) },
    });
  });
  await page.goto('/?place=ain-al-asad');
  await waitForMapReady(page);
  const figure = page.locator('[data-report-id="us-convoy-syria-al-waleed-ain-al-asad-2024-10-02"] figure', { hasText: CONVOY_QUOTE });
  await figure.getByRole('button', { name: 'Copy citation' }).click();
  await expect(figure.getByRole('status')).toHaveText('Copied.');
  const [text] = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
  expect(text).toContain('Baghdad Today (بغداد اليوم)');
  expect(text).toContain(CONVOY_QUOTE);
  expect(text).toMatch(/\/\?place=ain-al-asad&t=2024-10-02$/);

  await figure.getByRole('button', { name: 'Copy citation' }).click();
  await expect(figure.getByRole('textbox', { name: 'Citation' })).toHaveValue(text!);
});

test('the feed lists every report in time order, with filters that live in the URL', async ({ page }, testInfo) => {
  const DENIED = 'claimed-withdrawal-baghdad-to-erbil-2025-08-16';
  const CONVOY = 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02';
  /** The ids of a CSV export's rows. */
  const csvIds = (csv: string) => [...csv.matchAll(/^([a-z0-9-]+),[a-z]+,[a-z]+,\d{4}-/gm)].map((m) => m[1]);
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
  };
  const list = page.getByRole('list', { name: 'Reports in time order' });
  /** Scrolls the virtualised list from the top to its end, reading each report as it renders: [posinset, id, start]. */
  const readList = async (expected: number) => {
    const seen = new Map<number, [string, string]>();
    await list.evaluate((ol) => (ol.parentElement!.scrollTop = 0));
    await expect
      .poll(
        async () => {
          const rows = await list.locator(':scope > li').evaluateAll((items) =>
            items.map((li) => [Number(li.getAttribute('aria-posinset')), li.querySelector('[data-report-id]')!.getAttribute('data-report-id')!, li.querySelector('time')!.getAttribute('datetime')!] as const),
          );
          for (const [at, id, start] of rows) seen.set(at, [id, start]);
          await list.evaluate((ol) => ol.parentElement!.scrollBy(0, ol.parentElement!.clientHeight / 2));
          return seen.size;
        },
        { intervals: [50], timeout: 30_000 },
      )
      .toBe(expected);
    return [...seen.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  };

  await page.goto('/feed');
  await expect(page.getByRole('heading', { name: 'All reports' })).toBeVisible();
  const status = page.locator('.feed-count');
  await expect(status).toHaveText(/^\d+ of \d+ reports$/);
  const total = Number((await status.textContent())!.split(' of ')[1]!.split(' ')[0]);
  await expect(status).toHaveText(`${total} of ${total} reports`);
  await expect(list.locator(':scope > li').first()).toHaveAttribute('aria-setsize', String(total));

  // The export has every report that passes the filters, not only the page the list has loaded.
  const everything = await download('Export CSV');
  const exported = csvIds(everything.text);
  expect(exported).toHaveLength(total);

  // In time order: the list, read to its end page after page, is the whole archive by start date.
  const all = await readList(total);
  expect(all.map(([id]) => id)).toEqual(exported);
  const starts = all.map(([, start]) => start);
  expect(starts).toEqual([...starts].sort());

  const filters = page.getByRole('form', { name: 'Filters' });
  await filters.getByLabel('Status').selectOption('denied');
  await expect(page).toHaveURL(/\/feed\?status=denied$/);
  await expect(status).toHaveText(`1 of ${total} reports`);
  await expect(page.locator(`[data-report-id="${DENIED}"]`)).toContainText('Denied by:');
  await page.screenshot({ path: testInfo.outputPath('feed-1080p.png') });
  // The exports follow the filters: exactly the reports shown.
  const csv = await download('Export CSV');
  expect(csvIds(csv.text)).toEqual([DENIED]);
  const geojson = await download('Export GeoJSON');
  expect(geojson.name).toBe('sitrep-reports.geojson');
  expect(JSON.parse(geojson.text).features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual([DENIED]);

  // The URL restores the filters and their list; a range keeps the reports whose dates overlap it.
  await page.goto('/feed?from=2024-10-02&to=2024-10-02&outlet=Baghdad%20Today');
  await expect(filters.getByLabel('Outlet')).toHaveValue('Baghdad Today');
  await expect(filters.getByLabel('From')).toHaveValue('2024-10-02');
  const api = async (query: string) => (await (await page.request.get(`/api/events?${query}&limit=500`)).json()) as { items: { id: string }[]; total: number };
  const wanted = await api('from=2024-10-02&to=2024-10-02&outlet=Baghdad%20Today');
  expect(wanted.items.map((e) => e.id)).toContain(CONVOY);
  await expect(status).toHaveText(`${wanted.total} of ${total} reports`);
  expect((await readList(wanted.total)).map(([id]) => id)).toEqual(wanted.items.map((e) => e.id));

  // Each change is a step in the history: Back restores the filters before it, and their list.
  await filters.getByLabel('Kind').selectOption('statement');
  await expect(page).toHaveURL(/[?&]kind=statement\b/);
  const statements = await api('from=2024-10-02&to=2024-10-02&outlet=Baghdad%20Today&kind=statement');
  expect(statements.total).toBeLessThan(wanted.total);
  await expect(status).toHaveText(`${statements.total} of ${total} reports`);
  await expect(page.locator(`[data-report-id="${CONVOY}"]`)).toHaveCount(0);
  await page.goBack();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(filters.getByLabel('Kind')).toHaveValue('');
  await expect(filters.getByLabel('Outlet')).toHaveValue('Baghdad Today');
  await expect(status).toHaveText(`${wanted.total} of ${total} reports`);
  await expect(page.locator(`[data-report-id="${CONVOY}"]`)).toBeVisible();

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/feed$/);
  await expect(status).toHaveText(`${total} of ${total} reports`);

  // Choosing a report opens the map at its date and place.
  await filters.getByLabel('From').fill('2024-10-02');
  await page.locator(`[data-report-id="${CONVOY}"] .report-summary`).click();
  await expect(page).toHaveURL(/\/\?place=ain-al-asad&t=2024-10-02$/);
});

test('compare two dates lists what changed at a place between A and B', async ({ page }, testInfo) => {
  await page.goto('/?place=ain-al-asad&t=2024-10-01');
  await waitForMapReady(page);
  const panel = page.getByRole('complementary', { name: /Ain al-Asad/ });
  await panel.getByRole('button', { name: 'Compare two dates' }).click();
  const compare = panel.getByRole('region', { name: /What changed here from 1 Oct 2024/ });
  await expect(compare).toContainText('Move the timeline to another date (B)');
  // B: two days on.
  await page.getByRole('slider', { name: 'Date' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('region', { name: 'What changed here from 1 Oct 2024 to 3 Oct 2024' })).toBeVisible();
  const arrival = panel.locator('[data-change="arrival"]');
  await expect(arrival).toHaveCount(1);
  await expect(arrival).toContainText('US convoy enters Anbar');
  await page.screenshot({ path: testInfo.outputPath('compare-1080p.png') });
  await panel.getByRole('button', { name: 'End comparison' }).click();
  await expect(panel.locator('.place-compare')).toHaveCount(0);
});

test("a place's panel exports all of its reports, streamed by the server, not only those loaded", async ({ page, request }) => {
  await page.goto('/?place=kuwait');
  await waitForMapReady(page);
  const panel = page.getByRole('complementary', { name: /Kuwait/ });
  await expect(panel.locator('.report').first()).toBeVisible();
  const all = ((await (await request.get('/api/events?place=kuwait&limit=500')).json()) as { items: { id: string }[] }).items.map((e) => e.id);
  const [geojson] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: 'Export GeoJSON' }).click()]);
  expect(geojson.suggestedFilename()).toBe('sitrep-kuwait.geojson');
  const collection = JSON.parse(await readFile((await geojson.path())!, 'utf8'));
  expect(collection.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual([...all].sort());
  const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: 'Export CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('sitrep-kuwait.csv');
  const text = await readFile((await csv.path())!, 'utf8');
  for (const id of all) expect(text).toContain(id);
});

test('a place other than the six opens its panel from its dot on the map, from search and from the URL', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  // Sulaymaniyah's dot, where the map draws it.
  const point = await page.evaluate(() => (window as unknown as { sitrepMap: { project(c: [number, number]): { x: number; y: number } } }).sitrepMap.project([45.4329, 35.56496]));
  const box = (await page.locator('.map-canvas canvas').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await expect(page).toHaveURL(/[?&]place=sulaymaniyah\b/);
  const panel = page.getByRole('complementary', { name: /Sulaymaniyah/ });
  await expect(panel.locator('[data-report-id="pkk-fighters-burn-weapons-sulaymaniyah-2025-07"] blockquote').first()).toBeVisible();
  await panel.getByRole('button', { name: /Close/ }).click();

  await page.getByRole('combobox', { name: 'Search places, events and articles' }).fill('Quneitra');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: /Quneitra/ }).first().click();
  await expect(page.getByRole('complementary', { name: /Quneitra/ })).toBeVisible();

  await page.goto('/?place=syria');
  await expect(page.getByRole('complementary', { name: /Syria/ })).toContainText('Reported here');
});
