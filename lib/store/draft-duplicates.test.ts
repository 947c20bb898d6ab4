/**
 * Possible duplicates through the store, on SQLite and on PostgreSQL: flagged when a draft is made,
 * added as another source on accept (the archived event's history kept), checked again inside the
 * accepting transaction so that parallel accepts end as serial ones do, and left pending by a batch
 * for a person to decide later.
 *
 * The fixture article levant-dated-convoy-erbil proposes, among others, the planned move from Ain
 * al-Asad to Erbil in September 2025 that the fixture archive holds already (from article 004).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Place } from '@/lib/data/schema';
import type { DraftEvent, DraftFile } from '@/lib/ingest/draft-file';
import { variant } from '@/lib/testing/drafts';
import { removeStores, seededStore, testDialects } from '@/lib/testing/stores';
import type { Store } from './connect';
import { acceptDraft, batchIngest, createDraft, listDrafts, readDraft, refreshDuplicates, saveDraft } from './drafts';
import { StoreConflictError } from './errors';
import { readEvent, readHistory } from './read';

afterEach(removeStores);

const ARCHIVED = 'planned-ain-al-asad-to-erbil-2025-09';
const FLAGGED = 'planned-ain-al-asad-to-erbil-2025-09-01';
const WITHDRAWAL = 'withdrawal-ain-al-asad-2024-11-14';
const BATCH = { reviewer: 'Analyst', outlet: { en: 'Test outlet', ar: 'وسيلة اختبار' } };

/** Every field a person fills, filled; every event rejected unless `decide` says otherwise. */
function reviewed(draft: DraftFile, decide: (entry: DraftEvent) => Partial<DraftEvent> | null): DraftFile {
  const filled = JSON.parse(JSON.stringify(draft), (_k, v) => (v === '' ? 'Filled in by the reviewer' : v)) as DraftFile;
  return { ...filled, events: filled.events.map((e) => (e.stored ? e : { ...e, review: 'rejected', ...decide(e) })) };
}

async function draftOf(store: Store, n: number) {
  return createDraft(store, { bytes: variant(n), name: `variant-${n}.txt`, author: 'Analyst' });
}

async function saved(store: Store, id: string, decide: Parameters<typeof reviewed>[1]) {
  const found = (await readDraft(store, id))!;
  return saveDraft(store, id, reviewed(found.draft, decide), { author: 'Analyst', expectedVersion: found.version });
}

describe.each(testDialects())('possible duplicates (%s)', (dialect) => {
  it('flags, when a draft is made, the drafted event the archive holds already, with the reasons', async () => {
    const { store } = await seededStore(dialect);
    const { draft } = await draftOf(store, 0);
    const flagged = draft.events.filter((e) => e.duplicates);
    expect(flagged.map((e) => e.event.id)).toEqual([FLAGGED]);
    expect(flagged[0]!.duplicates).toEqual([
      { event: ARCHIVED, reasons: ['same kind: movement', 'dates overlap: 2025-09-01 … 2025-09-30', 'same places: ain-al-asad → erbil', expect.stringMatching(/^similar wording: 0\.\d\d$/)] },
    ]);
  });

  it('adds a merged event’s quote as another source of the archived one, and keeps its earlier version in the history', async () => {
    const { store } = await seededStore(dialect);
    const made = await draftOf(store, 0);
    await saved(store, made.id, ({ event }) => (event.id === FLAGGED ? { review: 'merged', mergeInto: ARCHIVED } : null));
    const before = (await readEvent(store, ARCHIVED))!;
    const done = await acceptDraft(store, made.id, { author: 'Analyst' });
    expect(done).toMatchObject({ article: made.id, events: [], sources: [ARCHIVED] });

    const after = (await readEvent(store, ARCHIVED))!;
    expect(after.version).toBe(before.version + 1);
    const quote = made.draft.events.find((e) => e.event.id === FLAGGED)!.event.sources[0]!.quote;
    expect(after.event.sources).toEqual([...before.event.sources, { article: made.id, quote, translation: 'Filled in by the reviewer' }]);
    expect({ ...after.event, sources: before.event.sources }).toEqual(before.event);
    const history = (await readHistory(store, 'event', ARCHIVED))!;
    expect(history.map((h) => [h.action, h.fields])).toEqual([
      ['create', expect.arrayContaining(['id', 'sources'])],
      ['update', ['sources']],
    ]);
    expect(history[1]!.before).toEqual(before.event);
    expect((await readEvent(store, FLAGGED))).toBeNull();
  });

  it('refuses a merge into an event that is not archived, writing nothing', async () => {
    const { store } = await seededStore(dialect);
    const made = await draftOf(store, 0);
    await saved(store, made.id, ({ event }) => (event.id === FLAGGED ? { review: 'merged', mergeInto: 'no-such-event' } : null));
    await expect(acceptDraft(store, made.id, { author: 'Analyst' })).rejects.toThrow(/another source of no-such-event, which is not in the archive/);
    expect((await readDraft(store, made.id))!.state).toBe('pending');
  });

  /** Two drafts of one withdrawal, each accepting it as new: what accepting them gives. */
  async function twoDrafts(checked: boolean) {
    const { store } = await seededStore(dialect);
    const ids: string[] = [];
    for (const n of [0, 1]) {
      const made = await draftOf(store, n);
      await saved(store, made.id, ({ event }) => (event.id === WITHDRAWAL ? { review: 'accepted', event: { ...event, id: `${WITHDRAWAL}-${n}` }, ...(checked ? { duplicateChecked: true } : {}) } : null));
      ids.push(made.id);
    }
    return { store, ids };
  }
  const count = async (store: Store) => (await Promise.all([0, 1].map((n) => readEvent(store, `${WITHDRAWAL}-${n}`)))).filter(Boolean).length;

  it('accepts one of two drafts of one event accepted at once, and refuses the other naming both events, as one after the other does', async () => {
    const together = await twoDrafts(false);
    const parallel = await Promise.allSettled(together.ids.map((id) => acceptDraft(together.store, id, { author: 'Analyst' })));
    const serial = await twoDrafts(false);
    const sequential: PromiseSettledResult<unknown>[] = [];
    for (const id of serial.ids) sequential.push(...(await Promise.allSettled([acceptDraft(serial.store, id, { author: 'Analyst' })])));

    for (const [results, store] of [[parallel, together.store], [sequential, serial.store]] as const) {
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as Error;
      expect(refused).toBeInstanceOf(StoreConflictError);
      expect(refused.message).toMatch(new RegExp(`event ${WITHDRAWAL}-(0|1) of draft .* may be the same as event ${WITHDRAWAL}-(0|1), stored since the draft was reviewed`));
      expect(refused.message).toMatch(/Nothing was written/);
      expect(await count(store)).toBe(1);
      expect(await listDrafts(store)).toHaveLength(1);
    }
  });

  it('shows, checked again after a refusal, the duplicate stored since, which the reviewer can then add a source to', async () => {
    const { store, ids } = await twoDrafts(false);
    await acceptDraft(store, ids[0]!, { author: 'Analyst' });
    await expect(acceptDraft(store, ids[1]!, { author: 'Analyst' })).rejects.toThrow(StoreConflictError);
    const renewed = await refreshDuplicates(store, ids[1]!, { author: 'Analyst', expectedVersion: 2 });
    const entry = renewed.draft.events.find((e) => e.event.id === `${WITHDRAWAL}-1`)!;
    expect(entry.duplicates?.map((d) => d.event)).toEqual([`${WITHDRAWAL}-0`]);
    expect(entry.review).toBe('accepted');

    const merged = { ...renewed.draft, events: renewed.draft.events.map((e) => (e === entry ? { ...e, review: 'merged' as const, mergeInto: `${WITHDRAWAL}-0` } : e)) };
    await saveDraft(store, ids[1]!, merged, { author: 'Analyst', expectedVersion: renewed.version });
    expect(await acceptDraft(store, ids[1]!, { author: 'Analyst' })).toMatchObject({ events: [], sources: [`${WITHDRAWAL}-0`] });
    expect((await readEvent(store, `${WITHDRAWAL}-0`))!.event.sources.map((s) => s.article)).toEqual(ids);
  });

  it('accepts both when the reviewer marked each "new, not a duplicate"', async () => {
    const { store, ids } = await twoDrafts(true);
    const results = await Promise.allSettled(ids.map((id) => acceptDraft(store, id, { author: 'Analyst' })));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(await count(store)).toBe(2);
  });

  it('accepts as new an event whose flagged duplicate the reviewer saw', async () => {
    const { store } = await seededStore(dialect);
    const made = await draftOf(store, 0);
    await saved(store, made.id, ({ event }) => (event.id === FLAGGED ? { review: 'accepted' } : null));
    expect((await acceptDraft(store, made.id, { author: 'Analyst' })).events).toEqual([FLAGGED]);
  });

  it('leaves a batch’s possible duplicates pending in a draft on the review page, and lets a person merge them later', async () => {
    const { store } = await seededStore(dialect);
    const done = await batchIngest(store, { bytes: variant(0), name: 'batch.txt', author: 'Analyst' }, BATCH);
    expect(done.leftForReview).toEqual([FLAGGED]);
    expect(done.events.length).toBeGreaterThan(0);
    expect(done.events).not.toContain(FLAGGED);
    for (const id of done.events) expect(await readEvent(store, id)).not.toBeNull();
    expect(await readEvent(store, FLAGGED)).toBeNull();

    const [left] = await listDrafts(store);
    expect(left).toMatchObject({ id: done.draft, state: 'pending', draft: { articleStored: true } });
    expect(left!.draft.events.filter((e) => !e.stored).map((e) => [e.event.id, e.review])).toEqual([[FLAGGED, 'pending']]);
    // The article is stored: a second copy of the text is refused as such.
    await expect(draftOf(store, 0)).rejects.toThrow(`already in the dataset as article ${done.draft}`);

    const before = (await readEvent(store, ARCHIVED))!;
    await saved(store, done.draft, ({ event }) => (event.id === FLAGGED ? { review: 'merged', mergeInto: ARCHIVED } : null));
    const later = await acceptDraft(store, done.draft, { author: 'Reviewer' });
    expect(later).toMatchObject({ events: [], sources: [ARCHIVED] });
    expect((await readEvent(store, ARCHIVED))!.event.sources).toHaveLength(before.event.sources.length + 1);
    expect((await readDraft(store, done.draft))!.state).toBe('accepted');
    expect(await listDrafts(store)).toEqual([]);
  });

  it('refuses to change, in a draft a batch accepted in part, what is stored already', async () => {
    const { store } = await seededStore(dialect);
    const done = await batchIngest(store, { bytes: variant(0), name: 'batch.txt', author: 'Analyst' }, BATCH);
    const found = (await readDraft(store, done.draft))!;
    const edited = structuredClone(found.draft);
    const i = edited.events.findIndex((e) => e.stored);
    edited.events[i]!.event.summary.en = 'Changed afterwards';
    await expect(saveDraft(store, done.draft, edited, { author: 'Analyst', expectedVersion: found.version })).rejects.toThrow(`events[${i}] is in the dataset already`);
  });

  it('writes the draft’s new places that an accepted event names, with the events', async () => {
    const { store } = await seededStore(dialect);
    const made = await draftOf(store, 0);
    const place = gazetteerPlace('Tikrit');
    expect(await store.db.selectFrom('places').select('id').where('id', '=', place.id).executeTakeFirst()).toBeUndefined();
    const draft = reviewed(made.draft, ({ event }) => (event.id === WITHDRAWAL ? { review: 'accepted', event: { ...event, place: place.id } } : null));
    await saveDraft(store, made.id, { ...draft, places: [{ place, basis: 'GeoNames, by the name in the text', named: place.name.ar }] }, { author: 'Analyst', expectedVersion: 1 });
    await acceptDraft(store, made.id, { author: 'Analyst' });
    const row = await store.db.selectFrom('places').select('record').where('id', '=', place.id).executeTakeFirst();
    expect(JSON.parse(row!.record)).toEqual(place);
    expect((await readEvent(store, WITHDRAWAL))!.event.place).toBe(place.id);
  });
});

/** A place as the gazetteer gives it (GeoNames' own name, Arabic names and point), in the dataset's shape. */
function gazetteerPlace(name: string): Place {
  const file = JSON.parse(readFileSync('lib/geo/gazetteer.json', 'utf8')) as { places: [string, string, string, number, number, string, string][] };
  const [id, , ar, lon, lat, , country] = file.places.find((p) => p[1].split('|').includes(name) && p[6] === 'IQ')!;
  return {
    id: name.toLowerCase(),
    name: { en: name, ar: ar.split('|')[0]! },
    aliases: ar.split('|'),
    kind: 'city',
    primary: false,
    coordinates: [lon, lat],
    coordinatesSource: { kind: 'gazetteer', detail: `GeoNames ${id.replace('gn-', '')}` },
    country,
  };
}
