import { describe, expect, it } from 'vitest';
import type { EventRecord } from '@/lib/data/schema';
import { parseEventsQuery } from '@/lib/api/events-query';
import { toUtcMs } from '@/lib/time/date';
import { PLACE_FIRST_PAGE, PLACE_PAGE, placeListUrl, placeRows, startFor, type SectionState } from './place-list';

const event = (id: string, start: string, end = start): EventRecord =>
  ({ id, date: { start, end, precision: start === end ? 'day' : 'range', inferred: false, basis: 'test' } }) as unknown as EventRecord;
const midday = (iso: string) => toUtcMs(iso) + 12 * 3600_000;
const section = (over: Partial<SectionState>): SectionState => ({ events: [], total: 0, more: false, loading: false, error: undefined, from: null, ...over });

describe('placeListUrl', () => {
  it('asks the events API for one section of a place, from a date, a page at a time', () => {
    const url = new URL(placeListUrl('ain-al-asad', 'planned', '2025-01-02', 'abc'), 'http://localhost');
    expect(url.pathname).toBe('/api/events');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ place: 'ain-al-asad', plans: 'only', from: '2025-01-02', cursor: 'abc', links: '1', articles: '1' });
    url.searchParams.delete('cursor');
    expect(parseEventsQuery(url.searchParams)).toMatchObject({ place: 'ain-al-asad', from: '2025-01-02', limit: PLACE_PAGE });
    // The first page is smaller: it is what the server renders into the page.
    expect(new URL(placeListUrl('baghdad', 'reported', null, null), 'http://localhost').searchParams.get('limit')).toBe(String(PLACE_FIRST_PAGE));
  });
});

describe('placeRows', () => {
  it('heads each section, marks where a date claim begins and ends with a status row while there is more', () => {
    const events = [event('a', '2024-01-01'), event('b', '2024-01-01'), event('c', '2024-02-01')];
    const rows = placeRows({ reported: section({ events, total: 5, more: true }), planned: section({}) });
    expect(rows.map((r) => (r.kind === 'event' ? `${r.event.id}${r.dated ? '*' : ''}` : r.kind))).toEqual(['heading', 'a*', 'b', 'c*', 'status']);
  });

  it('leaves out an empty section, but not one that starts at a date or failed', () => {
    const failed = placeRows({ reported: section({ total: null, error: new Error('down') }), planned: section({ from: '2025-01-01' }) });
    expect(failed.map((r) => `${r.section}:${r.kind}`)).toEqual(['reported:heading', 'reported:status', 'planned:heading', 'planned:earlier']);
  });
});

describe('startFor', () => {
  const loaded = [event('a', '2024-01-01'), event('b', '2024-03-01', '2024-03-10')];
  it('keeps the list when a loaded report covers the day', () => {
    expect(startFor({ events: loaded, more: true, from: null }, midday('2024-03-05'), '2024-03-05')).toBeNull();
  });
  it('starts at the day when it lies past the reports loaded of a list with more', () => {
    expect(startFor({ events: loaded, more: true, from: null }, midday('2025-06-01'), '2025-06-01')).toBe('2025-06-01');
    expect(startFor({ events: loaded, more: false, from: null }, midday('2025-06-01'), '2025-06-01')).toBeNull();
  });
  it('starts again before the start of a list that starts at a date, and not twice at the same day', () => {
    expect(startFor({ events: loaded, more: false, from: '2024-01-01' }, midday('2023-12-01'), '2023-12-01')).toBe('2023-12-01');
    expect(startFor({ events: loaded, more: true, from: '2025-06-01' }, midday('2025-06-01'), '2025-06-01')).toBeNull();
  });
});
