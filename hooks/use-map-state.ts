'use client';

import { useMemo } from 'react';
import { eventPlaceIds } from '@/lib/events/places';
import type { ArticleMeta, EventRecord, Place } from '@/lib/data/schema';
import type { Words } from '@/lib/i18n/messages';
import { placesBounds } from '@/lib/map/base-style';
import { pointEventSymbols } from '@/lib/map/event-symbols';
import { movementRoutes } from '@/lib/map/movement-layers';
import { middayOf } from '@/lib/time/date';
import { type MovementPhase } from '@/lib/time/animation';
import { framesAt, symbolStates } from '@/lib/time/frames';
import { describePlaceState } from '@/lib/events/describe';
import { placeStateAt } from '@/lib/time/place-state';
import { buildTimeline } from '@/lib/time/timeline';
import { eventTimings } from '@/lib/time/timings';
import { useRouteLayer } from './use-route-layer';

const NONE: readonly EventRecord[] = [];
const NO_PLACES: readonly Place[] = [];

/** What the map draws from the data, whatever the date: routes, symbols, places, when each event shows. */
export function useMapData(events: readonly EventRecord[] | undefined, places: readonly Place[] | undefined, articles: readonly ArticleMeta[] | undefined) {
  const evs = events ?? NONE;
  const pls = places ?? NO_PLACES;
  const primary = useMemo(() => pls.filter((p) => p.primary), [pls]);
  const movements = useMemo(() => movementRoutes(evs, pls), [evs, pls]);
  const pointEvents = useMemo(() => pointEventSymbols(evs, pls), [evs, pls]);
  // Marked on the map, and fitted into view: the primary places and every place an event names.
  const marked = useMemo(() => {
    const named = new Set(evs.flatMap(eventPlaceIds));
    return pls.filter((p) => p.primary || named.has(p.id));
  }, [evs, pls]);
  const bounds = useMemo(() => (marked.length > 0 ? placesBounds(marked) : null), [marked]);
  const timings = useMemo(() => eventTimings(evs, articles ?? []), [evs, articles]);
  const timeline = useMemo(() => (timings.size > 0 ? buildTimeline(timings) : null), [timings]);
  const symbolEvents = useMemo(() => pointEvents.features.map((f) => ({ key: f.properties.key, events: f.properties.events.split(',') })), [pointEvents]);
  return { events: evs, places: pls, primary, movements, pointEvents, marked, bounds, timings, timeline, symbolEvents };
}

export type MapData = ReturnType<typeof useMapData>;

/**
 * What the map shows at a time (null: every date). The routes move every frame on the GPU; the rest
 * changes only from one day to the next (the rules work in whole days), so it is worked out once a day.
 */
export function useMapAt(data: MapData, time: number | null, words: Words) {
  const { events, primary, movements, timings, timeline, symbolEvents } = data;
  const { routeSegments, routeTime, heads } = useRouteLayer(movements, timings, timeline?.startMs ?? 0, time);
  const day = time === null ? null : middayOf(time);
  const frames = useMemo(
    () => (day === null ? null : framesAt(day, timings, movements.features.map((f) => f.properties.id), symbolEvents)),
    [day, timings, movements, symbolEvents],
  );
  const symbols = useMemo(() => (frames ? symbolStates(frames) : null), [frames]);
  // Which routes the date hides changes a few times over the whole timeline, not every frame: keep
  // the set's identity while its members stay the same, so the legend and handles do not re-render.
  const hiddenKey = useMemo(() => [...(frames?.movements ?? [])].filter(([, f]) => f.phase === 'hidden').map(([id]) => id).join(','), [frames]);
  const hiddenRoutes = useMemo(() => new Set(hiddenKey ? hiddenKey.split(',') : []), [hiddenKey]);
  const phaseKey = useMemo(() => [...new Set([...(frames?.movements.values() ?? [])].map((f) => f.phase))].sort().join(','), [frames]);
  const phases = useMemo(() => new Set(phaseKey ? (phaseKey.split(',') as MovementPhase[]) : []), [phaseKey]);
  // The legend explains the route styles on screen at the date.
  const onScreen = useMemo(
    () => (hiddenRoutes.size === 0 ? movements : { ...movements, features: movements.features.filter((f) => !hiddenRoutes.has(f.properties.id)) }),
    [movements, hiddenRoutes],
  );
  const { m, f } = words;
  const placeStates = useMemo(
    () =>
      day === null
        ? null
        : new Map(
            primary.map((p) => {
              const state = placeStateAt(p.id, events, timings, day);
              return [p.id, state && describePlaceState(state, m, f)];
            }),
          ),
    [day, primary, events, timings, m, f],
  );
  return { routeSegments, routeTime, heads, symbols, hiddenRoutes, phases, onScreen, placeStates };
}
