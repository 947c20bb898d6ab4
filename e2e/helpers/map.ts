import { expect, type Page } from '@playwright/test';

/** Waits until the map view reports that MapLibre has loaded its style (data-map-ready="true"). */
export async function waitForMapReady(page: Page): Promise<void> {
  await expect(page.locator('[data-map-ready]')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
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
