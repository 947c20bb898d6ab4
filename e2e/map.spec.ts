import { expect, test, type Page } from '@playwright/test';
import { datasetLanes, renderedFeatures, routeColors, waitForMapIdle, waitForMapReady } from './helpers/map';

const ARABIC = /[\u0600-\u06FF]/;
/** 14 movements, two of them on the same route with the same status: 13 lanes. */
const LANE_COUNT = 13;

async function screenshot(page: Page, name: string, testInfo: import('@playwright/test').TestInfo) {
  const body = await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

test('the basemap draws land, sea, borders, rivers, lakes and provinces, with Arabic and English labels', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const count = async (layer: string) => (await renderedFeatures(page, [layer])).length;
  for (const layer of ['land', 'borders', 'rivers', 'lakes', 'provinces', 'coast']) expect(await count(layer), layer).toBeGreaterThan(0);

  const land = await renderedFeatures(page, ['land']);
  expect(land.map((f) => f.name)).toEqual(expect.arrayContaining(['Iraq', 'Syria', 'Kuwait', 'Jordan', 'Saudi Arabia', 'Turkey', 'Iran']));

  const rivers = new Set((await renderedFeatures(page, ['rivers'])).map((f) => f.en).filter(Boolean));
  expect([...rivers].sort()).toEqual(['Euphrates', 'Tigris']);

  // Labels MapLibre actually placed (collision can hide some), each with its Arabic name.
  const cities = await renderedFeatures(page, ['label-city']);
  expect(cities.length).toBeGreaterThan(8);
  for (const city of cities) expect(String(city.ar)).toMatch(ARABIC);
  const countries = await renderedFeatures(page, ['label-country']);
  expect(countries.map((f) => f.ar)).toEqual(expect.arrayContaining(['العراق', 'الكويت']));
  for (const country of countries) expect(String(country.ar)).toMatch(ARABIC);
});

test('every movement is drawn in its status style, with a handle that shows its details on focus', async ({ page }, testInfo) => {
  await page.goto('/');
  await waitForMapIdle(page);
  // Every lane is on screen for the pointer (the hit layer) and drawn on the canvas by the GPU layer,
  // in its status colour: orange for plans, blue for what happened (denied ones are grey and white).
  const hits = new Set((await renderedFeatures(page, ['movement-hit'])).map((f) => f.id));
  expect(hits.size).toBe(LANE_COUNT);
  const routes = await datasetLanes();
  expect(routes.size).toBe(LANE_COUNT);
  expect([...routes.values()].reduce((n, r) => n + r.events.length, 0)).toBe(14);
  for (const [id, route] of routes) {
    const colors = await routeColors(page, route.coordinates);
    expect(colors.length, id).toBeGreaterThan(0);
    if (route.status === 'planned') expect(colors.some(([r, , b]) => r! > b!), id).toBe(true);
    if (['confirmed', 'reported', 'claimed'].includes(route.status)) expect(colors.some(([r, , b]) => b! > r!), id).toBe(true);
  }

  const handles = page.locator('button.route-handle');
  await expect(handles).toHaveCount(LANE_COUNT);
  // A lane of two movements says so; a lane of one is named by its movement.
  await expect(page.getByRole('button', { name: /^2 confirmed movements, Iraq to al-Qaim/ })).toHaveCount(1);
  const denied = page.getByRole('button', { name: 'Denied movement, Baghdad to Erbil, 30 Aug 2025' });
  await denied.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(denied).toHaveAttribute('aria-describedby', await tooltip.getAttribute('id') ?? '');
  await expect(tooltip).toContainText(/From\s*Baghdad بغداد/);
  await expect(tooltip).toContainText(/To\s*Erbil أربيل/);
  await expect(tooltip).toContainText('30 Aug 2025 (to the day, inferred)');
  await expect(tooltip).toContainText('Denied by');
  await expect(tooltip).toContainText('US embassy');
  await screenshot(page, 'route-tooltip-1080p', testInfo);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});

test('hovering a route shows what moved, where, when and how sure', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  // A point on the al-Waleed convoy's route where it is the only route under the pointer and nothing covers the map.
  const id = 'syria>al-waleed>ain-al-asad|reported';
  const route = { geometry: (await datasetLanes()).get(id)! };
  const spot = await page.evaluate(
    ({ id, line }) => {
      const map = (window as unknown as { sitrepMap: import('maplibre-gl').Map }).sitrepMap;
      const box = map.getCanvas().getBoundingClientRect();
      for (const lngLat of line) {
        const p = map.project(lngLat as [number, number]);
        const ids = new Set(map.queryRenderedFeatures([[p.x - 12, p.y - 12], [p.x + 12, p.y + 12]], { layers: ['movement-hit'] }).map((f) => f.properties.id));
        const top = document.elementFromPoint(box.left + p.x, box.top + p.y);
        if (ids.size === 1 && ids.has(id) && top === map.getCanvas()) return { x: box.left + p.x, y: box.top + p.y };
      }
      return null;
    },
    { id, line: route.geometry.coordinates },
  );
  expect(spot).not.toBeNull();
  const { x, y } = spot!;
  await page.mouse.move(x, y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Reported movement');
  await expect(tooltip).toContainText(/Via\s*al-Waleed crossing/);
  await expect(tooltip).toContainText('2 Oct 2024 (to the day');
  await page.mouse.move(5, 200);
  await expect(tooltip).toBeHidden();
});

test('point events are drawn as symbols, aggregated with a count where they share a place', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const symbols = await renderedFeatures(page, ['point-events']);
  expect(new Set(symbols.map((s) => s.family))).toEqual(new Set(['strike', 'attack', 'handover', 'statement', 'posture']));
  const attacks = symbols.find((s) => s.place === 'ain-al-asad' && s.family === 'attack');
  expect(attacks).toMatchObject({ count: 3, filled: true });
  const badges = await renderedFeatures(page, ['point-event-counts']);
  expect(badges.some((b) => b.place === 'ain-al-asad' && b.count === 3)).toBe(true);
  // What is only planned is hollow.
  expect(symbols.filter((s) => s.place === 'erbil').every((s) => s.filled === false)).toBe(true);
});

test('the legend explains every style and symbol on screen', async ({ page }) => {
  await page.goto('/');
  await waitForMapReady(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  for (const text of ['Confirmed', 'Reported', 'Claimed', 'Planned', 'Denied', 'schematic', 'Direction of travel', 'crossed out']) await expect(legend).toContainText(text);
  for (const text of ['Strike', 'Attack', 'Handover', 'Statement', 'Posture', 'hollow', 'Number of events']) await expect(legend).toContainText(text);
  for (const text of ['Place to open', 'River', 'International border', 'province boundary', 'Reference city']) await expect(legend).toContainText(text);
  // A briefer can hide it and bring it back.
  await legend.getByRole('button', { name: 'Hide the legend' }).click();
  await expect(legend.getByText('Reference city')).toBeHidden();
  await legend.getByRole('button', { name: 'Show the legend' }).click();
  await expect(legend.getByText('Reference city')).toBeVisible();
});

test('resizing the window keeps every primary place in view', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  // The map refits when it sees its container resize.
  await expect(async () => {
    const canvas = (await page.locator('.map-canvas').boundingBox())!;
    expect(canvas.width).toBe(1280);
    for (const marker of await page.locator('button.place-marker').all()) {
      const box = (await marker.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(canvas.x);
      expect(box.y).toBeGreaterThanOrEqual(canvas.y);
      expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    }
  }).toPass({ timeout: 10_000 });
  await expect(page.getByRole('button', { name: 'Enter fullscreen' })).toBeVisible();
});

test('screenshots at 1080p, at 4K and with simulated deuteranopia', async ({ browser }, testInfo) => {
  test.slow();
  const shoot = async (name: string, options: { deviceScaleFactor: number; deuteranopia?: boolean }) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: options.deviceScaleFactor });
    const page = await context.newPage();
    if (options.deuteranopia) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setEmulatedVisionDeficiency', { type: 'deuteranopia' });
    }
    await page.goto('/');
    await waitForMapIdle(page);
    await screenshot(page, name, testInfo);
    await context.close();
  };
  await shoot('map-1920x1080', { deviceScaleFactor: 1 });
  // A 4K screen at the usual 200 % scale: 3840×2160 device pixels.
  await shoot('map-3840x2160', { deviceScaleFactor: 2 });
  await shoot('map-deuteranopia-1920x1080', { deviceScaleFactor: 1, deuteranopia: true });
});
