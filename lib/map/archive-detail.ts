/**
 * What is under the pointer, asked of the server: the movements on one lane, or the events behind
 * one symbol, as they stand at a date (null: every date), most recent first. Pure, over the lean
 * events the server keeps (lib/store/map-server.ts).
 */
import type { MapEvent } from '@/lib/store/map-events';
import { movementFrame, pointFrame } from '@/lib/time/animation';
import { middayOfDate } from '@/lib/time/date';
import { laneOf, symbolKeyOf, timingOfMapEvent } from './archive-layers';

const recentFirst = (a: MapEvent, b: MapEvent) => b.date.start.localeCompare(a.date.start) || b.date.end.localeCompare(a.date.end) || (a.id < b.id ? -1 : 1);

/** The ids of the movements on a lane that show at `on` (YYYY-MM-DD), most recent first. */
export function laneEvents(events: readonly MapEvent[], lane: string, on: string | null): string[] {
  const t = on === null ? null : middayOfDate(on);
  return events
    .filter((e) => laneOf(e) === lane && (t === null || movementFrame(timingOfMapEvent(e), t).phase !== 'hidden'))
    .sort(recentFirst)
    .map((e) => e.id);
}

/** The ids of the events behind a symbol at `on`: those whose date it is first, then the earlier ones, most recent first. */
export function symbolEvents(events: readonly MapEvent[], key: string, on: string | null): string[] {
  const t = on === null ? null : middayOfDate(on);
  const here = events.filter((e) => symbolKeyOf(e) === key);
  if (t === null) return here.sort(recentFirst).map((e) => e.id);
  const shown = here.map((e) => ({ e, phase: pointFrame(timingOfMapEvent(e), t).phase })).filter((f) => f.phase !== 'hidden');
  return shown.sort((a, b) => Number(b.phase === 'pulse') - Number(a.phase === 'pulse') || recentFirst(a.e, b.e)).map((f) => f.e.id);
}
