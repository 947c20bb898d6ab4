/**
 * Search from the store's index, on SQLite and on PostgreSQL: it finds what `matchesQuery` finds
 * (Arabic spelling variants, clitics, transliterations, words as prefixes), in order (places, primary
 * ones first, then events, then passages), a page at a time, and it follows every write.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticArchive } from '@/lib/archive/synthetic';
import type { Dataset } from '@/lib/data/schema';
import type { DraftFile } from '@/lib/ingest/draft-file';
import { matchesQuery, searchTerms } from '@/lib/search/normalize';
import { eventText, passages, placeText, type SearchHit } from '@/lib/search/search';
import { readFixture } from '@/lib/testing/fixture';
import { emptyStore, removeStores, seededStore, testDialects } from '@/lib/testing/stores';
import type { Store } from './connect';
import { acceptDraft, createDraft, saveDraft } from './drafts';
import { deleteEvent, updateEvent } from './edits';
import * as migration from './migrations/0002-search';
import { readEvent } from './read';
import { stored } from './rows';
import { SEARCH_TOTAL_CAP, SearchCursorError, searchStore, type SearchPage } from './search';
import { writeTransaction } from './transaction';
import { applyChange } from './write';

const CONVOY = 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02';

const keyOf = (hit: SearchHit) => (hit.kind === 'passage' ? `passage:${hit.articleId}:${hit.start}` : `${hit.kind}:${hit.id}`);
const idsOf = (hits: SearchHit[], kind: SearchHit['kind']) => hits.filter((h) => h.kind === kind).map((h) => (h.kind === 'passage' ? h.articleId : h.id));

/** Every result of a query, page after page, and the pages' totals. */
async function walk(store: Store, query: string, limit: number): Promise<{ hits: SearchHit[]; pages: SearchPage[] }> {
  const pages: SearchPage[] = [];
  for (let cursor: string | undefined; ; ) {
    const page = await searchStore(store, query, { limit, cursor });
    pages.push(page);
    if (!page.next) break;
    cursor = page.next;
  }
  return { hits: pages.flatMap((p) => p.items), pages };
}

let ds: Dataset;
beforeAll(async () => {
  ds = await readFixture();
});

describe.each(testDialects())('search from the store (%s)', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = (await seededStore(dialect)).store;
  });
  afterAll(removeStores);
  const find = async (query: string, limit = 50) => (await searchStore(store, query, { limit })).items;

  it('finds Ain al-Asad from «عين الاسد», «عين الأسد», "Asad" and "Ayn al-Asad", as the first result', async () => {
    for (const q of ['عين الاسد', 'عين الأسد', 'Asad', 'Ayn al-Asad']) expect(keyOf((await find(q))[0]!), q).toBe('place:ain-al-asad');
  });

  it('finds the al-Qaim / Al-Bukamal crossing from «البوكمال» and «بوكمال», and al-Waleed from "Waleed" or "Walid"', async () => {
    expect(idsOf(await find('البوكمال'), 'place')).toContain('al-qaim-al-bukamal');
    expect(idsOf(await find('بوكمال'), 'place')).toContain('al-qaim-al-bukamal');
    expect(idsOf(await find('Waleed'), 'place')).toContain('al-waleed');
    expect(idsOf(await find('Walid'), 'place')).toContain('al-waleed');
  });

  it('finds events by their quotes, and passages by their words with offsets into the stored text', async () => {
    const hits = await find('رتلا أمريكيا');
    expect(idsOf(hits, 'event')).toContain(CONVOY);
    const passage = hits.find((h) => h.kind === 'passage');
    if (passage?.kind !== 'passage') throw new Error('no passage found');
    const text = ds.articles.find((a) => a.meta.id === passage.articleId)!.text;
    expect(text.slice(passage.start, passage.end)).toBe(passage.text);
    expect(passage.text).toContain('رتلا أمريكيا');
    expect(passage.appended).toBe(false);
  });

  it('gives each event the primary place it is shown at', async () => {
    const hit = (await find('رتلا أمريكيا')).find((h) => h.kind === 'event' && h.id === CONVOY);
    expect(hit?.kind === 'event' && hit.placeId).toBe('ain-al-asad');
  });

  it('finds nothing for an empty query, a bare article or a word in no record', async () => {
    for (const q of ['', '  ', 'al', '؟', 'zzzzqx', 'Asad zzzzqx']) expect(await searchStore(store, q), q).toEqual({ items: [], next: null, total: { count: 0, more: false } });
  });

  it('finds exactly the records matchesQuery finds, for variants, clitics, prefixes and digits', async () => {
    const entries = [
      ...ds.places.map((p) => ({ key: `place:${p.id}`, text: placeText(p) })),
      ...ds.events.map((e) => ({ key: `event:${e.id}`, text: eventText(e) })),
      ...ds.articles.flatMap((a) => passages(a.meta, a.text).map((s) => ({ key: `passage:${a.meta.id}:${s.start}`, text: a.text.slice(s.start, s.end) }))),
    ].map((e) => ({ ...e, terms: searchTerms(e.text) }));
    const queries = ['عين الاسد', 'بوكمال', 'وبغداد', 'للقوات', 'القاعدة', 'Ayn al-Asad', 'Wal', 'waleed', 'ا', 'ر', 'a', 'convoy', 'US forces', '2024', '٢٠٢٤', 'أميركية', 'Kuwait'];
    for (const q of queries) {
      const expected = entries.filter((e) => matchesQuery(e.terms, q)).map((e) => e.key);
      const { hits } = await walk(store, q, 50);
      expect(expected.length, q).toBeGreaterThan(0);
      expect(hits.map(keyOf).sort(), q).toEqual(expected.sort());
    }
  });

  it('ranks places (primary first), then events, then passages; whole words before starts of words, newest first', async () => {
    const { hits } = await walk(store, 'رتل', 50);
    const kinds = hits.map((h) => h.kind);
    expect(kinds).toContain('event');
    expect(kinds).toContain('passage');
    expect(kinds).toEqual([...kinds].sort((a, b) => ['place', 'event', 'passage'].indexOf(a) - ['place', 'event', 'passage'].indexOf(b)));
    // «رتل» is a whole word in some passages and only the start of «رتلا» in others.
    const whole = hits.filter((h) => h.kind === 'passage').map((h) => h.kind === 'passage' && searchTerms(h.text).some((forms) => forms.includes('رتل')));
    expect(whole).toContain(true);
    expect(whole).toContain(false);
    expect(whole).toEqual([...whole].sort((a, b) => Number(b) - Number(a)));
    // Both convoys have «رتل» as a word: the newer one first.
    expect(idsOf(hits, 'event').filter((id) => id.includes('convoy'))).toEqual(['us-convoy-leaves-ain-al-asad-toward-syria-2025-08-18', CONVOY]);

    const places = (await find('Baghdad')).filter((h) => h.kind === 'place');
    expect(places.length).toBeGreaterThan(1);
    expect(places[0]).toMatchObject({ id: 'baghdad', primary: true });
    expect(places.map((p) => p.kind === 'place' && p.primary)).toEqual([...places.map((p) => p.kind === 'place' && p.primary)].sort((a, b) => Number(b) - Number(a)));
  });

  it('walks every result exactly once, in order, whatever the page size, with the total of them', async () => {
    for (const [query, limits] of [['ال', [13]], ['الوليد', [1, 4]]] as const) {
      const whole = await walk(store, query, 50);
      expect(new Set(whole.hits.map((h) => h.kind)), query).toEqual(new Set(['place', 'event', 'passage']));
      expect(new Set(whole.hits.map(keyOf)).size).toBe(whole.hits.length);
      for (const page of whole.pages) expect(page.total, query).toEqual({ count: whole.hits.length, more: false });
      for (const limit of limits) {
        const paged = await walk(store, query, limit);
        expect(paged.hits.map(keyOf), `${query}, ${limit} a page`).toEqual(whole.hits.map(keyOf));
        expect(paged.pages.slice(0, -1).every((p) => p.items.length === limit && p.next)).toBe(true);
        expect(paged.pages.at(-1)!.next).toBeNull();
        for (const page of paged.pages) expect(page.total).toEqual(whole.pages[0]!.total);
      }
    }
  });

  it('refuses a cursor it did not give out, and a limit out of 1–50', async () => {
    for (const cursor of ['nope', Buffer.from('event-0:-1').toString('base64url'), Buffer.from('events:3').toString('base64url')])
      await expect(searchStore(store, 'Asad', { cursor }), cursor).rejects.toBeInstanceOf(SearchCursorError);
    for (const limit of [0, 51, 2.5]) await expect(searchStore(store, 'Asad', { limit }), String(limit)).rejects.toBeInstanceOf(RangeError);
  });

  it.each(['en', 'ar'] as const)('reaches every event by its summary in %s', async (language) => {
    for (const event of ds.events) expect(idsOf(await find(event.summary[language]), 'event'), `${event.id}: ${event.summary[language]}`).toContain(event.id);
  });
});

describe.each(testDialects())('the index follows every write (%s)', (dialect) => {
  afterAll(removeStores);

  it('finds an edited event by its new summary, and no longer by its old one', async () => {
    const { store } = await seededStore(dialect);
    const { event, version } = (await readEvent(store, CONVOY))!;
    expect(idsOf((await searchStore(store, 'Anbar crossing')).items, 'event')).toContain(CONVOY);
    await updateEvent(store, CONVOY, { ...event, summary: { en: 'Zebrafinch convoy enters', ar: 'رتل زرزوري يدخل' }, sources: event.sources.map((s) => ({ ...s, translation: 'Zebrafinch' })) }, {
      author: 'Analyst',
      note: 'test',
      expectedVersion: version,
      origin: `PUT /api/events/${CONVOY}`,
    });
    expect(idsOf((await searchStore(store, 'zebrafinch')).items, 'event')).toEqual([CONVOY]);
    expect(idsOf((await searchStore(store, 'زرزوري')).items, 'event')).toEqual([CONVOY]);
    expect(idsOf((await searchStore(store, 'Anbar crossing')).items, 'event')).not.toContain(CONVOY);
  });

  it('loses a deleted event', async () => {
    const { store } = await seededStore(dialect);
    const id = 'pkk-fighters-burn-weapons-sulaymaniyah-2025-07';
    expect(idsOf((await searchStore(store, 'PKK fighters')).items, 'event')).toEqual([id]);
    await deleteEvent(store, id, { author: 'Analyst', note: 'test', expectedVersion: 1, origin: `DELETE /api/events/${id}` });
    expect(idsOf((await searchStore(store, 'PKK fighters')).items, 'event')).toEqual([]);
  });

  it('finds a draft accepted into the store: its event and its article’s passages', async () => {
    const { store } = await seededStore(dialect);
    expect((await searchStore(store, 'حرير')).items).toEqual([]);
    const draft = await createDraft(store, { bytes: readFileSync('lib/ingest/fixtures/levant-dated-convoy-erbil.txt'), name: 'convoy.txt', author: 'Analyst' });
    const reviewed = JSON.parse(JSON.stringify(draft.draft), (_k, v) => (v === '' ? 'Filled in by the reviewer' : v)) as DraftFile;
    reviewed.events = reviewed.events.map((e, i) => ({
      ...e,
      review: i === 0 ? 'accepted' : 'rejected',
      event: i === 0 ? { ...e.event, id: 'zebrafinch-convoy', summary: { en: 'Zebrafinch convoy reaches Erbil', ar: 'رتل زرزوري يصل أربيل' }, relations: [] } : e.event,
    }));
    await saveDraft(store, draft.id, reviewed, { author: 'Analyst', expectedVersion: 1 });
    await acceptDraft(store, draft.id, { author: 'Analyst' });
    expect(idsOf((await searchStore(store, 'Zebrafinch')).items, 'event')).toEqual(['zebrafinch-convoy']);
    const passages = (await searchStore(store, 'حرير')).items;
    expect(idsOf(passages, 'passage')).toEqual([draft.id]);
    expect(passages[0]).toMatchObject({ kind: 'passage', text: expect.stringContaining('قاعدة حرير') });
  });

  it('indexes what a store already holds when the index is created', async () => {
    const { store } = await seededStore(dialect);
    const read = async () => ({ broad: await searchStore(store, 'ال', { limit: 50 }), narrow: (await walk(store, 'عين الاسد', 50)).hits.map(keyOf) });
    const before = await read();
    await migration.down(store.db);
    await store.db.connection().execute((db) => migration.up(db, dialect));
    const after = await read();
    expect(after.broad.items).toHaveLength(50);
    expect(after.narrow.length).toBeGreaterThan(10);
    expect(after).toEqual(before);
  });

  it('counts up to 1,000 matches, then says "1,000+", and still pages past them', async () => {
    const { store } = await emptyStore(dialect);
    const archive = syntheticArchive({ places: ds.places, events: 260, articles: 26, seed: 7 });
    await writeTransaction(store, (tx) =>
      applyChange(tx, { places: archive.places.map(stored), articles: archive.articles.map((a) => ({ meta: stored(a.meta), text: a.text })), events: archive.events.map(stored) }, { author: 'test', note: 'test', mode: 'create' }),
    );
    const first = await searchStore(store, 'ا', { limit: 50 });
    expect(first.total).toEqual({ count: SEARCH_TOTAL_CAP, more: true });
    const seen = new Set(first.items.map(keyOf));
    for (let cursor = first.next; seen.size <= SEARCH_TOTAL_CAP; ) {
      const page = await searchStore(store, 'ا', { limit: 50, cursor: cursor! });
      for (const hit of page.items) seen.add(keyOf(hit));
      expect(page.total).toEqual(first.total);
      cursor = page.next;
    }
    expect(seen.size).toBeGreaterThan(SEARCH_TOTAL_CAP);
    const narrow = await walk(store, 'helicopters', 50);
    expect(narrow.hits.length).toBeGreaterThan(0);
    expect(narrow.pages[0]!.total).toEqual({ count: narrow.hits.length, more: false });
  });

  it('searches an empty store', async () => {
    const { store } = await emptyStore(dialect);
    expect(await searchStore(store, 'Asad')).toEqual({ items: [], next: null, total: { count: 0, more: false } });
  });
});
