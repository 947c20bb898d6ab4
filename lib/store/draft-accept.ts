/**
 * Accepting a reviewed draft, inside the caller's write transaction. What the review decided for
 * each event is written in one go, or nothing is:
 * - `accepted`: a new event, with the places from `DraftFile.places` that it names and the store
 *   lacks (one `applyChange`, with the article);
 * - `merged`: the draft's quote and translation become another source of the archived event
 *   `mergeInto` (a second `applyChange`, an update through the same checks, so the event's history
 *   keeps its previous version); the rest of the drafted event stays in the draft, and relations
 *   to it from the draft's new events point at `mergeInto` instead;
 * - `pending` and `rejected`: not written.
 * Before anything is written, each new event is checked again for possible duplicates stored since
 * the review (draft-duplicates.ts).
 *
 * A draft accepted in part: a batch accepts the events nobody needs to look at and leaves possible
 * duplicates for review (`keepPending`). The draft then stays `pending`, with `articleStored` and
 * each written event marked `stored`; it stays on the review page with only its pending events to
 * decide, and a later accept writes only what is not stored yet (never the article again) and
 * closes it.
 */
import type { ArticleMeta, EventRecord, Place } from '@/lib/data/schema';
import { sourceSchema } from '@/lib/data/schema';
import { draftProblems, sha256, type DraftEvent, type DraftFile } from '@/lib/ingest/draft-file';
import { IngestInputError } from '@/lib/ingest/input';
import { placeKeys } from '@/lib/ingest/duplicates';
import { recheckDuplicates } from './draft-duplicates';
import { StoreConflictError, StoreNotFoundError } from './errors';
import { stored, type Stored } from './rows';
import { selectIn } from './sql';
import type { Tx } from './transaction';
import { applyChange, type ChangeSummary } from './write';

export interface AcceptOptions {
  author: string;
  expectedVersion?: number;
  note?: string;
  /** For the kill test: called between writing the article and writing the events. */
  between?: () => Promise<void>;
  /** Leave the draft pending while some of its events are (a batch's possible duplicates). */
  keepPending?: boolean;
}

export interface Accepted {
  article: string;
  /** The new events. */
  events: string[];
  /** The archived events that got another source. */
  sources: string[];
  summary: ChangeSummary;
}

/** What the draft a transaction accepts looked like: its id, text, version and review. */
export interface DraftToAccept {
  id: string;
  text: string;
  version: number;
  draft: DraftFile;
}

interface Plan {
  fresh: DraftEvent[];
  merged: DraftEvent[];
}

/**
 * What the review decided to write, or why the draft cannot be accepted (unfilled fields, a
 * relation to an event left out, a merge without a target, nothing decided). With `keepPending`,
 * events left pending are something decided: the article lands, they wait.
 */
function plan(id: string, draft: DraftFile, keepPending: boolean): Plan {
  const problems = draftProblems(draft);
  const open = draft.events.filter((e) => !e.stored);
  const fresh = open.filter((e) => e.review === 'accepted');
  const merged = open.filter((e) => e.review === 'merged');
  draft.events.forEach((e, i) => {
    if (e.stored || e.review !== 'merged') return;
    if (!e.mergeInto) problems.push(`events[${i}] (${e.event.id}): marked as another source, but of no event`);
    const source = sourceSchema.safeParse(e.event.sources[0]);
    if (!source.success) for (const issue of source.error.issues) problems.push(`events[${i}].event.sources[0].${issue.path.join('.')} (${e.event.id}): ${issue.message}`);
  });
  if (problems.length > 0) throw new IngestInputError(`draft ${id} is not ready to accept:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const waiting = keepPending && open.some((e) => e.review === 'pending');
  if (fresh.length + merged.length === 0 && !draft.articleStored && !waiting) throw new IngestInputError(`draft ${id} has no event marked "accepted" or "another source"; review it first.`);
  const landing = new Set([...fresh, ...merged, ...draft.events.filter((e) => e.stored)].map((e) => e.event.id));
  for (const { event } of fresh)
    for (const r of event.relations)
      if (draft.events.some((d) => d.event.id === r.event) && !landing.has(r.event)) throw new IngestInputError(`event ${event.id} ${r.kind} ${r.event}, which is not accepted.`);
  return { fresh, merged };
}

/** A relation to a draft event that became another source of an archived one points at that one. */
function retarget(event: EventRecord, merged: readonly DraftEvent[]): EventRecord {
  const into = new Map(merged.map((m) => [m.event.id, m.mergeInto!]));
  return event.relations.some((r) => into.has(r.event)) ? { ...event, relations: event.relations.map((r) => ({ ...r, event: into.get(r.event) ?? r.event })) } : event;
}

/** The draft's new places that the new events name and the store does not hold yet. */
async function newPlaces(tx: Tx, draft: DraftFile, events: readonly EventRecord[]): Promise<Place[]> {
  const named = new Set(events.flatMap((e) => [...placeKeys(e).map((k) => k.place), ...(e.via ?? [])]));
  const wanted = (draft.places ?? []).map((p) => p.place).filter((p) => named.has(p.id));
  const have = new Set((await selectIn(wanted.map((p) => p.id), (chunk) => tx.selectFrom('places').select('id').where('id', 'in', chunk).execute())).map((r) => r.id));
  return wanted.filter((p) => !have.has(p.id));
}

/** The archived events that the merged entries add to, each with its new sources, and the versions they were read at. */
async function mergedTargets(tx: Tx, id: string, merged: readonly DraftEvent[]): Promise<{ events: Stored<EventRecord>[]; expected: Map<string, number> }> {
  const ids = [...new Set(merged.map((m) => m.mergeInto!))];
  const rows = await selectIn(ids, (chunk) => tx.selectFrom('events').select(['id', 'record', 'version']).where('id', 'in', chunk).execute());
  const targets = new Map(rows.map((r) => [r.id, { event: JSON.parse(r.record) as EventRecord, version: Number(r.version), grown: false }]));
  for (const m of merged) {
    const target = targets.get(m.mergeInto!);
    if (!target) throw new StoreNotFoundError('unknown_event', `event ${m.event.id} of draft ${id} is marked as another source of ${m.mergeInto}, which is not in the archive.`);
    const add = m.event.sources.filter((s) => !target.event.sources.some((t) => t.article === s.article && t.quote === s.quote));
    if (add.length === 0) continue;
    target.event = { ...target.event, sources: [...target.event.sources, ...add] };
    target.grown = true;
  }
  // A quote the event cites already is not added twice, and its event is not rewritten for nothing.
  const grown = [...targets].filter(([, t]) => t.grown);
  return { events: grown.map(([, t]) => stored(t.event)), expected: new Map(grown.map(([eventId, t]) => [`event:${eventId}`, t.version])) };
}

const mergeSummaries = (a: ChangeSummary, b: ChangeSummary): ChangeSummary => ({
  created: a.created + b.created,
  updated: a.updated + b.updated,
  deleted: a.deleted + b.deleted,
  versions: new Map([...a.versions, ...b.versions]),
});

/** Accepts a pending draft inside a write transaction: see the module's comment. */
export async function acceptIn(tx: Tx, found: DraftToAccept, options: AcceptOptions): Promise<Accepted> {
  const { id, draft } = found;
  const { fresh, merged } = plan(id, draft, Boolean(options.keepPending));
  if (sha256(Buffer.from(found.text, 'utf8')) !== draft.article.sha256) throw new IngestInputError(`draft ${id}'s text is not the text it was made from (its sha256 differs).`);
  await recheckDuplicates(tx, id, fresh);

  const article: ArticleMeta = draft.article;
  const events = fresh.map((e) => retarget(e.event, merged));
  const origin = `draft ${id}`;
  const origins = { places: origin, events: origin, article: () => origin, articleText: () => origin, briefing: () => origin };
  const note = options.note ?? `accepted from draft ${id}`;
  const change = { places: (await newPlaces(tx, draft, events)).map(stored), articles: draft.articleStored ? [] : [{ meta: stored(article), text: found.text }], events: events.map(stored) };
  let summary: ChangeSummary = { created: 0, updated: 0, deleted: 0, versions: new Map() };
  if (change.places.length + change.articles.length + change.events.length > 0)
    summary = await applyChange(tx, change, { author: options.author, note, mode: 'create', replaceHint: 'Rename the event in the draft, or leave it out.', origins, between: options.between });
  const targets = await mergedTargets(tx, id, merged);
  if (targets.events.length > 0)
    summary = mergeSummaries(summary, await applyChange(tx, { events: targets.events }, { author: options.author, note: `${note}: another source`, mode: 'upsert', expected: targets.expected, origins }));

  const written = new Set([...fresh, ...merged]);
  const left = draft.events.some((e) => !e.stored && e.review === 'pending');
  const keep = Boolean(options.keepPending && left);
  const record: DraftFile = keep ? { ...draft, articleStored: true, events: draft.events.map((e) => (written.has(e) ? { ...e, stored: true as const } : e)) } : draft;
  const at = new Date().toISOString();
  const marked = await tx
    .updateTable('drafts')
    .set({ state: keep ? 'pending' : 'accepted', record: JSON.stringify(record), version: found.version + 1, decided_at: keep ? null : at, decided_by: keep ? null : options.author })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  if (Number(marked.numUpdatedRows) !== 1) throw new StoreConflictError('already_accepted', `draft ${id} was accepted meanwhile; nothing was written.`);
  await tx
    .insertInto('revisions')
    .values({ entity: 'draft', entity_id: id, version: found.version + 1, action: 'update', author: options.author, note: keep ? 'accepted in part; possible duplicates left for review' : 'accepted', at, before: JSON.stringify(draft), after: null })
    .execute();
  return { article: article.id, events: events.map((e) => e.id), sources: targets.events.map((e) => e.value.id), summary };
}
