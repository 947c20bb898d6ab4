/**
 * A primary place's state at a moment of the timeline, from the latest event there that the
 * timeline has reached: an arrival reported, a departure claimed and denied, a departure planned
 * by a deadline (or overdue once it has passed), an attack reported. In words:
 * `describePlaceState` in lib/events/describe.ts.
 */
import type { EventKind, EventRecord, EventStatus } from '@/lib/data/schema';
import { touchesPlace } from '@/lib/events/places';
import { reachedAt, type EventTiming } from './animation';

export interface PlaceState {
  /** A movement's role at the place, or the kind of any other event. */
  role: 'arrival' | 'departure' | 'passage' | Exclude<EventKind, 'movement'>;
  status: EventStatus;
  /** A plan's deadline (the end of its date), and whether the moment is past it. */
  deadlineMs: number;
  overdue: boolean;
}

export function placeStateAt(placeId: string, events: readonly EventRecord[], timings: ReadonlyMap<string, EventTiming>, t: number): PlaceState | null {
  let latest: { event: EventRecord; timing: EventTiming; at: number } | null = null;
  for (const event of events) {
    const timing = timings.get(event.id);
    if (!timing || !touchesPlace(event, placeId)) continue;
    const at = reachedAt(timing);
    // The most recently reached; a plan counts from its first report, a denied claim from its denial.
    if (at <= t && (!latest || at >= latest.at)) latest = { event, timing, at };
  }
  if (!latest) return null;
  const { event, timing } = latest;
  const role = event.kind !== 'movement' ? event.kind : event.to === placeId ? 'arrival' : event.from === placeId ? 'departure' : 'passage';
  return { role, status: event.status, deadlineMs: timing.endMs, overdue: event.status === 'planned' && t >= timing.endMs };
}
