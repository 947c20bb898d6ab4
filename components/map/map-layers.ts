/**
 * What every map of Sitrep adds to its style once it has loaded, and how it shows one moment: the
 * symbol images, the GPU route layer under the hit layer, the routes' segments and time, and the
 * symbols' looks. The live map (map-view.tsx) and the PNG export's off-screen map (export-png.ts)
 * both go through here, and the export copies the live map's moment from here, so an export draws
 * exactly what the screen does.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { POINT_EVENTS_SOURCE } from '@/lib/map/event-symbols';
import type { RouteSegments } from '@/lib/map/movement-gpu';
import { MovementGpuLayer } from '@/lib/map/movement-gpu-layer';
import { MOVEMENT_HIT_LAYER } from '@/lib/map/movement-layers';
import type { SymbolStates } from '@/lib/map/archive-at';
import { addSymbolImages } from './symbol-images';

export interface MapMoment {
  segments: RouteSegments;
  /** Days since the segments' origin, or null: every route in full. */
  routeTime: number | null;
  symbols: SymbolStates | null;
}

const installed = new WeakMap<MapLibreMap, { routes: MovementGpuLayer; symbols: SymbolStates | null }>();

export function installLayers(map: MapLibreMap, pixelRatio?: number): MovementGpuLayer {
  addSymbolImages(map, pixelRatio);
  const routes = new MovementGpuLayer();
  map.addLayer(routes, MOVEMENT_HIT_LAYER);
  installed.set(map, { routes, symbols: null });
  return routes;
}

/** The symbols' looks at the date, or every symbol in full (null). */
export function applySymbolStates(map: MapLibreMap, states: SymbolStates | null): void {
  const layers = installed.get(map);
  if (layers) layers.symbols = states;
  if (!states) {
    map.removeFeatureState({ source: POINT_EVENTS_SOURCE });
    return;
  }
  for (const [id, state] of states) map.setFeatureState({ source: POINT_EVENTS_SOURCE, id }, state);
}

export function applyMoment(map: MapLibreMap, routes: MovementGpuLayer, moment: MapMoment): void {
  routes.setSegments(moment.segments);
  routes.setTime(moment.routeTime);
  applySymbolStates(map, moment.symbols);
}

/** What a map with these layers shows now. */
export function momentOf(map: MapLibreMap): MapMoment | null {
  const layers = installed.get(map);
  if (!layers) return null;
  const { segments, time } = layers.routes.current();
  return { segments, routeTime: time, symbols: layers.symbols };
}
