import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Hands the map to end-to-end tests and the benchmark as `window.sitrepMap`, in builds made for them
 * only (`SITREP_TEST_HOOKS=1 npm run build`, which the test command and `npm run bench` do). The
 * value is inlined at build time (next.config.js), so the build users run has no such handle.
 */
export function exposeMapForTests(map: MapLibreMap): void {
  if (process.env.SITREP_TEST_HOOKS === '1') (window as { sitrepMap?: MapLibreMap }).sitrepMap = map;
}
