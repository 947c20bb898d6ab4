/**
 * Drafts and writes at once, on SQLite and on PostgreSQL: different drafts accepted together all
 * land, one draft accepted twice lands once, batches in parallel add what they would one after
 * another, and an edit on a stale version is refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DataValidationError } from '@/lib/data/errors';
import { reviewedDrafts, variant } from '@/lib/testing/drafts';
import { removeStores, seededStore, testDialects } from '@/lib/testing/stores';
import type { Store } from './connect';
import { acceptDraft, batchIngest, createDraft, listDrafts, saveDraft } from './drafts';
import { updateEvent } from './edits';
import { StoreConflictError } from './errors';
import { readEvent, readStoreDataset } from './read';

afterEach(removeStores);

describe.each(testDialects())('writes at once (%s)', (dialect) => {
  it('lands every one of many drafts accepted at the same time', async () => {
    const { store } = await seededStore(dialect);
    const before = (await readStoreDataset(store)).events.length;
    const ids = await reviewedDrafts(store, 8);
    const results = await Promise.allSettled(ids.map((id) => acceptDraft(store, id, { author: 'Analyst' })));
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 'fulfilled'));
    const after = await readStoreDataset(store);
    expect(after.events.length).toBe(before + 8);
    expect(new Set(after.events.map((e) => e.id)).size).toBe(after.events.length);
    expect(await listDrafts(store)).toEqual([]);
  });

  it('lands a draft accepted twice at the same time once, and refuses the other with a clear message', async () => {
    const { store } = await seededStore(dialect);
    const before = (await readStoreDataset(store)).events.length;
    const [id] = await reviewedDrafts(store, 1);
    const results = await Promise.allSettled([acceptDraft(store, id!, { author: 'One' }), acceptDraft(store, id!, { author: 'Two' })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(StoreConflictError);
    expect((refused.reason as Error).message).toMatch(new RegExp(`draft ${id} was already accepted by (One|Two)`));
    expect((await readStoreDataset(store)).events.length).toBe(before + 1);
  });

  it('adds, with batches in parallel, exactly what the same batches add one after another', async () => {
    // Three texts, one of them twice: the second copy is refused either way.
    const inputs = [0, 1, 2, 1].map((n, i) => ({ bytes: variant(n), name: `batch-${i}.txt`, author: 'Analyst' }));
    const options = { reviewer: 'Analyst', outlet: { en: 'Test outlet', ar: 'Test outlet' } };

    const one = (await seededStore(dialect)).store;
    const sequential: PromiseSettledResult<unknown>[] = [];
    for (const input of inputs) sequential.push(...(await Promise.allSettled([batchIngest(one, input, options)])));
    const together = (await seededStore(dialect)).store;
    const parallel = await Promise.allSettled(inputs.map((input) => batchIngest(together, input, options)));

    const outcome = (results: PromiseSettledResult<unknown>[]) => results.map((r) => r.status).sort();
    expect(outcome(parallel)).toEqual(outcome(sequential));
    expect(outcome(sequential)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    const a = await readStoreDataset(one);
    const b = await readStoreDataset(together);
    expect(b.events.length).toBe(a.events.length);
    expect(b.articles.length).toBe(a.articles.length);
    // The taken ids got the same suffixes, whichever batch came first.
    expect(b.events.map((e) => e.id).sort()).toEqual(a.events.map((e) => e.id).sort());
  });

  it('refuses an edit made on a stale version, and keeps the newer one', async () => {
    const { store } = await seededStore(dialect);
    const id = 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02';
    const { event } = (await readEvent(store, id))!;
    const edit = (en: string, expectedVersion: number) =>
      updateEvent(store, id, { ...event, summary: { ...event.summary, en } }, { author: 'Analyst', note: 'test', expectedVersion, origin: `PUT /api/events/${id}` });
    const [first, second] = await Promise.allSettled([edit('First edit', 1), edit('Second edit', 1)]);
    expect([first.status, second.status].sort()).toEqual(['fulfilled', 'rejected']);
    const loser = [first, second].find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(StoreConflictError);
    const now = (await readEvent(store, id))!;
    expect(now.version).toBe(2);
    expect(['First edit', 'Second edit']).toContain(now.event.summary.en);
  });

  it('refuses an edit that breaks a rule, naming the request, the record and the field', async () => {
    const { store } = await seededStore(dialect);
    const id = 'claimed-withdrawal-baghdad-to-erbil-2025-08-16';
    const { event } = (await readEvent(store, id))!;
    // A denied claim may not turn into a report while its denial stands.
    const error = await updateEvent(store, id, { ...event, status: 'reported' }, { author: 'Analyst', note: 'test', expectedVersion: 1, origin: `PUT /api/events/${id}` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataValidationError);
    expect((error as DataValidationError).problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^PUT \/api\/events\/claimed-withdrawal-baghdad-to-erbil-2025-08-16, record us-embassy-denies-full-baghdad-exit-2025-08-16 \(#\d+\), field relations\[0\]\.event: denies .* whose status is reported/),
    );
    expect((await readEvent(store, id))!.version).toBe(1);
  });
});
