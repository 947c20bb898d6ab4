import { expect, type Page } from '@playwright/test';
import { readFixture } from '../../lib/testing/fixture';
import { laneGeometries } from '../../lib/map/archive-at';
import { mapSummary } from '../../lib/map/archive-layers';
import { mapEventsOfDataset } from '../../lib/store/map-events';

/** Waits until the map view reports that MapLibre has loaded its style (data-map-ready="true"). */
export async function waitForMapReady(page: Page): Promise<void> {
  await expect(page.locator('[data-map-ready]')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
}

/**
 * Waits for `count` animation frames of the page: for "nothing moves while paused" checks, which
 * must not wait a fixed time (a slow machine draws fewer frames a second, and that is all).
 */
export async function animationFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    count,
  );
}

/** Records every request the page makes, so a test can prove that nothing left this machine. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

type MapWindow = Window & { sitrepMap?: import('maplibre-gl').Map };

/** Waits until the map has drawn everything it has loaded (MapLibre's `idle`). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await waitForMapReady(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as MapWindow).sitrepMap!;
        if (map.loaded() && !map.isMoving()) return resolve();
        map.once('idle', () => resolve());
      }),
  );
}

/** The properties of the features MapLibre has drawn on screen in the given layers. */
export async function renderedFeatures(page: Page, layers: string[]): Promise<Record<string, unknown>[]> {
  return page.evaluate((layers) => (window as MapWindow).sitrepMap!.queryRenderedFeatures({ layers }).map((f) => ({ ...f.properties, layer: f.layer.id })), layers);
}

/**
 * The colours the movement layer puts on the map's canvas along a route: at seven points on the
 * line, the WebGL pixel (not the HTML overlays) is read straight after a frame with the routes layer
 * shown and again with it hidden. Points where the two differ are where the layer drew; their
 * colours (RGBA, 0–255) are returned.
 */
export async function routeColors(page: Page, coordinates: readonly (readonly number[])[]): Promise<number[][]> {
  const samples = [1, 2, 3, 4, 5, 6, 7].map((i) => coordinates[Math.floor((i * (coordinates.length - 1)) / 8)]!);
  return page.evaluate(async (samples) => {
    const map = (window as MapWindow).sitrepMap!;
    const read = (visibility: 'visible' | 'none') =>
      new Promise<number[][]>((resolve) => {
        map.setLayoutProperty('movement-routes', 'visibility', visibility);
        map.once('render', () => {
          const gl = map.getCanvas().getContext('webgl2')!;
          const ratio = map.getPixelRatio();
          resolve(
            samples.map(([lng, lat]) => {
              const p = map.project([lng!, lat!]);
              const pixel = new Uint8Array(4);
              gl.readPixels(Math.round(p.x * ratio), Math.round(gl.drawingBufferHeight - p.y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
              return [...pixel];
            }),
          );
        });
        map.triggerRepaint();
      });
    const shown = await read('visible');
    const hidden = await read('none');
    map.setLayoutProperty('movement-routes', 'visibility', 'visible');
    return shown.filter((rgba, i) => rgba.some((v, c) => Math.abs(v - hidden[i]![c]!) > 8));
  }, samples);
}

/**
 * The dataset's lanes as the map draws them, by lane id: every movement along the same places with
 * the same status shares one lane (lib/map/archive-layers.ts). `events` are the movements on it.
 */
export async function datasetLanes(): Promise<Map<string, { status: string; coordinates: number[][]; events: string[] }>> {
  const dataset = await readFixture();
  const events = mapEventsOfDataset(dataset);
  const { lanes } = mapSummary(events, dataset.places, 0);
  const geometries = laneGeometries(lanes, new Map(dataset.places.map((p) => [p.id, p])));
  const onLane = (id: string) => events.filter((e) => e.kind === 'movement' && `${[e.from, ...(e.via ?? []), e.to].join('>')}|${e.status}` === id).map((e) => e.id);
  return new Map(lanes.map((lane, i) => [lane.id, { status: lane.status, coordinates: geometries[i]!.coordinates, events: onLane(lane.id) }]));
}

/** The lane a movement is drawn on. */
export async function laneOfEvent(id: string): Promise<string> {
  for (const [lane, { events }] of await datasetLanes()) if (events.includes(id)) return lane;
  throw new Error(`no lane carries ${id}`);
}
