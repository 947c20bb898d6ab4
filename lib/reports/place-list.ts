/**
 * A place's reports as its panel lists them, a page at a time from the server: what was reported
 * apart from what is planned, each in date order, a date heading where a date claim begins. The
 * panel follows the timeline: the reports whose dates cover its day are marked, and when the day
 * lies beyond the reports loaded, the list starts again at that day (`from`) rather than loading
 * every page before it.
 */
import type { EventRecord } from '@/lib/data/schema';
import { DAY_MS, toUtcMs } from '@/lib/time/date';
import { applyChanges } from '@/lib/url/location';

export type PlaceSection = 'reported' | 'planned';
export const PLACE_SECTIONS: readonly PlaceSection[] = ['reported', 'planned'];

/** Reports per page: the first page (the one the server renders with the page) holds what one screen shows. */
export const PLACE_FIRST_PAGE = 12;
export const PLACE_PAGE = 40;

/** The URL of a page of a place's reports or plans, from `from` (YYYY-MM-DD) on when given. */
export function placeListUrl(place: string, section: PlaceSection, from: string | null, cursor: string | null): string {
  const query = applyChanges('', { place, plans: section === 'reported' ? 'exclude' : 'only', from, limit: String(cursor ? PLACE_PAGE : PLACE_FIRST_PAGE), links: '1', articles: '1', cursor });
  return `/api/events?${query}`;
}

/** The URL of an export of every report at a place, reported and planned: the server streams it. */
export const placeExportUrl = (place: string, format: 'csv' | 'geojson') => `/api/events?${applyChanges('', { place, format })}`;

/** Events with the same date claim share a heading. */
export const dateKey = (e: Pick<EventRecord, 'date'>) => `${e.date.start}/${e.date.end}/${e.date.precision}`;

/** True when a time (ms) falls within the event's dates. */
export const coversTime = (e: Pick<EventRecord, 'date'>, t: number) => toUtcMs(e.date.start) <= t && t < toUtcMs(e.date.end) + DAY_MS;

export type PlaceRow =
  | { kind: 'heading'; section: PlaceSection }
  /** The list starts at a date: the reports before it can be shown again. */
  | { kind: 'earlier'; section: PlaceSection; from: string }
  | { kind: 'event'; section: PlaceSection; event: EventRecord; dated: boolean; index: number }
  /** Loading, an error or more to come: the row that asks for the next page when it shows. */
  | { kind: 'status'; section: PlaceSection };

export interface SectionState {
  events: readonly EventRecord[];
  total: number | null;
  more: boolean;
  loading: boolean;
  error: Error | undefined;
  from: string | null;
}

/** The panel's rows: each section that has (or may have) reports, its heading, its reports and a status row while there is more. */
export function placeRows(sections: Readonly<Record<PlaceSection, SectionState>>): PlaceRow[] {
  const rows: PlaceRow[] = [];
  for (const section of PLACE_SECTIONS) {
    const s = sections[section];
    if (s.total === 0 && s.from === null && !s.error) continue;
    rows.push({ kind: 'heading', section });
    if (s.from !== null) rows.push({ kind: 'earlier', section, from: s.from });
    s.events.forEach((event, index) => rows.push({ kind: 'event', section, event, dated: index === 0 || dateKey(s.events[index - 1]!) !== dateKey(event), index }));
    if (s.more || s.loading || s.error || s.total === null) rows.push({ kind: 'status', section });
  }
  return rows;
}

/**
 * Where the list should start so that it shows the day (midday ms): a date to start from, or null
 * for "as it is". Only when no report loaded covers the day, and the day lies before the start (of
 * a list that starts at a date) or after the last report loaded (of a list with more).
 */
export function startFor(s: Pick<SectionState, 'events' | 'more' | 'from'>, day: number, dayIso: string): string | null {
  const last = s.events.at(-1);
  if (!last || s.events.some((e) => coversTime(e, day))) return null;
  const before = s.from !== null && dayIso < s.from;
  const after = s.more && dayIso > last.date.start;
  return (before || after) && dayIso !== s.from ? dayIso : null;
}
