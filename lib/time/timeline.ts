/**
 * The timeline's scale: its span, month labels, event ticks, a density strip, and stepping from
 * event to event. Times are UTC milliseconds, like lib/time/animation.ts.
 */
import { EVENT_KINDS, type EventKind } from '@/lib/data/schema';
import { DAY_MS } from './date';
import { type EventTiming } from './animation';

export interface TimelineTick {
  /** The first of the events this tick stands for. */
  id: string;
  kind: EventKind;
  ms: number;
  /** How many events of this kind start on this day. */
  count: number;
}

export interface Timeline {
  startMs: number;
  /** The last moment of the last day covered (exclusive end minus a day's start). */
  endMs: number;
  /** One tick per day and kind of event, at the start of the day, oldest first. */
  ticks: TimelineTick[];
}

/** From the first event's first day to the last day any event (a deadline, say) reaches. */
export function buildTimeline(timings: ReadonlyMap<string, EventTiming>): Timeline {
  if (timings.size === 0) throw new RangeError('a timeline needs at least one event');
  let startMs = Infinity;
  let lastMs = -Infinity;
  const ticks = new Map<string, TimelineTick>();
  const ordered = [...timings].sort(([a, x], [b, y]) => x.startMs - y.startMs || a.localeCompare(b));
  for (const [id, t] of ordered) {
    startMs = Math.min(startMs, t.startMs);
    lastMs = Math.max(lastMs, t.endMs);
    const key = `${t.startMs}/${t.kind}`;
    const tick = ticks.get(key);
    if (tick) tick.count++;
    else ticks.set(key, { id, kind: t.kind, ms: t.startMs, count: 1 });
  }
  return { startMs, endMs: lastMs - DAY_MS, ticks: [...ticks.values()] };
}

/** A timeline from its span and its ticks as the map's summary sends them: [day, kind index, count, …]. */
export function buildTimelineFromTicks({ startMs, endMs, ticks }: { startMs: number; endMs: number; ticks: readonly number[] }): Timeline {
  const out: TimelineTick[] = [];
  for (let i = 0; i + 2 < ticks.length; i += 3) {
    const kind = EVENT_KINDS[ticks[i + 1]!]!;
    const ms = startMs + ticks[i]! * DAY_MS;
    out.push({ id: `${ms}/${kind}`, kind, ms, count: ticks[i + 2]! });
  }
  return { startMs, endMs, ticks: out };
}

export const clampTime = (timeline: Timeline, t: number) => Math.min(Math.max(t, timeline.startMs), timeline.endMs);

/** The fraction of the timeline at t, 0–1. */
export const fractionAt = (timeline: Timeline, t: number) => (clampTime(timeline, t) - timeline.startMs) / Math.max(timeline.endMs - timeline.startMs, 1);

/** The first of each month within the timeline, for labels. */
export function monthStarts(timeline: Timeline): number[] {
  const start = new Date(timeline.startMs);
  const months: number[] = [];
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1; ; m++) {
    const ms = Date.UTC(y, m, 1);
    if (ms > timeline.endMs) break;
    months.push(ms);
  }
  return months;
}

/** How many events start in each calendar month of the timeline, first month first. */
export function monthlyDensity(timeline: Timeline): number[] {
  const start = new Date(timeline.startMs);
  const monthIndex = (ms: number) => {
    const d = new Date(ms);
    return (d.getUTCFullYear() - start.getUTCFullYear()) * 12 + d.getUTCMonth() - start.getUTCMonth();
  };
  const counts = new Array<number>(monthIndex(timeline.endMs) + 1).fill(0);
  for (const tick of timeline.ticks) counts[monthIndex(tick.ms)]! += tick.count;
  return counts;
}

/** The next event date strictly after t (or null at the last one). */
export function nextEventTime(timeline: Timeline, t: number): number | null {
  return timeline.ticks.find((tick) => tick.ms > t)?.ms ?? null;
}

/** The previous event date strictly before t's day (or null at the first one). */
export function previousEventTime(timeline: Timeline, t: number): number | null {
  const dayStart = Math.floor(t / DAY_MS) * DAY_MS;
  return timeline.ticks.findLast((tick) => tick.ms < dayStart)?.ms ?? null;
}
