/**
 * The movement layer: schematic curved routes for every movement event. Pure builders, so the
 * GeoJSON and layer specs can be tested without WebGL.
 */
import type { FeatureCollection, LineString } from 'geojson';
import type { CircleLayerSpecification, ExpressionSpecification, FilterSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { EventRecord, Place } from '@/lib/data/schema';
import { eventFeature, type EventFeature, type EventFeatureProperties } from '@/lib/geo/event-features';
import { MAX_BOW, curvedRoute } from '@/lib/geo/routes';
import { STATUS_STYLES } from './status-style';

export const MOVEMENTS_SOURCE = 'movements';
export const MOVEMENT_HEADS_SOURCE = 'movement-heads';
/** The layer that pointer events on routes are read from. */
export const MOVEMENT_HIT_LAYER = 'movement-hit';

export interface MovementProperties extends EventFeatureProperties {
  /** How far along the route its direction handle sits: halfway, or spread out where routes share places. */
  handleAt: number;
}

/**
 * Every movement as a curved LineString from its from place, through its via places, to its to place.
 * Movements along the same places in the same order (a plan and a claim, say) bow out by different
 * amounts and put their handles at different points, so that neither hides the other. Reverse routes bow to the other side by themselves.
 */
export function movementRoutes(events: readonly EventRecord[], places: readonly Place[]): FeatureCollection<LineString, MovementProperties> {
  const byId = new Map(places.map((p) => [p.id, p]));
  const movements = events.filter((e) => e.kind === 'movement').map((e) => eventFeature(e, byId));
  const shared = new Map<string, EventFeature[]>();
  for (const f of movements) shared.set(f.properties.places, [...(shared.get(f.properties.places) ?? []), f]);
  const features = movements.map((feature) => {
    const group = shared.get(feature.properties.places)!;
    const share = (group.indexOf(feature) + 1) / (group.length + 1);
    return {
      ...feature,
      geometry: curvedRoute((feature.geometry as LineString).coordinates, { bow: MAX_BOW * share }),
      properties: { ...feature.properties, handleAt: share },
    };
  });
  return { type: 'FeatureCollection', features };
}

const HAPPENED = ['confirmed', 'reported', 'claimed'] as const;
/** A paint value looked up by the feature's status, for the statuses of what happened. */
function byStatus(key: 'color' | 'width' | 'opacity'): ExpressionSpecification {
  const value = (s: (typeof HAPPENED)[number]) => STATUS_STYLES[s][key];
  return ['match', ['get', 'status'], 'confirmed', value('confirmed'), 'reported', value('reported'), 'claimed', value('claimed'), value('reported')];
}

/** The layer that marks the route of the report a user chose. */
export const MOVEMENT_HIGHLIGHT_LAYER = 'movement-highlight';
const HIGHLIGHT_COLOR = '#ffd24d';

/** The filter that keeps only the chosen event's route (or none). */
export const movementHighlightFilter = (eventIds: readonly string[]): FilterSpecification => ['in', ['get', 'id'], ['literal', [...eventIds]]];

/**
 * The style's movement layers: a glow under the route of the report a user chose, and the hit area,
 * invisible and wide so that a pointer finds thin routes. The routes themselves are drawn by the
 * custom WebGL layer of movement-gpu-layer.ts, which the map view adds between the two.
 */
export function movementLayers(source = MOVEMENTS_SOURCE): LineLayerSpecification[] {
  const layout = { 'line-cap': 'round', 'line-join': 'round' } as const;
  return [
    {
      id: MOVEMENT_HIGHLIGHT_LAYER,
      type: 'line',
      source,
      layout,
      filter: movementHighlightFilter([]),
      paint: { 'line-color': HIGHLIGHT_COLOR, 'line-width': 18, 'line-blur': 3, 'line-opacity': 0.8 },
    },
    { id: MOVEMENT_HIT_LAYER, type: 'line', source, layout, paint: { 'line-color': '#000000', 'line-width': 16, 'line-opacity': 0 } },
  ];
}

/** The head of a movement under way: a dot in its status colour, ringed in white. */
export function movementHeadsLayer(source = MOVEMENT_HEADS_SOURCE): CircleLayerSpecification {
  return {
    id: 'movement-heads',
    type: 'circle',
    source,
    paint: { 'circle-radius': 7, 'circle-color': byStatus('color'), 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2.5 },
  };
}
