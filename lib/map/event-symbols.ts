/**
 * Point events (everything but movements) as small symbols at their place. Each symbol family has
 * its own shape, so kinds differ without colour; events of one family at one place aggregate into
 * one symbol with a count badge. Shapes are SVG paths in a 24×24 box, shared by the map (drawn
 * into icon images) and the legend (drawn as SVG).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { CircleLayerSpecification, ExpressionSpecification, FilterSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { EventKind, Place } from '@/lib/data/schema';
import { clampPoint, type Box } from './off-map';
import { STATUS_STYLES } from './status-style';

export const POINT_EVENTS_SOURCE = 'point-events';
/** The layer of symbols, which pointer events are read from. */
export const POINT_EVENTS_LAYER = 'point-events';

export type SymbolFamily = 'strike' | 'attack' | 'handover' | 'statement' | 'posture';

export interface SymbolFamilyStyle {
  /** The event kinds drawn with this symbol. */
  kinds: readonly Exclude<EventKind, 'movement'>[];
  /** The shape, as an SVG path in a 24×24 box. */
  path: string;
}

export const SYMBOL_FAMILIES: Readonly<Record<SymbolFamily, SymbolFamilyStyle>> = {
  strike: { kinds: ['strike'], path: 'M12 1 L14.6 8.2 L22 7 L16.6 12 L22 17 L14.6 15.8 L12 23 L9.4 15.8 L2 17 L7.4 12 L2 7 L9.4 8.2 Z' },
  attack: { kinds: ['attack'], path: 'M12 2 L23 21 L1 21 Z' },
  handover: { kinds: ['handover', 'withdrawal', 'disarmament'], path: 'M12 1.5 L22.5 12 L12 22.5 L1.5 12 Z' },
  statement: { kinds: ['statement', 'agreement', 'deadline'], path: 'M3 3 H21 V16 H11 L6 21 V16 H3 Z' },
  posture: { kinds: ['posture', 'exercise'], path: 'M12 3 A9 9 0 1 0 12.01 3 Z' },
};

/** One colour for every point symbol: the shape carries the kind, the fill carries what happened. */
export const SYMBOL_COLOR = '#7a1f1f';

/**
 * Where a colour tells kinds apart (the timeline's ticks, which have no room for shapes), one colour
 * per symbol family, so that a kind is coloured as the family the map draws it with.
 */
export const FAMILY_COLORS: Readonly<Record<SymbolFamily, string>> = {
  strike: '#b2182b',
  attack: '#b2182b',
  handover: '#2166ac',
  statement: '#6f6a61',
  posture: '#1b7837',
};

export const SYMBOL_ORDER: readonly SymbolFamily[] = ['strike', 'attack', 'handover', 'statement', 'posture'];

const FAMILY_OF = new Map<EventKind, SymbolFamily>(SYMBOL_ORDER.flatMap((f) => SYMBOL_FAMILIES[f].kinds.map((k) => [k, f] as const)));

/** The symbol family of a point event's kind; movements have none (they are routes). */
export function symbolFamily(kind: EventKind): SymbolFamily | null {
  return FAMILY_OF.get(kind) ?? null;
}

/** A kind's colour: its family's, or for a movement the colour of a reported route. */
export function kindColor(kind: EventKind): string {
  const family = symbolFamily(kind);
  return family ? FAMILY_COLORS[family] : STATUS_STYLES.reported.color;
}

/** The icon image of a family: filled for what happened, hollow for what was planned or denied. */
export const symbolImageId = (family: SymbolFamily, filled: boolean) => `event-${family}-${filled ? 'filled' : 'hollow'}`;

export interface PointSymbolProperties {
  /** place/family: one symbol's id, for its feature-state. */
  key: string;
  place: string;
  family: SymbolFamily;
  /** How many events of this family are at this place. */
  count: number;
  /** True when at least one of them is something that happened (not only planned or denied). */
  filled: boolean;
  image: string;
  /** Position in this place's row of symbols, 0-based. */
  slot: number;
}

/** One symbol on the map: a place's events of one family, drawn as one (lib/map/archive-layers.ts builds them). */
export interface MapSymbol {
  /** `place/family`. */
  key: string;
  place: string;
  family: SymbolFamily;
  count: number;
  /** At least one of its events is something that happened (not only planned or denied). */
  filled: boolean;
  /** Its position in the place's row of symbols. */
  slot: number;
}

/**
 * The map's symbols as GeoJSON points at their places (the summary's symbols: one per place and
 * family). With the basemap's `box`, a place beyond it is pinned at the box's edge, on its bearing
 * (lib/map/off-map.ts), where its edge marker names it.
 */
export function pointEventFeatures(symbols: readonly MapSymbol[], places: ReadonlyMap<string, Place>, box?: Box): FeatureCollection<Point, PointSymbolProperties> {
  return {
    type: 'FeatureCollection',
    features: symbols.flatMap((s) => {
      const place = places.get(s.place);
      if (!place) return [];
      const coordinates = box ? clampPoint(s.place, places, box).at : place.coordinates;
      return [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates }, properties: { key: s.key, place: s.place, family: s.family, count: s.count, filled: s.filled, image: symbolImageId(s.family, s.filled), slot: s.slot } }];
    }),
  };
}

/** Icon size in CSS pixels, and the distance between icons in a row. */
export const SYMBOL_SIZE = 22;
const STEP = SYMBOL_SIZE + 6;
/**
 * Rows start to the right of their place, clear of its dot or halo: primary places hang their labels
 * below the point and other places their names, so the right-hand side is the free one.
 */
const FIRST_X = 14 + SYMBOL_SIZE / 2;
const MAX_SLOTS = SYMBOL_ORDER.length;

/** The x offset in pixels of the centre of a symbol in its row. */
export const slotX = (slot: number) => FIRST_X + slot * STEP;

/** A per-feature [x, y] chosen by the feature's slot in its row (MapLibre cannot build arrays from data). */
function bySlot(value: (slot: number) => [number, number]): ExpressionSpecification {
  const cases = Array.from({ length: MAX_SLOTS }, (_, slot) => [slot, ['literal', value(slot)]]).flat();
  return ['match', ['get', 'slot'], ...cases, ['literal', value(0)]] as unknown as ExpressionSpecification;
}

const BADGE_TEXT = 12;

/** The layer that rings the place of the report a user chose. */
export const POINT_EVENT_HIGHLIGHT_LAYER = 'point-event-highlight';

/** The filter that keeps the symbols with these keys (place/family: those of the chosen events), or none. */
export const pointEventHighlightFilter = (keys: readonly string[]): FilterSpecification => ['in', ['get', 'key'], ['literal', [...keys]]];

export function pointEventLayers(source = POINT_EVENTS_SOURCE): (SymbolLayerSpecification | CircleLayerSpecification)[] {
  const always = { 'icon-allow-overlap': true, 'icon-ignore-placement': true, 'text-allow-overlap': true, 'text-ignore-placement': true } as const;
  const timed: ExpressionSpecification = ['coalesce', ['feature-state', 'opacity'], 1];
  return [
    {
      // A ring around the place of the report a user chose.
      id: POINT_EVENT_HIGHLIGHT_LAYER,
      type: 'circle',
      source,
      filter: pointEventHighlightFilter([]),
      paint: { 'circle-radius': 24, 'circle-opacity': 0, 'circle-stroke-color': '#ffd24d', 'circle-stroke-width': 5 },
    },
    {
      // A ring around the place while the timeline is on the date of one of its point events.
      id: 'point-event-pulse',
      type: 'circle',
      source,
      paint: {
        'circle-radius': 18,
        'circle-color': '#ffd166',
        'circle-opacity': ['*', 0.55, ['coalesce', ['feature-state', 'pulse'], 0]],
        'circle-stroke-color': SYMBOL_COLOR,
        'circle-stroke-width': 2,
        'circle-stroke-opacity': ['coalesce', ['feature-state', 'pulse'], 0],
      },
    },
    {
      id: POINT_EVENTS_LAYER,
      type: 'symbol',
      source,
      layout: { ...always, 'icon-image': ['get', 'image'], 'icon-offset': bySlot((slot) => [slotX(slot), 0]) },
      paint: { 'icon-opacity': timed },
    },
    {
      id: 'point-event-counts',
      type: 'symbol',
      source,
      filter: ['>', ['get', 'count'], 1],
      layout: {
        ...always,
        'text-field': ['to-string', ['get', 'count']],
        'text-font': ['Noto Sans'],
        'text-size': BADGE_TEXT,
        // At the icon's top right corner; text-offset is in ems.
        'text-offset': bySlot((slot) => [(slotX(slot) + SYMBOL_SIZE / 2) / BADGE_TEXT, -SYMBOL_SIZE / 2 / BADGE_TEXT]),
      },
      paint: { 'text-color': '#ffffff', 'text-halo-color': '#7a1f1f', 'text-halo-width': 3, 'text-opacity': timed },
    },
  ];
}
