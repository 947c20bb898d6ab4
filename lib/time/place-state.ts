/**
 * A primary place's state at a moment of the timeline, in a few words, from the latest event there
 * that the timeline has reached: "arrival reported", "departure claimed — denied", "departure
 * planned by Sep 2025" (or "overdue" once its deadline has passed), "attack reported".
 */
import type { EventRecord } from '@/lib/data/schema';
import type { EventTiming } from './animation';

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Has the timeline reached this event: its date, a plan's first report, or a claim's denial. */
function reached(timing: EventTiming, t: number): boolean {
  if (timing.status === 'planned') return Math.min(timing.announcedMs ?? timing.startMs, timing.startMs) <= t;
  if (timing.status === 'denied') return Math.max(timing.deniedMs ?? timing.startMs, timing.startMs) <= t;
  return timing.startMs <= t;
}

function describe(event: EventRecord, placeId: string, timing: EventTiming, t: number): string {
  const what =
    event.kind === 'movement' ? (event.to === placeId ? 'arrival' : event.from === placeId ? 'departure' : 'passage') : event.kind;
  switch (event.status) {
    case 'planned': {
      const deadline = monthYear.format(timing.endMs - 1);
      return t < timing.endMs ? `${what} planned by ${deadline}` : `${what} overdue (planned by ${deadline})`;
    }
    case 'denied':
      return `${what} claimed — denied`;
    default:
      return `${what} ${event.status}`;
  }
}

export function placeStateAt(placeId: string, events: readonly EventRecord[], timings: ReadonlyMap<string, EventTiming>, t: number): string | null {
  let latest: { event: EventRecord; timing: EventTiming; at: number } | null = null;
  for (const event of events) {
    const touches = event.place === placeId || event.from === placeId || event.to === placeId || (event.via ?? []).includes(placeId);
    const timing = timings.get(event.id);
    if (!touches || !timing || !reached(timing, t)) continue;
    // The most recently begun; a plan counts from its first report.
    const at = timing.status === 'planned' ? Math.min(timing.announcedMs ?? timing.startMs, timing.startMs) : timing.startMs;
    if (!latest || at >= latest.at) latest = { event, timing, at };
  }
  return latest ? describe(latest.event, placeId, latest.timing, t) : null;
}
