/**
 * One write to the store: records created, replaced or deleted, checked by the schema's rules and
 * recorded in the history, inside the caller's transaction (transaction.ts). The rules run on what
 * the write touches, with its neighbours read from the store (see `neighbourhood`), so a write into
 * a 100k-event archive costs about what it costs into a small one.
 */
import { DataFileError, DataValidationError } from '@/lib/data/errors';
import { FILE_ORIGINS, checkDataset, type Origins } from '@/lib/data/rules';
import { briefingSchema, type Article, type ArticleMeta, type Briefing, type Dataset, type EventRecord, type Place } from '@/lib/data/schema';
import type { RevisionAction, RevisionEntity, RevisionsTable } from './database';
import { StoreConflictError, StoreNotFoundError } from './errors';
import { briefingEventRows, eventRows, placeRow, articleRow, type Change, type Stored } from './rows';
import { indexChange } from './search';
import { insertMany, selectIn } from './sql';
import type { Tx } from './transaction';

export type { Change } from './rows';

export interface ChangeOptions {
  /** Who made the change and why: kept with every revision. */
  author: string;
  note: string;
  /** `create`: every record must be new (refused by id otherwise). `upsert`: new or replacing. */
  mode: 'create' | 'upsert';
  /** The version each record was based on ("event:id" → 3): an edit of an older version is refused. */
  expected?: ReadonlyMap<string, number>;
  /** Where the records came from, for messages (the request, or the files of an import). */
  origins?: Origins;
  /** What refusing an existing id should suggest (`--replace` for an import). */
  replaceHint?: string;
  /** ISO time of the change (now by default). */
  at?: string;
  /** For tests only: awaited after the articles are written and before the events are. */
  between?: () => Promise<void>;
}

export interface ChangeSummary {
  created: number;
  updated: number;
  deleted: number;
  /** Each touched record's version after the change ("event:id" → 4). */
  versions: Map<string, number>;
}

interface Existing {
  version: number;
  record: string;
  position?: number;
}

const key = (entity: RevisionEntity, id: string) => `${entity}:${id}`;

async function existing(tx: Tx, table: 'events' | 'places', ids: string[]): Promise<Map<string, Existing>>;
async function existing(tx: Tx, table: 'articles' | 'briefings', ids: string[]): Promise<Map<string, Existing>>;
async function existing(tx: Tx, table: 'events' | 'places' | 'articles' | 'briefings', ids: string[]): Promise<Map<string, Existing>> {
  const rows =
    table === 'events' || table === 'places'
      ? await selectIn(ids, (chunk) => tx.selectFrom(table).select(['id', 'version', 'record', 'position']).where('id', 'in', chunk).execute())
      : await selectIn(ids, (chunk) => tx.selectFrom(table).select(['id', 'version', 'record']).where('id', 'in', chunk).execute());
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Applies a change: refuses it (nothing written, the transaction rolled back by the caller) with a
 * StoreConflictError, StoreNotFoundError or DataValidationError naming the record and the field.
 */
export async function applyChange(tx: Tx, change: Change, options: ChangeOptions): Promise<ChangeSummary> {
  const origins = options.origins ?? FILE_ORIGINS;
  const at = options.at ?? new Date().toISOString();
  const events = change.events ?? [];
  const deleted = new Set(change.deleteEvents ?? []);
  const articles = change.articles ?? [];
  const places = change.places ?? [];
  const briefings = change.briefings ?? [];

  const before = {
    events: await existing(tx, 'events', [...events.map((e) => e.value.id), ...deleted]),
    articles: await existing(tx, 'articles', articles.map((a) => a.meta.value.id)),
    places: await existing(tx, 'places', places.map((p) => p.value.id)),
    briefings: await existing(tx, 'briefings', briefings.map((b) => b.value.id)),
  };

  // Ids and versions.
  const taken: string[] = [];
  const check = (entity: RevisionEntity, id: string, found: Existing | undefined, label: string) => {
    if (found && options.mode === 'create') taken.push(`${label} ${id}`);
    const expected = options.expected?.get(key(entity, id));
    if (expected !== undefined && found?.version !== expected)
      throw new StoreConflictError(
        'stale_version',
        found
          ? `${label} ${id} is at version ${found.version}, not ${expected}: someone changed it since you opened it. Reload it, redo your change, and save again.`
          : `${label} ${id} no longer exists.`,
        found?.version,
      );
  };
  for (const p of places) check('place', p.value.id, before.places.get(p.value.id), 'place');
  for (const a of articles) check('article', a.meta.value.id, before.articles.get(a.meta.value.id), 'article');
  for (const e of events) check('event', e.value.id, before.events.get(e.value.id), 'event');
  for (const b of briefings) check('briefing', b.value.id, before.briefings.get(b.value.id), 'briefing');
  for (const id of deleted) {
    if (!before.events.has(id)) throw new StoreNotFoundError('unknown_event', `there is no event ${id} to delete`);
    check('event', id, before.events.get(id), 'event');
  }
  if (taken.length > 0) {
    const shown = taken.length > 10 ? `${taken.slice(0, 10).join(', ')} and ${taken.length - 10} more` : taken.join(', ');
    throw new StoreConflictError('exists', `already in the store: ${shown}. Nothing was written.${options.replaceHint ? ` ${options.replaceHint}` : ''}`);
  }
  const shas = new Map<string, string>();
  for (const a of articles) {
    const other = shas.get(a.meta.value.sha256);
    if (other) throw new StoreConflictError('duplicate_text', `articles ${other} and ${a.meta.value.id} have the same text (sha256 ${a.meta.value.sha256}).`);
    shas.set(a.meta.value.sha256, a.meta.value.id);
  }
  const sameText = await selectIn([...shas.keys()], (chunk) => tx.selectFrom('articles').select(['id', 'sha256']).where('sha256', 'in', chunk).execute());
  for (const row of sameText)
    if (shas.get(row.sha256) !== row.id) throw new StoreConflictError('duplicate_text', `the text of article ${shas.get(row.sha256)} is already in the store as article ${row.id}.`);

  // The rules, on what the change touches.
  const { dataset, subjects, positions } = await neighbourhood(tx, change, before.events);
  const problems = checkDataset(dataset, { ...subjects, origins, position: (id) => positions.get(id) });
  if (problems.length > 0) throw new DataValidationError(problems);

  // The rows. Deletions first (their children go with them), then places and articles, then
  // events, then what refers to events: relations may point at events written in this change.
  const summary: ChangeSummary = { created: 0, updated: 0, deleted: deleted.size, versions: new Map() };
  const revisions: Omit<RevisionsTable, 'id'>[] = [];
  const revise = (entity: RevisionEntity, id: string, version: number, action: RevisionAction, previous: string | null) => {
    revisions.push({ entity, entity_id: id, version, action, author: options.author, note: options.note, at, before: previous, after: null });
    if (action !== 'delete') summary.versions.set(key(entity, id), version);
    if (action === 'create') summary.created++;
    else if (action === 'update') summary.updated++;
  };

  const replaced = events.filter((e) => before.events.has(e.value.id)).map((e) => e.value.id);
  const childrenOf = [...replaced, ...deleted];
  for (const table of ['event_places', 'sources', 'relations'] as const)
    await selectIn(childrenOf, (chunk) => tx.deleteFrom(table).where('event_id', 'in', chunk).execute().then(() => []));
  await selectIn([...deleted], (chunk) => tx.deleteFrom('events').where('id', 'in', chunk).execute().then(() => []));
  for (const id of deleted) revise('event', id, before.events.get(id)!.version, 'delete', before.events.get(id)!.record);

  let nextPlace = await nextPosition(tx, 'places');
  for (const p of places) {
    const was = before.places.get(p.value.id);
    const row = placeRow(p, was?.position ?? nextPlace++, (was?.version ?? 0) + 1);
    if (was) await tx.updateTable('places').set(row).where('id', '=', row.id).execute();
    else await tx.insertInto('places').values(row).execute();
    revise('place', row.id, row.version, was ? 'update' : 'create', was?.record ?? null);
  }

  const newArticles = [];
  for (const a of articles) {
    const was = before.articles.get(a.meta.value.id);
    const row = articleRow(a.meta, a.text, (was?.version ?? 0) + 1);
    if (was) await tx.updateTable('articles').set(row).where('id', '=', row.id).execute();
    else newArticles.push(row);
    revise('article', row.id, row.version, was ? 'update' : 'create', was?.record ?? null);
  }
  await insertMany(tx, 'articles', newArticles);
  await options.between?.();

  const texts = new Map(dataset.articles.map((a) => [a.meta.id, a.text]));
  let nextEvent = await nextPosition(tx, 'events');
  const rows = events.map((e) => {
    const was = before.events.get(e.value.id);
    revise('event', e.value.id, (was?.version ?? 0) + 1, was ? 'update' : 'create', was?.record ?? null);
    return { rows: eventRows(e, was?.position ?? nextEvent++, (was?.version ?? 0) + 1, (id) => texts.get(id)!), replacing: Boolean(was) };
  });
  for (const r of rows.filter((r) => r.replacing)) await tx.updateTable('events').set(r.rows.event).where('id', '=', r.rows.event.id).execute();
  await insertMany(tx, 'events', rows.filter((r) => !r.replacing).map((r) => r.rows.event));
  await insertMany(tx, 'event_places', rows.flatMap((r) => r.rows.places));
  await insertMany(tx, 'sources', rows.flatMap((r) => r.rows.sources));
  await insertMany(tx, 'relations', rows.flatMap((r) => r.rows.relations));

  for (const b of briefings) {
    const was = before.briefings.get(b.value.id);
    const version = (was?.version ?? 0) + 1;
    if (was) {
      await tx.updateTable('briefings').set({ record: b.json, version }).where('id', '=', b.value.id).execute();
      await tx.deleteFrom('briefing_events').where('briefing_id', '=', b.value.id).execute();
    } else await tx.insertInto('briefings').values({ id: b.value.id, record: b.json, version }).execute();
    await insertMany(tx, 'briefing_events', briefingEventRows(b.value));
    revise('briefing', b.value.id, version, was ? 'update' : 'create', was?.record ?? null);
  }

  await indexChange(tx, change);
  await insertMany(tx, 'revisions', revisions);
  return summary;
}

async function nextPosition(tx: Tx, table: 'events' | 'places'): Promise<number> {
  const row = await tx.selectFrom(table).select((eb) => eb.fn.max('position').as('last')).executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

const parse = <T>(json: string): T => JSON.parse(json) as T;

/**
 * The part of the dataset a change's rules need, as it will be after the change, and which of its
 * records the rules must check (the subjects). Subjects: every record the change writes; events
 * that relate to an event it changes or deletes (a denial of it, or any relation to a deleted one);
 * events a changed or deleted event used to deny (they still need a denial); events citing an
 * article it replaces; briefings naming an event it deletes. Context, one hop from the subjects:
 * every place, the articles the subject events cite, the events they relate to, and the denials of
 * those that are denied.
 */
async function neighbourhood(tx: Tx, change: Change, storedEvents: ReadonlyMap<string, Existing>) {
  const changed = new Map((change.events ?? []).map((e) => [e.value.id, e.value]));
  const deleted = new Set(change.deleteEvents ?? []);
  const events = new Map<string, EventRecord>(changed);
  const subjectIds = new Set(changed.keys());

  const loadEvents = async (ids: Iterable<string>) => {
    const wanted = [...new Set(ids)].filter((id) => !events.has(id) && !deleted.has(id));
    const rows = await selectIn(wanted, (chunk) => tx.selectFrom('events').select(['id', 'record']).where('id', 'in', chunk).execute());
    for (const row of rows) events.set(row.id, parse<EventRecord>(row.record));
  };

  const touched = [...changed.keys(), ...deleted];
  const incoming = await selectIn(touched, (chunk) => tx.selectFrom('relations').select(['event_id', 'kind', 'target_id']).where('target_id', 'in', chunk).execute());
  for (const r of incoming) if (!changed.has(r.event_id) && !deleted.has(r.event_id) && (r.kind === 'denies' || deleted.has(r.target_id))) subjectIds.add(r.event_id);
  for (const id of touched) {
    const was = storedEvents.get(id);
    if (was) for (const r of parse<EventRecord>(was.record).relations) if (r.kind === 'denies' && !deleted.has(r.event)) subjectIds.add(r.event);
  }
  const replacedArticles = (change.articles ?? []).map((a) => a.meta.value.id);
  const citing = await selectIn(replacedArticles, (chunk) => tx.selectFrom('sources').select('event_id').where('article_id', 'in', chunk).execute());
  for (const c of citing) if (!deleted.has(c.event_id)) subjectIds.add(c.event_id);
  await loadEvents(subjectIds);
  for (const id of [...subjectIds]) if (!events.has(id)) subjectIds.delete(id);

  // One hop out: what the subjects relate to, and who denies the denied ones.
  const subjects = [...subjectIds].map((id) => events.get(id)!);
  await loadEvents(subjects.flatMap((e) => e.relations.map((r) => r.event)));
  const denied = subjects.filter((e) => e.status === 'denied').map((e) => e.id);
  const deniers = await selectIn(denied, (chunk) => tx.selectFrom('relations').select('event_id').where('target_id', 'in', chunk).where('kind', '=', 'denies').execute());
  await loadEvents(deniers.map((d) => d.event_id));

  // Articles the subjects cite (the change's own first), and every place.
  const articles = new Map<string, Article>((change.articles ?? []).map((a) => [a.meta.value.id, { meta: a.meta.value, text: a.text }]));
  const cited = [...new Set(subjects.flatMap((e) => e.sources.map((s) => s.article)))].filter((id) => !articles.has(id));
  const articleRows = await selectIn(cited, (chunk) => tx.selectFrom('articles').select(['id', 'record', 'text']).where('id', 'in', chunk).execute());
  for (const row of articleRows) articles.set(row.id, { meta: parse<ArticleMeta>(row.record), text: row.text });

  const places = new Map((await tx.selectFrom('places').select(['id', 'record']).orderBy('position').execute()).map((r) => [r.id, parse<Place>(r.record)]));
  for (const p of change.places ?? []) places.set(p.value.id, p.value);

  const briefings = new Map((change.briefings ?? []).map((b) => [b.value.id, b.value]));
  const naming = await selectIn([...deleted], (chunk) => tx.selectFrom('briefing_events').select('briefing_id').where('event_id', 'in', chunk).execute());
  const briefingRows = await selectIn(
    [...new Set(naming.map((n) => n.briefing_id))].filter((id) => !briefings.has(id)),
    (chunk) => tx.selectFrom('briefings').select(['id', 'record']).where('id', 'in', chunk).execute(),
  );
  for (const row of briefingRows) briefings.set(row.id, briefingSchema.parse(parse(row.record)));
  // A briefing is checked against every event it names.
  await loadEvents([...briefings.values()].flatMap((b) => b.steps.flatMap((s) => [...s.cites, ...s.highlight.events])));

  const positionRows = await selectIn([...events.keys()], (chunk) => tx.selectFrom('events').select(['id', 'position']).where('id', 'in', chunk).execute());
  const dataset: Dataset = { places: [...places.values()], events: [...events.values()], articles: [...articles.values()], briefings: [...briefings.values()] };
  return {
    dataset,
    positions: new Map(positionRows.map((r) => [r.id, Number(r.position)])),
    subjects: {
      events: subjectIds,
      articles: new Set((change.articles ?? []).map((a) => a.meta.value.id)),
      briefings: new Set(briefings.keys()),
      places: (change.places ?? []).length > 0,
    },
  };
}

/** A record from a request that the schema refused: the problems, with the request as the "file". */
export function requestProblems(origin: string, record: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): DataValidationError {
  return new DataValidationError(
    issues.map((issue) => new DataFileError({ file: origin, record, field: issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || undefined }, issue.message)),
  );
}
