/**
 * The dashboard's URL state, parsed once here. Unknown keys are kept and ignored; a bad value falls
 * back to its default with a notice, never an error page.
 *
 * - `place`: the selected primary place.
 * - `t`: the timeline's date (`YYYY-MM-DD`); without it the map shows every event at once.
 * - `play=1`: the timeline is playing; `speed`: how fast (day, week or month per second).
 */
import { DEFAULT_SPEED, SPEEDS, type Speed } from '@/lib/time/clock';
import { isIsoDate } from '@/lib/time/date';


export interface DashboardParams {
  place: string | null;
  t: string | null;
  playing: boolean;
  speed: Speed;
}

/** A value in the URL that was not understood and was replaced by its default (shortened for display). */
export interface DashboardNotice {
  kind: 'place' | 'date' | 'speed';
  value: string;
}

export interface ParsedDashboardParams {
  params: DashboardParams;
  notices: DashboardNotice[];
}

interface SearchParamsLike {
  get(name: string): string | null;
}

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

export function parseDashboardParams(search: SearchParamsLike, placeIds: readonly string[]): ParsedDashboardParams {
  const notices: DashboardNotice[] = [];
  let place = search.get('place') || null;
  if (place !== null && !placeIds.includes(place)) {
    notices.push({ kind: 'place', value: shorten(place) });
    place = null;
  }
  let t = search.get('t') || null;
  if (t !== null && !isIsoDate(t)) {
    notices.push({ kind: 'date', value: shorten(t) });
    t = null;
  }
  const rawSpeed = search.get('speed');
  const speed = SPEEDS.find((s) => s === rawSpeed) ?? DEFAULT_SPEED;
  if (rawSpeed && speed !== rawSpeed) notices.push({ kind: 'speed', value: shorten(rawSpeed) });
  return { params: { place, t, playing: t !== null && search.get('play') === '1', speed }, notices };
}
