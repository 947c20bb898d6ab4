/**
 * What changed at a place between two moments of the timeline, for the sidebar's "compare two
 * dates": arrivals, departures, passages and other events there as the timeline reaches them, the
 * statements that deny any of them, and plans whose deadline passes. Pure, so the sidebar and the
 * tests agree.
 */
import { touchesPlace } from '@/lib/events/places';
import type { MapEvent } from '@/lib/store/map-events';
import { reachedAt, type EventTiming } from '@/lib/time/animation';

/** What a change needs to know of an event: the server's lean map events (lib/store/map-events.ts) carry it. */
export type ChangeEvent = Pick<MapEvent, 'id' | 'kind' | 'place' | 'from' | 'via' | 'to' | 'denies'>;

export type ChangeKind =
  /** A movement that ends at the place. */
  | 'arrival'
  /** A movement that starts at the place. */
  | 'departure'
  /** A movement that passes through the place. */
  | 'passage'
  /** Anything else at the place: an attack, a handover, a withdrawal, a statement… */
  | 'event'
  /** A statement, wherever it was made, that denies an event touching the place. */
  | 'denial'
  /** A plan at the place whose deadline has passed. */
  | 'overdue';

export interface PlaceChange<E extends ChangeEvent = ChangeEvent> {
  /** The event itself, so that its status (planned, claimed, denied…) can be shown. */
  event: E;
  kind: ChangeKind;
  /** When the timeline reaches this change (ms since the epoch, UTC). */
  at: number;
}

/** The event's role at the place, as a change. */
function roleAt(event: ChangeEvent, placeId: string): ChangeKind {
  if (event.kind !== 'movement') return 'event';
  if (event.to === placeId) return 'arrival';
  if (event.from === placeId) return 'departure';
  if ((event.via ?? []).includes(placeId)) return 'passage';
  return 'event';
}

/**
 * The changes at a place whose moment lies after the earlier of `a` and `b` and no later than the
 * later one, in time order (then by event id). The order of `a` and `b` does not matter; `a === b`
 * gives none.
 */
export function placeChanges<E extends ChangeEvent>(
  placeId: string,
  events: readonly E[],
  timings: ReadonlyMap<string, EventTiming>,
  a: number,
  b: number,
): PlaceChange<E>[] {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const within = (t: number) => lo < t && t <= hi;
  const touches = (e: ChangeEvent | undefined) => e !== undefined && touchesPlace(e, placeId);
  const byId = new Map(events.map((e) => [e.id, e]));

  const changes: PlaceChange<E>[] = [];
  for (const event of events) {
    const timing = timings.get(event.id);
    if (!timing) continue;
    const denial = (event.denies ?? []).some((id) => touches(byId.get(id)));
    if (denial) {
      if (within(timing.startMs)) changes.push({ event, kind: 'denial', at: timing.startMs });
    } else if (touches(event)) {
      const at = reachedAt(timing);
      if (within(at)) changes.push({ event, kind: roleAt(event, placeId), at });
    }
    if (timing.status === 'planned' && touches(event) && within(timing.endMs)) changes.push({ event, kind: 'overdue', at: timing.endMs });
  }
  return changes.sort((x, y) => x.at - y.at || (x.event.id < y.event.id ? -1 : x.event.id > y.event.id ? 1 : 0));
}
