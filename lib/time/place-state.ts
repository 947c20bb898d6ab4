/**
 * A primary place's state at a moment of the timeline, from the latest event there that the
 * timeline has reached: "arrival reported", "departure claimed — denied", "departure planned by
 * Sept 2025" (or "overdue" once its deadline has passed), "attack reported".
 */
import type { EventKind, EventRecord, EventStatus } from '@/lib/data/schema';
import type { Formats } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import type { EventTiming } from './animation';

/** When the timeline reaches an event: its start, a plan's first report, or a claim's denial. */
export function reachedAt(timing: EventTiming): number {
  if (timing.status === 'planned') return Math.min(timing.announcedMs ?? timing.startMs, timing.startMs);
  if (timing.status === 'denied') return Math.max(timing.deniedMs ?? timing.startMs, timing.startMs);
  return timing.startMs;
}

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
    const touches = event.place === placeId || event.from === placeId || event.to === placeId || (event.via ?? []).includes(placeId);
    const timing = timings.get(event.id);
    if (!touches || !timing) continue;
    const at = reachedAt(timing);
    // The most recently reached; a plan counts from its first report, a denied claim from its denial.
    if (at <= t && (!latest || at >= latest.at)) latest = { event, timing, at };
  }
  if (!latest) return null;
  const { event, timing } = latest;
  const role = event.kind !== 'movement' ? event.kind : event.to === placeId ? 'arrival' : event.from === placeId ? 'departure' : 'passage';
  return { role, status: event.status, deadlineMs: timing.endMs, overdue: event.status === 'planned' && t >= timing.endMs };
}

/** The state in a few words of the interface's language. */
export function describePlaceState(state: PlaceState, m: Messages, f: Formats): string {
  const what = state.role === 'arrival' || state.role === 'departure' || state.role === 'passage' ? m.placeState.role[state.role] : m.kind[state.role];
  switch (state.status) {
    case 'planned': {
      const deadline = f.monthYear(state.deadlineMs - 1);
      return state.overdue ? m.placeState.overdue(what, deadline) : m.placeState.planned(what, deadline);
    }
    case 'denied':
      return m.placeState.denied(what);
    default:
      return m.placeState.happened(what, state.status);
  }
}
