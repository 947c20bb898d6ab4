/**
 * A place beyond the basemap's box, on a server of its own whose dataset is the test dataset plus
 * one report of a planned move from Iraq through Kuwait to the United States (e2e/fixtures/off-map:
 * a re-worded real report, and the gazetteer's point for the country). The route stops at the
 * map's edge under an arrowhead, and a label there names the place in the interface's language and
 * opens its panel, with the mouse and with the keyboard.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readDataset } from '../lib/data/read';
import { laneGeometries } from '../lib/map/archive-at';
import { mapSummary } from '../lib/map/archive-layers';
import { mapEventsOfDataset } from '../lib/store/map-events';
import { renderedFeatures, routeColors, waitForMapIdle } from './helpers/map';
import { FIXTURE, startServer, type Server } from './helpers/server';

const HERE = path.resolve('e2e/fixtures/off-map');
const ADDITIONS = JSON.parse(readFileSync(path.join(HERE, 'additions.json'), 'utf8')) as { article: { id: string }; event: { id: string }; place: { id: string } };

let dir: string;
let data: string;
let server: Server;

/** The test dataset with the additions: one more place, article and event. */
function writeDataset(to: string) {
  cpSync(FIXTURE, to, { recursive: true });
  const append = (file: string, record: unknown) => writeFileSync(path.join(to, file), `${JSON.stringify([...JSON.parse(readFileSync(path.join(to, file), 'utf8')), record], null, 2)}\n`);
  append('places.json', ADDITIONS.place);
  append('events.json', ADDITIONS.event);
  cpSync(path.join(HERE, 'article.txt'), path.join(to, 'articles', `${ADDITIONS.article.id}.txt`));
  writeFileSync(path.join(to, 'articles', `${ADDITIONS.article.id}.json`), `${JSON.stringify(ADDITIONS.article, null, 2)}\n`);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(path.join(tmpdir(), 'sitrep-e2e-off-map-'));
  data = path.join(dir, 'data');
  writeDataset(data);
  server = await startServer({ SITREP_DATA_DIR: data, SITREP_DB: path.join(dir, 'sitrep.sqlite') });
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The lane to the United States as the map draws it. */
async function laneToUs(): Promise<{ id: string; coordinates: number[][] }> {
  const dataset = await readDataset(data);
  const { lanes } = mapSummary(mapEventsOfDataset(dataset), dataset.places, 0);
  const geometries = laneGeometries(lanes, new Map(dataset.places.map((p) => [p.id, p])));
  const i = lanes.findIndex((l) => l.places.at(-1) === ADDITIONS.place.id);
  expect(i).toBeGreaterThanOrEqual(0);
  return { id: lanes[i]!.id, coordinates: geometries[i]!.coordinates };
}

type MapWindow = Window & { sitrepMap?: import('maplibre-gl').Map };
const project = (page: Page, at: number[]) => page.evaluate(([lng, lat]) => (window as MapWindow).sitrepMap!.project([lng!, lat!]), at);

test('a move to the United States ends at the edge of the map under an arrowhead, labelled, and the label opens the place', async ({ page }, testInfo) => {
  await page.goto(`${server.url}/`);
  await waitForMapIdle(page);
  const lane = await laneToUs();

  // The route is drawn, on the map, up to its end at the edge.
  expect((await routeColors(page, lane.coordinates)).length).toBeGreaterThan(0);
  const end = await project(page, lane.coordinates.at(-1)!);
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  expect(end.x).toBeGreaterThan(0);
  expect(end.x).toBeLessThan(canvas.width);
  expect(end.y).toBeGreaterThan(0);
  expect(end.y).toBeLessThan(canvas.height);

  // The arrowhead sits on the route's end.
  const arrow = page.locator('[data-edge-arrow]');
  await expect(arrow).toHaveCount(1);
  await expect(arrow).toBeVisible();
  const box = (await arrow.boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - (canvas.x + end.x))).toBeLessThan(3);
  expect(Math.abs(box.y + box.height / 2 - (canvas.y + end.y))).toBeLessThan(3);

  // No dot for the place itself, far outside the map.
  expect((await renderedFeatures(page, ['place-dot', 'place-label'])).filter((f) => f.id === ADDITIONS.place.id)).toEqual([]);

  const label = page.getByRole('button', { name: 'United States, beyond the map', exact: true });
  await expect(label).toBeVisible();
  await expect(label.locator('[dir="auto"]')).toHaveText('United States');
  await page.screenshot({ path: testInfo.outputPath('off-map.png') });
  await label.click();
  await expect(page).toHaveURL(/[?&]place=country-us\b/);
  await expect(page.getByRole('heading', { level: 2, name: /United States/ })).toBeVisible();
  await expect(label).toHaveAttribute('aria-pressed', 'true');
});

test('the edge label opens the place with the keyboard too, and names it in Arabic', async ({ page }) => {
  await page.goto(`${server.url}/?lang=ar`);
  await waitForMapIdle(page);
  const label = page.getByRole('button', { name: 'الولايات المتحدة، خارج الخريطة', exact: true });
  await expect(label.locator('[dir="auto"]')).toHaveText('الولايات المتحدة');
  await label.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]place=country-us\b/);
  await expect(page.getByRole('heading', { level: 2, name: /الولايات المتحدة/ })).toBeVisible();
});
