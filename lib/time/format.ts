/** Dates in words, in UTC so that no viewer sees a report a day early or late. */
import type { DateClaim } from '@/lib/data/schema';
import { toUtcMs } from './date';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2 Oct 2024", "during September 2025", "during 2025" or "between 7 Dec 2024 and 8 Dec 2024". */
export function formatDateClaim(date: Pick<DateClaim, 'start' | 'end' | 'precision'>): string {
  switch (date.precision) {
    case 'day':
      return day.format(toUtcMs(date.start));
    case 'month':
      return `during ${month.format(toUtcMs(date.start))}`;
    case 'year':
      return `during ${date.start.slice(0, 4)}`;
    case 'range':
      return `between ${day.format(toUtcMs(date.start))} and ${day.format(toUtcMs(date.end))}`;
  }
}
