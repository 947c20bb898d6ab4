/**
 * How each event looks at a moment on the timeline. Pure rules, so that the map, the "On this date"
 * strip and the tests agree:
 * - a movement dated to the day moves from origin to destination across that day, then leaves a
 *   trail that fades over `trailDays`;
 * - a movement dated to a month, a year or a range is an uncertain band over that whole span, never
 *   a moment, then fades the same way;
 * - a plan is an intended route from the day it was first reported until its deadline, and overdue
 *   after it;
 * - a denied claim appears, with its denial, from the day of the denial;
 * - a point event pulses while the timeline is on its date and stays dimmed afterwards.
 * Times are milliseconds since the epoch (UTC); a date's window runs from 00:00 on its first day to
 * 00:00 after its last.
 */
import type { EventRecord } from '@/lib/data/schema';
import { DAY_MS, toUtcMs } from './date';

export interface AnimationOptions {
  /** How long a trail stays after a movement has happened, fading to nothing. */
  trailDays: number;
  /** How long a point event pulses at least (a one-day event gets this much). */
  pulseDays: number;
  /** How bright a point event stays once its date has passed. */
  dimmedOpacity: number;
  /** How bright an overdue plan is. */
  overdueOpacity: number;
}

export const DEFAULT_ANIMATION: AnimationOptions = { trailDays: 45, pulseDays: 1, dimmedOpacity: 0.35, overdueOpacity: 0.5 };

/** When an event happens, as the timeline needs it. */
export interface EventTiming {
  kind: EventRecord['kind'];
  status: EventRecord['status'];
  precision: EventRecord['date']['precision'];
  /** [startMs, endMs): from 00:00 UTC on the first day to 00:00 UTC after the last. */
  startMs: number;
  endMs: number;
  /** For a plan: the day it was first reported (00:00 UTC). */
  announcedMs?: number;
  /** For a denied claim: the day of its earliest denial (00:00 UTC). */
  deniedMs?: number;
}

/**
 * The timing of an event. `announced` is when a plan was first reported (the earliest publication
 * of its sources); `deniedOn` is the date of the earliest event that denies it.
 */
export function eventTiming(event: Pick<EventRecord, 'kind' | 'status'> & { date: Pick<EventRecord['date'], 'start' | 'end' | 'precision'> }, extra: { announced?: string; deniedOn?: string } = {}): EventTiming {
  return {
    kind: event.kind,
    status: event.status,
    precision: event.date.precision,
    startMs: toUtcMs(event.date.start),
    endMs: toUtcMs(event.date.end) + DAY_MS,
    ...(event.status === 'planned' && extra.announced ? { announcedMs: toUtcMs(extra.announced) } : {}),
    ...(event.status === 'denied' && extra.deniedOn ? { deniedMs: toUtcMs(extra.deniedOn) } : {}),
  };
}

export type MovementPhase = 'hidden' | 'moving' | 'band' | 'trail' | 'intended' | 'overdue' | 'denied';

export interface MovementFrame {
  phase: MovementPhase;
  /** How far along its route the movement has got, 0–1 (1 when the whole route shows). */
  progress: number;
  opacity: number;
}

const HIDDEN: MovementFrame = { phase: 'hidden', progress: 0, opacity: 0 };

/** A fading trail, `since` ms after the movement ended; hidden once the trail has gone. */
function trail(since: number, options: AnimationOptions, phase: MovementPhase = 'trail'): MovementFrame {
  const opacity = 1 - since / (options.trailDays * DAY_MS);
  return opacity > 0 ? { phase, progress: 1, opacity } : HIDDEN;
}

export function movementFrame(timing: EventTiming, t: number, options: AnimationOptions = DEFAULT_ANIMATION): MovementFrame {
  const { status, precision, startMs, endMs } = timing;
  if (status === 'planned') {
    const from = Math.min(timing.announcedMs ?? startMs, startMs);
    if (t < from) return HIDDEN;
    return t < endMs ? { phase: 'intended', progress: 1, opacity: 1 } : { phase: 'overdue', progress: 1, opacity: options.overdueOpacity };
  }
  if (status === 'denied') {
    const from = Math.max(timing.deniedMs ?? startMs, startMs);
    if (t < from) return HIDDEN;
    // Shown with its denial for the day of the denial, then fading like any trail.
    return t < from + DAY_MS ? { phase: 'denied', progress: 1, opacity: 1 } : trail(t - from - DAY_MS, options, 'denied');
  }
  if (t < startMs) return HIDDEN;
  if (t < endMs) {
    return precision === 'day' ? { phase: 'moving', progress: (t - startMs) / (endMs - startMs), opacity: 1 } : { phase: 'band', progress: 1, opacity: 1 };
  }
  return trail(t - endMs, options);
}

export type PointPhase = 'hidden' | 'pulse' | 'dimmed';

export function pointFrame(timing: EventTiming, t: number, options: AnimationOptions = DEFAULT_ANIMATION): { phase: PointPhase; opacity: number } {
  const { startMs, endMs } = timing;
  if (t < startMs) return { phase: 'hidden', opacity: 0 };
  if (t < Math.max(endMs, startMs + options.pulseDays * DAY_MS)) return { phase: 'pulse', opacity: 1 };
  return { phase: 'dimmed', opacity: options.dimmedOpacity };
}

/** When the timeline reaches an event: its start, a plan's first report, or a claim's denial. */
export function reachedAt(timing: EventTiming): number {
  if (timing.status === 'planned') return Math.min(timing.announcedMs ?? timing.startMs, timing.startMs);
  if (timing.status === 'denied') return Math.max(timing.deniedMs ?? timing.startMs, timing.startMs);
  return timing.startMs;
}

/** True while the timeline is within the event's dates: what "On this date" lists. */
export function isActive(timing: EventTiming, t: number): boolean {
  return timing.startMs <= t && t < timing.endMs;
}
