/**
 * The feed's filters: from the URL, to the events API's query, to the store's list. The server page
 * renders the first page from `feedEventFilter`; the browser pages on with the query string that
 * `eventsQuery` writes: both must be the same list.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventFilter, parseEventsQuery } from '@/lib/api/events-query';
import type { EventRecord } from '@/lib/data/schema';
import { eventPlaceIds } from '@/lib/events/places';
import type { Store } from '@/lib/store/connect';
import { importFolder } from '@/lib/store/folder';
import { MAX_PAGE, eachEvent, eventsPage } from '@/lib/store/lists';
import { dataCopy, editJson, removeDataCopies } from '@/lib/testing/data-copy';
import { emptyStore, removeStores, seededStore } from '@/lib/testing/stores';
import { FIRST_PAGE, NEXT_PAGE, eventsQuery, feedChoices, feedEventFilter, feedExportUrl, feedPageUrl, matchesNothing, parseFeedFilters, type FeedChoices } from './feed';

const NONE = { place: null, kind: null, status: null, outlet: null, from: null, to: null };
const parse = (query: string, choices?: FeedChoices) => parseFeedFilters(new URLSearchParams(query), choices);

describe('the feed’s filters in the URL', () => {
  it('keeps the values it knows', () => {
    expect(parse('place=erbil&kind=movement&status=denied&outlet=Baghdad+Today&from=2024-10-01&to=2024-10-31&lang=ar')).toEqual({
      place: 'erbil',
      kind: 'movement',
      status: 'denied',
      outlet: 'Baghdad Today',
      from: '2024-10-01',
      to: '2024-10-31',
    });
  });

  it('drops unknown values instead of failing', () => {
    expect(parse('kind=parade&status=rumoured&from=yesterday&to=2024-02-30')).toEqual(NONE);
    expect(parse('place=&outlet=')).toEqual(NONE);
  });

  it('drops a place or an outlet that the filter bar does not offer', () => {
    const choices: FeedChoices = { places: [{ id: 'erbil', name: { en: 'Erbil', ar: 'أربيل' } }], outlets: [{ en: 'Baghdad Today', ar: 'بغداد اليوم' }], primary: [] };
    expect(parse('place=erbil&outlet=Baghdad+Today', choices)).toMatchObject({ place: 'erbil', outlet: 'Baghdad Today' });
    expect(parse('place=atlantis&outlet=The+Daily+Planet', choices)).toEqual(NONE);
  });

  it('writes them as the events API’s query: a page with its links and articles, or an export', () => {
    const denied = parse('status=denied&from=2025-08-01');
    expect(feedPageUrl(parse(''), null)).toBe(`/api/events?limit=${FIRST_PAGE}&links=1&articles=1`);
    expect(feedPageUrl(denied, 'WyJhIl0')).toBe(`/api/events?status=denied&from=2025-08-01&limit=${NEXT_PAGE}&cursor=WyJhIl0&links=1&articles=1`);
    expect(feedExportUrl(denied, 'csv')).toBe('/api/events?status=denied&from=2025-08-01&format=csv');
    expect(feedExportUrl(parse('outlet=Baghdad Today&place=al-waleed'), 'geojson')).toBe('/api/events?place=al-waleed&outlet=Baghdad+Today&format=geojson');
  });

  it('matches nothing with a range that ends before it starts, without asking the API (which refuses it)', () => {
    expect(matchesNothing(parse('from=2024-10-03&to=2024-10-02'))).toBe(true);
    expect(matchesNothing(parse('from=2024-10-02&to=2024-10-02'))).toBe(false);
    expect(matchesNothing(parse('from=2024-10-03'))).toBe(false);
  });
});

describe('the feed on the store', () => {
  let store: Store;
  let choices: FeedChoices;
  beforeAll(async () => {
    ({ store } = await seededStore('sqlite'));
    choices = await feedChoices(store);
  });
  afterAll(async () => {
    await removeStores();
    removeDataCopies();
  });

  /** The list the browser pages through: the feed's query string, read by the API's own parser. */
  async function listed(query: string): Promise<EventRecord[]> {
    const filters = parse(query, choices);
    const api = eventFilter(parseEventsQuery(new URLSearchParams(eventsQuery(filters, { limit: MAX_PAGE }))));
    // The server page's first page asks the store the same question.
    expect(feedEventFilter(filters)).toEqual(api);
    const out: EventRecord[] = [];
    for await (const e of eachEvent(store, api)) out.push(e);
    return out;
  }

  it('lists every report in time order when nothing is filtered, and the first page is its start', async () => {
    const all = await listed('');
    expect(all).toHaveLength(39);
    const keys = all.map((e) => `${e.date.start} ${e.date.end} ${e.id}`);
    expect(keys).toEqual([...keys].sort());
    const first = await eventsPage(store, feedEventFilter(parse('')), FIRST_PAGE);
    expect(first.total).toBe(39);
    expect(first.items.map((e) => e.id)).toEqual(all.slice(0, FIRST_PAGE).map((e) => e.id));
  });

  it('filters by place, kind, status, outlet and dates that overlap the range', async () => {
    const erbil = await listed('place=erbil');
    expect(erbil.length).toBeGreaterThan(1);
    expect(erbil.every((e) => eventPlaceIds(e).includes('erbil'))).toBe(true);
    expect((await listed('kind=movement&status=denied')).map((e) => e.id)).toEqual(['claimed-withdrawal-baghdad-to-erbil-2025-08-16']);
    const convoyDay = await listed('from=2024-10-02&to=2024-10-02');
    expect(convoyDay.map((e) => e.id)).toContain('us-convoy-syria-al-waleed-ain-al-asad-2024-10-02');
    expect(convoyDay.every((e) => e.date.start <= '2024-10-02' && e.date.end >= '2024-10-02')).toBe(true);
    expect((await listed('outlet=Baghdad Today')).map((e) => e.id)).toContain('us-convoy-syria-al-waleed-ain-al-asad-2024-10-02');
    // A place the filter bar does not offer is dropped: the whole feed, not an error.
    expect(await listed('place=atlantis')).toHaveLength(39);
  });

  it('offers the places that events name, each outlet once in both languages, and knows the primary places', async () => {
    expect(choices.places.map((p) => p.id)).toEqual([
      'ain-al-asad', 'al-waleed', 'al-qaim-al-bukamal', 'baghdad', 'erbil', 'kuwait', 'baghdad-airport', 'jurf-al-sakhar', 'anbar', 'iraq', 'syria', 'turkey', 'quneitra', 'sulaymaniyah',
    ]);
    expect(choices.places.find((p) => p.id === 'erbil')?.name).toEqual({ en: 'Erbil', ar: 'أربيل' });
    expect(choices.outlets).toEqual([
      { en: 'Al-Bawaba News', ar: 'البوابة نيوز' },
      { en: 'Baghdad Today', ar: 'بغداد اليوم' },
      { en: 'Emirates Voice', ar: 'صوت الإمارات' },
      { en: 'Shafaq News', ar: 'شفق نيوز' },
      { en: 'Unidentified Egyptian news site', ar: 'موقع إخباري مصري غير محدد' },
    ]);
    expect(choices.primary).toEqual(['ain-al-asad', 'al-waleed', 'al-qaim-al-bukamal', 'baghdad', 'erbil', 'kuwait']);
  });

  it('leaves out a place that no event names', async () => {
    const dir = dataCopy((d) =>
      editJson(path.join(d, 'places.json'), (places: { id: string; name: { en: string; ar: string }; aliases: string[]; coordinates: number[] }[]) => {
        places.push({ ...places.at(-1)!, id: 'halabja', name: { en: 'Halabja', ar: 'حلبجة' }, aliases: ['حلبجة', 'Halabja'], coordinates: [45.9864, 35.1778] });
      }),
    );
    const { store: other } = await emptyStore('sqlite');
    await importFolder(other, dir, { author: 'test' });
    const offered = (await feedChoices(other)).places.map((p) => p.id);
    expect(offered).toContain('sulaymaniyah');
    expect(offered).not.toContain('halabja');
  });
});
