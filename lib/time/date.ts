/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. All arithmetic is in UTC so that a date never shifts
 * with the viewer's time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A day in milliseconds: every date on the timeline is a UTC day. */
export const DAY_MS = 86_400_000;

/** True for a real calendar date written as `YYYY-MM-DD` (rejects 2024-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Milliseconds since the epoch at 00:00 UTC of an ISO date. Throws on a malformed date. */
export function toUtcMs(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return Date.parse(`${date}T00:00:00Z`);
}

/**
 * Midday (UTC) of the day that contains `ms`. The timeline stands a date for its midday, so that a
 * day's movement shows half-way along and a date never slips into the day before or after.
 */
export const middayOf = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS + DAY_MS / 2;

/** Midday (UTC) of an ISO date. */
export const middayOfDate = (date: string): number => toUtcMs(date) + DAY_MS / 2;

export function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function lastOfMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return fromUtcMs(Date.UTC(y, m, 0));
}

/** The ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(toUtcMs(date)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Closed ranges [aStart, aEnd] and [bStart, bEnd] share at least one day. */
export function rangesOverlap(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}
