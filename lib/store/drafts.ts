/**
 * Drafts in the store: made from an article's text (what `npm run ingest` and the review page's
 * "New draft" do), reviewed and saved, and accepted into the dataset or rejected. Each step is one
 * write transaction; accepting moves the draft's article and its accepted events into the dataset
 * through the same checked write as every other change (write.ts), and marks the draft accepted in
 * the same transaction, so a draft lands once: a second accept finds it accepted and is refused.
 *
 * Each drafted event is compared with the archive when the draft is made, and the archived events
 * it may be are kept with it (`duplicates`), for the reviewer to add it as another source of one
 * of them or as a new event (draft-duplicates.ts, draft-accept.ts).
 */
import type { EventRecord, Place } from '@/lib/data/schema';
import { draftEvents } from '@/lib/ingest/draft';
import { draftFile, draftFileSchema, sha256, type DraftEvent, type DraftFile } from '@/lib/ingest/draft-file';
import { inferPublication } from '@/lib/ingest/dates';
import { IngestInputError, articleText } from '@/lib/ingest/input';
import type { Store } from './connect';
import type { DraftState, DraftsTable } from './database';
import { StoreConflictError, StoreNotFoundError } from './errors';
import { acceptIn, type AcceptOptions, type Accepted } from './draft-accept';
import { flagDuplicates } from './draft-duplicates';
import { eventsById } from './lists';
import { selectIn } from './sql';
import { storeError, writeTransaction, type Tx } from './transaction';

export type { AcceptOptions, Accepted } from './draft-accept';

export interface StoredDraft {
  id: string;
  draft: DraftFile;
  text: string;
  state: DraftState;
  version: number;
  createdAt: string;
  createdBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
}

const fromRow = (row: DraftsTable): StoredDraft => ({
  id: row.id,
  draft: JSON.parse(row.record) as DraftFile,
  text: row.text,
  state: row.state,
  version: Number(row.version),
  createdAt: row.created_at,
  createdBy: row.created_by,
  decidedAt: row.decided_at,
  decidedBy: row.decided_by,
});

export interface NewDraft {
  /** The article's bytes as received (a file, or a text box's UTF-8). */
  bytes: Uint8Array;
  /** For messages: the file's name, or "the text". */
  name: string;
  /** The publication date when the text does not state it (YYYY-MM-DD). */
  published?: string;
  author: string;
}

/** The next article number after every article and draft stored: 005, …, 999, 1000. */
async function nextArticleNumber(tx: Tx): Promise<number> {
  const [articles, drafts] = await Promise.all([tx.selectFrom('articles').select('id').execute(), tx.selectFrom('drafts').select('id').execute()]);
  const numbers = [...articles, ...drafts].map((r) => Number.parseInt(r.id.split('_')[0]!, 10)).filter(Number.isFinite);
  return Math.max(-1, ...numbers) + 1;
}

async function storedPlaces(tx: Tx): Promise<Place[]> {
  return (await tx.selectFrom('places').select('record').orderBy('position').execute()).map((r) => JSON.parse(r.record) as Place);
}

interface PreparedText {
  text: string;
  digest: string;
  published: { date: string; inferred: boolean; basis: string };
}

/** The article's text and publication date, or why it cannot be drafted; before any transaction. */
function prepareText(input: NewDraft): PreparedText {
  const text = articleText(input.name, input.bytes);
  const inferred = inferPublication(text);
  const published = input.published
    ? { date: input.published, inferred: false, basis: 'given when the draft was made' }
    : inferred
      ? { date: inferred.date, inferred: true, basis: inferred.basis }
      : null;
  if (!published) throw new IngestInputError(`${input.name} states no publication date that ingest can rely on (a full date beside a weekday). Give it: --published YYYY-MM-DD.`);
  return { text, digest: sha256(input.bytes), published };
}

/** Drafts an article inside a write transaction: every check against what is stored runs here. */
async function draftIn(tx: Tx, input: NewDraft, prepared: PreparedText): Promise<StoredDraft> {
  const { text, digest, published } = prepared;
  const known = await tx.selectFrom('articles').select('id').where('sha256', '=', digest).executeTakeFirst();
  if (known) throw new IngestInputError(`${input.name} is already in the dataset as article ${known.id}.`);
  const drafted = await tx.selectFrom('drafts').select(['id', 'state']).where('sha256', '=', digest).where('state', '=', 'pending').executeTakeFirst();
  if (drafted) throw new IngestInputError(`${input.name} is already drafted, as ${drafted.id}: review that draft instead.`);

  const draft = draftEvents(text, published, await storedPlaces(tx));
  if (draft.events.length === 0 && draft.unresolvedPlaces.length === 0)
    throw new IngestInputError(`${input.name}: no sentence pairs a movement, strike, attack or handover with a known place; nothing to draft.`);
  // The next article number, and the text's own hash: 005_0123456789abcdef.
  const id = `${String(await nextArticleNumber(tx)).padStart(3, '0')}_${digest.slice(0, 16)}`;
  const made = draftFile(id, text, input.bytes, draft);
  const file: DraftFile = { ...made, events: await flagDuplicates(tx, made.events) };
  const row: DraftsTable = {
    id,
    sha256: digest,
    text,
    record: JSON.stringify(file),
    state: 'pending',
    version: 1,
    created_at: new Date().toISOString(),
    created_by: input.author,
    decided_at: null,
    decided_by: null,
  };
  await tx.insertInto('drafts').values(row).execute();
  await tx.insertInto('revisions').values({ entity: 'draft', entity_id: id, version: 1, action: 'create', author: input.author, note: `drafted from ${input.name}`, at: row.created_at, before: null, after: null }).execute();
  return fromRow(row);
}

/** Drafts an article: refused (IngestInputError) when the text is not one, is stored already, or names nothing to draft. */
export async function createDraft(store: Store, input: NewDraft): Promise<StoredDraft> {
  const prepared = prepareText(input);
  return writeTransaction(store, (tx) => draftIn(tx, input, prepared));
}

export async function listDrafts(store: Store, state: DraftState = 'pending'): Promise<StoredDraft[]> {
  try {
    return (await store.db.selectFrom('drafts').selectAll().where('state', '=', state).orderBy('id').execute()).map(fromRow);
  } catch (error) {
    throw storeError(store, error);
  }
}

/** The archived events that the drafts' possible duplicates name, by id: what the review page shows and links to. */
export async function flaggedEvents(store: Store, drafts: readonly StoredDraft[]): Promise<Record<string, EventRecord>> {
  const ids = [...new Set(drafts.flatMap((d) => d.draft.events.flatMap((e) => (e.duplicates ?? []).map((x) => x.event))))];
  return Object.fromEntries((await eventsById(store, ids)).map((e) => [e.id, e]));
}

export async function readDraft(store: Store, id: string): Promise<StoredDraft | null> {
  try {
    const row = await store.db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? fromRow(row) : null;
  } catch (error) {
    throw storeError(store, error);
  }
}

async function pendingDraft(tx: Tx, id: string, expectedVersion: number | undefined): Promise<StoredDraft> {
  const row = await tx.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new StoreNotFoundError('unknown_draft', `there is no draft ${id}`);
  const found = fromRow(row);
  if (found.state !== 'pending')
    throw new StoreConflictError(`already_${found.state}`, `draft ${id} was already ${found.state} by ${found.decidedBy ?? 'someone'} at ${found.decidedAt ?? 'an earlier time'}; nothing was written.`);
  if (expectedVersion !== undefined && expectedVersion !== found.version)
    throw new StoreConflictError('stale_version', `draft ${id} is at version ${found.version}, not ${expectedVersion}: someone saved it since you opened it. Reload it and redo your change.`, found.version);
  return found;
}

/** Checks a person's edit of a draft: everything but what is not theirs to change (the text, its offsets and hash, the quotes). */
function checkDraftEdit(before: DraftFile, next: unknown): DraftFile {
  if (!draftFileSchema.safeParse(next).success) throw new IngestInputError('the body is not a draft');
  const draft = next as DraftFile;
  for (const key of ['id', 'sha256', 'bytes'] as const)
    if (draft.article[key] !== before.article[key]) throw new IngestInputError(`article.${key} cannot be changed`);
  if (JSON.stringify(draft.article.parts.map((p) => [p.kind, p.start, p.end])) !== JSON.stringify(before.article.parts.map((p) => [p.kind, p.start, p.end])))
    throw new IngestInputError('the article parts’ ranges cannot be changed here');
  if (draft.events.length !== before.events.length) throw new IngestInputError('events cannot be added or removed here; reject an event instead');
  if (draft.articleStored !== before.articleStored) throw new IngestInputError('articleStored is the store’s to set');
  if (before.articleStored && JSON.stringify(draft.article) !== JSON.stringify(before.article)) throw new IngestInputError('the article is in the dataset already: correct it there, not in the draft');
  draft.events.forEach((e, i) => {
    const was = before.events[i]!;
    if (was.stored && JSON.stringify(e) !== JSON.stringify(was)) throw new IngestInputError(`events[${i}] is in the dataset already: correct it there, not in the draft`);
    if (e.stored !== was.stored) throw new IngestInputError(`events[${i}].stored is the store’s to set`);
    if (JSON.stringify(e.duplicates ?? []) !== JSON.stringify(was.duplicates ?? [])) throw new IngestInputError(`events[${i}].duplicates is what the store found, and cannot be edited`);
  });
  draft.events.forEach((e, i) => {
    const was = before.events[i]!.event.sources;
    const now = e.event.sources;
    if (now.length !== was.length || now.some((s, j) => s.quote !== was[j]!.quote || s.article !== was[j]!.article))
      throw new IngestInputError(`events[${i}]: a quote is the source's own words and cannot be edited`);
  });
  return draft;
}

export async function saveDraft(store: Store, id: string, next: unknown, options: { author: string; expectedVersion?: number }): Promise<StoredDraft> {
  return writeTransaction(store, async (tx) => {
    const found = await pendingDraft(tx, id, options.expectedVersion);
    const draft = checkDraftEdit(found.draft, next);
    const version = found.version + 1;
    const record = JSON.stringify(draft);
    await tx.updateTable('drafts').set({ record, version }).where('id', '=', id).execute();
    await tx.insertInto('revisions').values({ entity: 'draft', entity_id: id, version, action: 'update', author: options.author, note: 'review saved', at: new Date().toISOString(), before: JSON.stringify(found.draft), after: null }).execute();
    return { ...found, draft, version };
  });
}

/**
 * Moves a draft's article and accepted events into the dataset, adds its merged events' quotes as
 * sources of the archived events they are, and marks it accepted: all of it, once, or nothing.
 */
export async function acceptDraft(store: Store, id: string, options: AcceptOptions): Promise<Accepted> {
  return writeTransaction(store, async (tx) => acceptIn(tx, await pendingDraft(tx, id, options.expectedVersion), options));
}

/**
 * Compares the draft's events with the archive again, as when it was made: the possible duplicates
 * the reviewer is shown are renewed (after an accept refused for one stored since), and nothing else
 * changes. Events already stored keep theirs.
 */
export async function refreshDuplicates(store: Store, id: string, options: { author: string; expectedVersion?: number }): Promise<StoredDraft> {
  return writeTransaction(store, async (tx) => {
    const found = await pendingDraft(tx, id, options.expectedVersion);
    const events: DraftEvent[] = [];
    for (const entry of found.draft.events) {
      if (entry.stored) events.push(entry);
      else {
        const fresh = { ...entry };
        delete fresh.duplicates;
        events.push(...(await flagDuplicates(tx, [fresh])));
      }
    }
    const draft: DraftFile = { ...found.draft, events };
    const version = found.version + 1;
    await tx.updateTable('drafts').set({ record: JSON.stringify(draft), version }).where('id', '=', id).execute();
    await tx.insertInto('revisions').values({ entity: 'draft', entity_id: id, version, action: 'update', author: options.author, note: 'possible duplicates checked again', at: new Date().toISOString(), before: JSON.stringify(found.draft), after: null }).execute();
    return { ...found, draft, version };
  });
}

export interface BatchOptions {
  reviewer: string;
  /** The outlet's name (English; Arabic too when known): the one thing a batch cannot guess. */
  outlet: { en: string; ar: string };
  between?: () => Promise<void>;
}

/**
 * Trusted material in one step: drafts the article and accepts every event it proposes, in one
 * transaction, so that several batches running at once add exactly what they would one after
 * another. What a person would fill in is marked as not reviewed rather than made up, and an event
 * id already taken gets a -2, -3… suffix. An event that may be one already archived is not
 * accepted: it stays pending in the draft, which stays on the review page (with the article and the
 * other events stored) for a person to add it as another source or as a new event; so do the
 * events it is related to, which cannot land without it. Their ids are `leftForReview`.
 */
export async function batchIngest(store: Store, input: NewDraft, options: BatchOptions): Promise<Accepted & { draft: string; leftForReview: string[] }> {
  const prepared = prepareText(input);
  return writeTransaction(store, async (tx) => {
    const drafted = await draftIn(tx, input, prepared);
    const left = leftForReview(drafted.draft.events);
    const filled = fillForBatch(drafted.draft, options, left);
    // Every name the renaming may try, looked up at once.
    const candidates = filled.events.flatMap((e) => [e.event.id, ...Array.from({ length: MAX_SUFFIX - 1 }, (_, k) => `${e.event.id}-${k + 2}`)]);
    const taken = new Set((await selectIn(candidates, (chunk) => tx.selectFrom('events').select('id').where('id', 'in', chunk).execute())).map((r) => r.id));
    const draft = renameTaken(filled, taken);
    const accepted = await acceptIn(tx, { ...drafted, draft }, { author: options.reviewer, note: `accepted in a batch, unreviewed, by ${options.reviewer}`, between: options.between, keepPending: true });
    return { ...accepted, draft: drafted.id, leftForReview: draft.events.filter((e) => e.review === 'pending').map((e) => e.event.id) };
  });
}

/** The indexes of the events a batch leaves for review: those with possible duplicates, and every event related to one of them, either way. */
function leftForReview(events: readonly DraftEvent[]): Set<number> {
  const index = new Map(events.map((e, i) => [e.event.id, i]));
  const left = new Set(events.flatMap((e, i) => ((e.duplicates ?? []).length > 0 ? [i] : [])));
  for (let grew = true; grew; ) {
    grew = false;
    events.forEach((e, i) => {
      for (const r of e.event.relations) {
        const j = index.get(r.event);
        if (j === undefined || left.has(i) === left.has(j)) continue;
        left.add(i).add(j);
        grew = true;
      }
    });
  }
  return left;
}

const NOT_REVIEWED = '(not reviewed: accepted in a batch)';

/** Every event accepted but those left for review, and every field a reviewer would fill marked as not reviewed. */
function fillForBatch(draft: DraftFile, { reviewer, outlet }: BatchOptions, left: ReadonlySet<number>): DraftFile {
  const fill = (value: string, instead: string) => (value.trim() === '' ? instead : value);
  const article = structuredClone(draft.article);
  article.outlet = { en: fill(outlet.en, NOT_REVIEWED), ar: fill(outlet.ar, fill(outlet.en, NOT_REVIEWED)) };
  article.title = { ar: fill(article.title.ar, NOT_REVIEWED), en: fill(article.title.en, NOT_REVIEWED) };
  for (const part of article.parts) if (part.title) part.title = { ar: fill(part.title.ar, NOT_REVIEWED), en: fill(part.title.en, NOT_REVIEWED) };
  return {
    ...draft,
    article,
    events: draft.events.map((d, i) =>
      left.has(i)
        ? d
        : {
            ...d,
            review: 'accepted' as const,
            event: {
              ...d.event,
              actor: { en: fill(d.event.actor.en, NOT_REVIEWED), ar: fill(d.event.actor.ar, NOT_REVIEWED) },
              summary: { en: fill(d.event.summary.en, NOT_REVIEWED), ar: fill(d.event.summary.ar, NOT_REVIEWED) },
              sources: d.event.sources.map((s) => ({ ...s, translation: fill(s.translation, NOT_REVIEWED) })),
              note: d.event.note ?? `Accepted in a batch by ${reviewer} without review (rule: ${d.rule}, confidence ${d.confidence.toFixed(2)}).`,
            },
          },
    ),
  };
}

/** How far the -2, -3… suffixes go before a batch gives up on an id. */
const MAX_SUFFIX = 50;

/** The draft with each event id that is taken (stored, or used twice in it) given the first free -2, -3… suffix; relations follow. */
function renameTaken(draft: DraftFile, taken: ReadonlySet<string>): DraftFile {
  const used = new Set<string>();
  const names = new Map<string, string>();
  for (const { event } of draft.events) {
    let name = event.id;
    for (let n = 2; taken.has(name) || used.has(name); n++) {
      if (n > MAX_SUFFIX) throw new IngestInputError(`event ids ${event.id} to ${event.id}-${MAX_SUFFIX} are all taken; rename the event in a reviewed draft instead.`);
      name = `${event.id}-${n}`;
    }
    used.add(name);
    names.set(event.id, name);
  }
  return {
    ...draft,
    events: draft.events.map((d) => ({ ...d, event: { ...d.event, id: names.get(d.event.id)!, relations: d.event.relations.map((r) => ({ ...r, event: names.get(r.event) ?? r.event })) } })),
  };
}

export async function rejectDraft(store: Store, id: string, options: { author: string; note?: string; expectedVersion?: number }): Promise<StoredDraft> {
  return writeTransaction(store, async (tx) => {
    const found = await pendingDraft(tx, id, options.expectedVersion);
    const at = new Date().toISOString();
    await tx.updateTable('drafts').set({ state: 'rejected', version: found.version + 1, decided_at: at, decided_by: options.author }).where('id', '=', id).execute();
    await tx.insertInto('revisions').values({ entity: 'draft', entity_id: id, version: found.version + 1, action: 'update', author: options.author, note: options.note ?? 'rejected', at, before: JSON.stringify(found.draft), after: null }).execute();
    return { ...found, state: 'rejected', version: found.version + 1, decidedAt: at, decidedBy: options.author };
  });
}
