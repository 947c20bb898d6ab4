/**
 * The map's data for a whole archive, small enough to send whatever its size. Two parts:
 *
 * - The summary (JSON, on every page load): the timeline's span and ticks, the places to mark, the
 *   lanes (one per route and status: every movement along the same places with the same status is
 *   drawn on one lane, so the map draws a few hundred lanes, not 100k lines) and the point symbols
 *   (one per place and family). With every date shown, that is all the map draws.
 * - The timed layer (binary, fetched once the timeline leaves "every date"): each lane's movements
 *   as schedules (identical ones merged, a lane's plans merged into the spans they cover), each
 *   symbol's first day and pulses, and each primary place's state day by day. The GPU layer, the
 *   heads, the legend, the handles and the place labels all read the date against it, in the browser.
 *
 * Times in the timed layer are days since the timeline's start (float32 keeps a day to well under
 * a minute over the few thousand days a timeline spans).
 */
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus, type Place } from '@/lib/data/schema';
import { eventPlaceIds } from '@/lib/events/places';
import type { MapEvent } from '@/lib/store/map-events';
import { DEFAULT_ANIMATION, eventTiming, reachedAt, type EventTiming } from '@/lib/time/animation';
import { DAY_MS } from '@/lib/time/date';
import type { PlaceState } from '@/lib/time/place-state';
import { SYMBOL_ORDER, symbolFamily, type MapSymbol, type SymbolFamily } from './event-symbols';

export type { MapSymbol } from './event-symbols';
import { ROUTE_MODE, routeSchedule, type RouteSchedule } from './movement-gpu';
import { STATUS_ORDER, movementHappened } from './status-style';

export interface Lane {
  /** `from>via>to|status`. */
  id: string;
  places: string[];
  status: EventStatus;
  /** How many movements it carries. */
  count: number;
  /** How far it bows out, and where its handle sits: lanes on the same places spread out. */
  share: number;
  /** The first day and the last of its movements' dates. */
  first: string;
  last: string;
  /** Its one movement, when it carries just one: what its handle is named by. */
  only?: { id: string; date: MapEvent['date'] };
}


export interface MapSummary {
  /** The store version it was built from: the timed layer's URL carries it, so caches never mix versions. */
  version: number;
  /** Null for an archive without events. */
  timeline: { startMs: number; endMs: number; ticks: number[] } | null;
  /** The places to mark: the primary ones and every place an event names. */
  marked: string[];
  lanes: Lane[];
  symbols: MapSymbol[];
  events: number;
}

export const laneId = (places: readonly string[], status: EventStatus) => `${places.join('>')}|${status}`;

/** The places a movement runs through, in order. */
const routePlaces = (e: Pick<MapEvent, 'from' | 'via' | 'to'>) => [e.from!, ...(e.via ?? []), e.to!];

/** The lane of a movement (an event record or a map event). */
export const laneOf = (e: Pick<MapEvent, 'kind' | 'from' | 'via' | 'to' | 'status'>) => (e.kind === 'movement' ? laneId(routePlaces(e), e.status) : null);

/** The symbol of a point event, or null for a movement. */
export function symbolKeyOf(e: Pick<MapEvent, 'kind' | 'place'>): string | null {
  const family = symbolFamily(e.kind);
  return family && e.place ? `${e.place}/${family}` : null;
}

export const timingOfMapEvent = (e: MapEvent): EventTiming => eventTiming(e, { announced: e.announced, deniedOn: e.deniedOn });

/**
 * The timeline's span (from the first event's first day to the last day any event reaches) and its
 * ticks, flat: [day since start, kind index, count, …], one per day and kind, in day order.
 */
function timelineOf(timings: readonly { kind: EventKind; timing: EventTiming }[]): MapSummary['timeline'] {
  if (timings.length === 0) return null;
  let startMs = Infinity;
  let lastMs = -Infinity;
  for (const { timing } of timings) {
    startMs = Math.min(startMs, timing.startMs);
    lastMs = Math.max(lastMs, timing.endMs);
  }
  const counts = new Map<number, number>();
  for (const { kind, timing } of timings) {
    const key = ((timing.startMs - startMs) / DAY_MS) * EVENT_KINDS.length + EVENT_KINDS.indexOf(kind);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ticks = [...counts].sort(([a], [b]) => a - b).flatMap(([key, count]) => [Math.floor(key / EVENT_KINDS.length), key % EVENT_KINDS.length, count]);
  return { startMs, endMs: lastMs - DAY_MS, ticks };
}

export function mapSummary(events: readonly MapEvent[], places: readonly Place[], version: number): MapSummary {
  const named = new Set(events.flatMap((e) => eventPlaceIds(e)));
  const laneCounts = new Map<string, { places: string[]; status: EventStatus; count: number; first: string; last: string; only?: Lane['only'] }>();
  const symbolGroups = new Map<string, { place: string; family: SymbolFamily; count: number; filled: boolean }>();
  for (const e of events) {
    if (e.kind === 'movement') {
      const id = laneOf(e)!;
      const lane = laneCounts.get(id) ?? { places: routePlaces(e), status: e.status, count: 0, first: e.date.start, last: e.date.end };
      lane.count++;
      lane.first = e.date.start < lane.first ? e.date.start : lane.first;
      lane.last = e.date.end > lane.last ? e.date.end : lane.last;
      lane.only = lane.count === 1 ? { id: e.id, date: e.date } : undefined;
      laneCounts.set(id, lane);
      continue;
    }
    const key = symbolKeyOf(e);
    if (!key) continue;
    const group = symbolGroups.get(key) ?? { place: e.place!, family: symbolFamily(e.kind)!, count: 0, filled: false };
    group.count++;
    group.filled ||= movementHappened(e.status);
    symbolGroups.set(key, group);
  }
  // Lanes on the same places spread out by status, in the legend's order: a claim and a plan
  // along the same route never hide each other.
  const byPath = new Map<string, EventStatus[]>();
  for (const lane of laneCounts.values()) byPath.set(lane.places.join('>'), [...(byPath.get(lane.places.join('>')) ?? []), lane.status]);
  const lanes = [...laneCounts].map(([id, lane]) => {
    const statuses = [...new Set(byPath.get(lane.places.join('>')))].sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b));
    const { only, ...rest } = lane;
    return { id, ...rest, share: (statuses.indexOf(lane.status) + 1) / (statuses.length + 1), ...(only ? { only } : {}) };
  });
  const rows = new Map<string, SymbolFamily[]>();
  for (const g of symbolGroups.values()) rows.set(g.place, [...(rows.get(g.place) ?? []), g.family]);
  const symbols = [...symbolGroups].map(([key, g]) => {
    const row = SYMBOL_ORDER.filter((f) => rows.get(g.place)!.includes(f));
    return { key, ...g, slot: row.indexOf(g.family) };
  });
  return {
    version,
    timeline: timelineOf(events.map((e) => ({ kind: e.kind, timing: timingOfMapEvent(e) }))),
    marked: places.filter((p) => p.primary || named.has(p.id)).map((p) => p.id),
    lanes,
    symbols,
    events: events.length,
  };
}

/** The roles a place's state can have: a movement's three, then every other kind. */
export const PLACE_ROLES: readonly PlaceState['role'][] = ['arrival', 'departure', 'passage', ...EVENT_KINDS.filter((k): k is Exclude<EventKind, 'movement'> => k !== 'movement')];

export interface TimedRoute {
  /** Index into the summary's lanes. */
  lane: number;
  schedule: RouteSchedule;
  /** How many movements share this exact schedule on this lane. */
  count: number;
}

export interface TimedSymbol {
  /** The first day any of its events starts (Infinity: none): dimmed after it. */
  first: number;
  /** [from, to) days while one of its events pulses, merged and in order. */
  pulses: [number, number][];
}

export interface PlaceStates {
  /** From each of these days (in order) until the next, the place's state is the one at the same index. */
  days: number[];
  states: { role: PlaceState['role']; status: EventStatus; deadlineDay: number }[];
}

export interface TimedLayer {
  version: number;
  originMs: number;
  routes: TimedRoute[];
  symbols: TimedSymbol[];
  places: Map<string, PlaceStates>;
}

/** Disjoint, ordered, merged from possibly overlapping [from, to) spans. */
function merged(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

export function timedLayer(events: readonly MapEvent[], summary: MapSummary, places: readonly Place[]): TimedLayer {
  const originMs = summary.timeline?.startMs ?? 0;
  const day = (ms: number) => (ms - originMs) / DAY_MS;
  const laneIndex = new Map(summary.lanes.map((l, i) => [l.id, i]));
  const symbolIndex = new Map(summary.symbols.map((s, i) => [s.key, i]));

  const exact = new Map<string, TimedRoute>();
  const plans = new Map<number, [number, number][]>();
  const symbolSpans = summary.symbols.map(() => ({ first: Infinity, spans: [] as [number, number][] }));
  const primary = places.filter((p) => p.primary).map((p) => p.id);
  const reached = new Map<string, { at: number; state: PlaceStates['states'][number] }[]>(primary.map((id) => [id, []]));

  for (const e of events) {
    const timing = timingOfMapEvent(e);
    if (e.kind === 'movement') {
      const lane = laneIndex.get(laneOf(e)!)!;
      const schedule = routeSchedule(timing, originMs);
      if (schedule.mode === ROUTE_MODE.plan) plans.set(lane, [...(plans.get(lane) ?? []), [schedule.appear, schedule.arrive]]);
      else {
        const key = `${lane}|${schedule.mode}|${schedule.appear}|${schedule.arrive}`;
        const found = exact.get(key);
        if (found) found.count++;
        else exact.set(key, { lane, schedule, count: 1 });
      }
    } else {
      const index = symbolIndex.get(symbolKeyOf(e) ?? '');
      if (index !== undefined) {
        const s = symbolSpans[index]!;
        const start = day(timing.startMs);
        s.first = Math.min(s.first, start);
        s.spans.push([start, day(Math.max(timing.endMs, timing.startMs + DEFAULT_ANIMATION.pulseDays * DAY_MS))]);
      }
    }
    for (const placeId of primary) {
      if (!eventPlaceIds(e).includes(placeId)) continue;
      const role = e.kind !== 'movement' ? e.kind : e.to === placeId ? 'arrival' : e.from === placeId ? 'departure' : 'passage';
      reached.get(placeId)!.push({ at: day(reachedAt(timing)), state: { role, status: e.status, deadlineDay: day(timing.endMs) } });
    }
  }

  const routes = [...exact.values()];
  // A lane's plans, merged into the spans they cover: drawn over each other they look the same.
  for (const [lane, spans] of plans) for (const [appear, arrive] of merged(spans)) routes.push({ lane, schedule: { mode: ROUTE_MODE.plan, appear, arrive }, count: 1 });

  const placeStates = new Map<string, PlaceStates>();
  for (const [placeId, list] of reached) {
    // The latest event reached wins; among several reached the same day, the last in the archive.
    const days: number[] = [];
    const states: PlaceStates['states'] = [];
    for (const { at, state } of [...list].map((r, i) => ({ ...r, i })).sort((a, b) => a.at - b.at || a.i - b.i)) {
      if (days.at(-1) === at) states[states.length - 1] = state;
      else {
        days.push(at);
        states.push(state);
      }
    }
    placeStates.set(placeId, { days, states });
  }
  return {
    version: summary.version,
    originMs,
    routes,
    symbols: symbolSpans.map((s) => ({ first: s.first, pulses: merged(s.spans) })),
    places: placeStates,
  };
}

// The binary form: a Float32Array of sections, each item a fixed number of floats.
const MAGIC = 0x53525431; // "SRT1"
const ROUTE_FLOATS = 5; // lane, code (mode × 8 + status index), appear, arrive, count
const SYMBOL_FLOATS = 3; // symbol, from, to   (first day: one float per symbol before them)
const STATE_FLOATS = 5; // place index, day, role index, status index, deadline day

export function encodeTimedLayer(layer: TimedLayer, summary: MapSummary, places: readonly Place[]): ArrayBuffer {
  const primary = places.filter((p) => p.primary).map((p) => p.id);
  const pulses = layer.symbols.flatMap((s, i) => s.pulses.map(([a, b]) => [i, a, b]));
  const states = primary.flatMap((id, p) => {
    const s = layer.places.get(id);
    return s ? s.days.map((d, i) => [p, d, PLACE_ROLES.indexOf(s.states[i]!.role), EVENT_STATUSES.indexOf(s.states[i]!.status), s.states[i]!.deadlineDay]) : [];
  });
  const header = new Float64Array([MAGIC, layer.version, layer.originMs, layer.routes.length, layer.symbols.length, pulses.length, states.length, primary.length]);
  const body = new Float32Array(layer.routes.length * ROUTE_FLOATS + layer.symbols.length + pulses.length * SYMBOL_FLOATS + states.length * STATE_FLOATS);
  let o = 0;
  for (const r of layer.routes) body.set([r.lane, r.schedule.mode * 8 + STATUS_ORDER.indexOf(summary.lanes[r.lane]!.status), r.schedule.appear, r.schedule.arrive, r.count], (o += ROUTE_FLOATS) - ROUTE_FLOATS);
  for (const s of layer.symbols) body[o++] = Number.isFinite(s.first) ? s.first : -1;
  for (const p of pulses) body.set(p, (o += SYMBOL_FLOATS) - SYMBOL_FLOATS);
  for (const s of states) body.set(s, (o += STATE_FLOATS) - STATE_FLOATS);
  const out = new Uint8Array(header.byteLength + body.byteLength);
  out.set(new Uint8Array(header.buffer), 0);
  out.set(new Uint8Array(body.buffer), header.byteLength);
  return out.buffer;
}

export function decodeTimedLayer(buffer: ArrayBuffer, places: readonly Place[]): TimedLayer {
  const header = new Float64Array(buffer, 0, 8);
  if (header[0] !== MAGIC) throw new Error('not a Sitrep timed map layer');
  const [, version, originMs, nRoutes, nSymbols, nPulses, nStates] = [...header] as number[];
  const body = new Float32Array(buffer, header.byteLength);
  const primary = places.filter((p) => p.primary).map((p) => p.id);
  let o = 0;
  const routes: TimedRoute[] = [];
  for (let i = 0; i < nRoutes!; i++, o += ROUTE_FLOATS) {
    const code = body[o + 1]!;
    routes.push({ lane: body[o]!, schedule: { mode: Math.floor(code / 8) as RouteSchedule['mode'], appear: body[o + 2]!, arrive: body[o + 3]! }, count: body[o + 4]! });
  }
  const symbols: TimedSymbol[] = [];
  for (let i = 0; i < nSymbols!; i++) symbols.push({ first: body[o] === -1 ? Infinity : body[o]!, pulses: [] }), o++;
  for (let i = 0; i < nPulses!; i++, o += SYMBOL_FLOATS) symbols[body[o]!]!.pulses.push([body[o + 1]!, body[o + 2]!]);
  const states = new Map<string, PlaceStates>();
  for (let i = 0; i < nStates!; i++, o += STATE_FLOATS) {
    const id = primary[body[o]!]!;
    const s = states.get(id) ?? { days: [], states: [] };
    s.days.push(body[o + 1]!);
    s.states.push({ role: PLACE_ROLES[body[o + 2]!]!, status: EVENT_STATUSES[body[o + 3]!]!, deadlineDay: body[o + 4]! });
    states.set(id, s);
  }
  return { version: version!, originMs: originMs!, routes, symbols, places: states };
}
