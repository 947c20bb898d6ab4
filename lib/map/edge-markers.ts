/**
 * The markers at the box's edge for the places beyond it (lib/map/off-map.ts): one per edge point
 * and set of places, shared by every lane and symbol that ends there. Built once per summary, with
 * the lanes' geometry, never per frame.
 */
import type { EventStatus, Place } from '@/lib/data/schema';
import type { Lane } from './archive-layers';
import { SYMBOL_COLOR, type MapSymbol } from './event-symbols';
import { clampPoint, clampRoute, type Box, type EdgeEnd } from './off-map';
import { STATUS_ORDER, STATUS_STYLES } from './status-style';

export interface EdgeMarker extends EdgeEnd {
  /** Stable across rebuilds: role, places and where it sits. */
  key: string;
  /** The lanes that end, start or turn here: its arrowhead shows while one of them does. */
  lanes: string[];
  /** The point symbols pinned here. */
  symbols: string[];
  /** The arrowhead's colour: that of the most certain status among its lanes, or the symbols' colour. */
  color: string;
}

const keyOf = (e: EdgeEnd) => `${e.role}|${e.places.join('>')}|${e.at.map((v: number) => v.toFixed(3)).join(',')}`;

/** Every edge marker of the lanes and symbols, in a stable order (lanes' first, then symbols'). */
export function edgeMarkers(lanes: readonly Lane[], symbols: readonly MapSymbol[], places: ReadonlyMap<string, Place>, box: Box): EdgeMarker[] {
  const markers = new Map<string, EdgeMarker & { statuses: Set<EventStatus> }>();
  const add = (edge: EdgeEnd, lane: Lane | null, symbol: string | null) => {
    const key = keyOf(edge);
    const marker = markers.get(key) ?? { ...edge, key, lanes: [], symbols: [], color: SYMBOL_COLOR, statuses: new Set() };
    if (lane) {
      marker.lanes.push(lane.id);
      marker.statuses.add(lane.status);
    }
    if (symbol) marker.symbols.push(symbol);
    markers.set(key, marker);
  };
  for (const lane of lanes) {
    if (!lane.places.every((id) => places.has(id))) continue;
    for (const edge of clampRoute(lane.places, places, box).edges) add(edge, lane, null);
  }
  for (const s of symbols) {
    if (!places.has(s.place)) continue;
    const { edge } = clampPoint(s.place, places, box);
    if (edge) add(edge, null, s.key);
  }
  return [...markers.values()].map(({ statuses, ...marker }) => {
    const boldest = STATUS_ORDER.find((s) => statuses.has(s));
    return { ...marker, color: boldest ? STATUS_STYLES[boldest].color : SYMBOL_COLOR };
  });
}

/** Where a marker's label sits against its point: on the map's side of the edge. */
export const LABEL_ANCHOR = { north: 'top', south: 'bottom', east: 'right', west: 'left' } as const satisfies Record<EdgeEnd['side'], string>;

/** The direction a marker's arrow points on the map: out toward the place, or in for a route that comes from it. */
export const arrowBearing = (m: Pick<EdgeEnd, 'bearing' | 'role'>): number => (m.role === 'from' ? (m.bearing + 180) % 360 : m.bearing);
