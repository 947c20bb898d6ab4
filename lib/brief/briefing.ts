/**
 * A briefing as the presentation steps through it: which step the URL asks for, the map's date and
 * camera at a step, and the outlets behind what the step shows (for the "sources" footer).
 */
import type { ArticleMeta, BriefingStep, EventRecord, Place } from '@/lib/data/schema';
import { placesBounds } from '@/lib/map/base-style';
import { firstOfMonth, lastOfMonth, middayOfDate } from '@/lib/time/date';

/** Seconds an unattended screen stays on a step that names no dwell of its own. */
export const DEFAULT_DWELL_S = 12;

export interface BriefParams {
  /** 0-based. */
  step: number;
  auto: boolean;
  loop: boolean;
}

/** `?step=` is 1-based, as people count; out of range or not a number falls back to the first or last step. */
export function parseBriefParams(get: (key: string) => string | null, steps: number): BriefParams {
  const raw = Number.parseInt(get('step') ?? '1', 10);
  const step = Number.isFinite(raw) ? Math.min(Math.max(raw, 1), steps) - 1 : 0;
  return { step, auto: get('auto') === '1', loop: get('loop') === '1' };
}

/**
 * The date a step shows in words, never more precise than what it cites: its day (or days) when a
 * cited event is dated to that day by its source, else the month (or months) around them, since the
 * days of inferred or broad dates are not the sources' own.
 */
export function shownDate(step: BriefingStep, events: readonly EventRecord[]): { start: string; end: string; precision: 'day' | 'month' | 'range' } {
  const start = step.date.start;
  const end = step.date.end ?? start;
  const cited = events.filter((e) => step.cites.includes(e.id));
  if (cited.some((e) => e.date.precision === 'day' && !e.date.inferred && e.date.start === end)) return { start, end, precision: start === end ? 'day' : 'range' };
  const [from, to] = [firstOfMonth(start), lastOfMonth(end)];
  return { start: from, end: to, precision: from.slice(0, 7) === to.slice(0, 7) ? 'month' : 'range' };
}

/** The map's time at a step: midday of its day, or of the last day of its range. */
export const stepTime = (step: BriefingStep): number => middayOfDate(step.date.end ?? step.date.start);

export type StepCamera = { center: [number, number]; zoom: number; bearing?: number } | { bounds: [[number, number], [number, number]]; padding?: number };

/** Where the map looks at a step. Places the data does not know were refused when it was loaded. */
export function stepCamera(step: BriefingStep, places: ReadonlyMap<string, Place>): StepCamera {
  const { camera } = step;
  if (!('fit' in camera)) return camera;
  const fit = camera.fit.flatMap((id) => places.get(id) ?? []);
  const [[w, s], [e, n]] = placesBounds(fit);
  // A single place (or places on one line) still needs an area to fit: about 60 km around it.
  const pad = 0.3;
  const bounds: [[number, number], [number, number]] = [
    [Math.min(w, e - pad), Math.min(s, n - pad)],
    [Math.max(e, w + pad), Math.max(n, s + pad)],
  ];
  return { bounds, padding: camera.padding };
}

/** The events a step puts on screen by name: those it cites and those it highlights. */
export function stepEvents(step: BriefingStep, events: readonly EventRecord[]): EventRecord[] {
  const ids = new Set([...step.cites, ...step.highlight.events]);
  return events.filter((e) => ids.has(e.id));
}
