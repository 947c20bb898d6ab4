/**
 * The store's full-text index, kept in step with every write (`indexChange`, called by applyChange
 * in the write's own transaction) and read by `searchStore`.
 *
 * Each place, event and article passage (lib/search/search.ts says what is indexed) is one row of
 * `search_entries` with the folded forms of its words (lib/search/normalize.ts). A query word finds
 * an entry when one of the query word's forms starts one of the entry's forms, exactly as
 * `matchesQuery` does. SQLite keeps each entry's forms in one FTS5 table per kind (the ascii
 * tokenizer, so that a token is a form exactly as normalize.ts wrote it; prefix indexes for starts of
 * 1–3 characters); PostgreSQL keeps them, verbatim, as a tsvector with a GIN index per kind.
 * `search_vocab` holds every form ever indexed: a query word's starts are looked up there first, and
 * asked as the whole words they stand for.
 *
 * Order: places (primary ones first), then events, then passages. Within a kind, entries where every
 * query word is a whole word come before those where some word is only the start of one, and within
 * those, newest first: an entry's key is its day (an event's start, an article's publication),
 * newest smallest, then the order it was indexed in. Every step reads an index in key order and
 * stops at the page's end, so a page costs about the same in 1,000 events as in 100,000. A ranking
 * such as bm25 or ts_rank scores every match of every word first (100 ms and more for a common word
 * at 100k events), so it is not used.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { ArticleMeta, EventRecord, Place } from '@/lib/data/schema';
import { placeToShow } from '@/lib/reports/reports';
import { eventText, passages, placeText, queryWords, wordForms, type SearchHit, type SearchTotal } from '@/lib/search/search';
import { DAY_MS, toUtcMs } from '@/lib/time/date';
import type { Store } from './connect';
import { selectIn } from './sql';
import { readTransaction, type Tx } from './transaction';
import type { Change } from './rows';

type Kind = 'place' | 'event' | 'passage';

/** The index's tables (migrations/0002-search.ts), typed here beside the only code that uses them. */
type SearchTables = {
  search_entries: { kind: Kind; id: number; ref: string; start_offset: number | null; end_offset: number | null; terms?: unknown };
  search_places: FtsTable;
  search_events: FtsTable;
  search_passages: FtsTable;
  search_vocab: { term: string };
};
/** An FTS5 table: the forms, space-separated, under the entry's key. */
type FtsTable = { rowid: number; terms: string };
const FTS = { place: 'search_places', event: 'search_events', passage: 'search_passages' } as const;

const searchDb = (tx: Tx) => tx.withTables<SearchTables>();
type SearchDb = ReturnType<typeof searchDb>;

/** Which database a transaction talks to: Kysely writes a parameter as `$1` for PostgreSQL, `?` for SQLite. */
const isPostgres = (db: SearchDb) => sql`${0}`.compile(db).sql === '$1';

// Keys: (LAST_DAY − day) · DAY_SPAN + the entry's place in its day, so that newer days sort first.
const DAY_SPAN = 2 ** 24;
const EPOCH = Date.parse('0000-01-01T00:00:00Z');
const LAST_DAY = Math.round((toUtcMs('9999-12-31') - EPOCH) / DAY_MS) + 1;
const dayBase = (isoDate: string) => (LAST_DAY - Math.round((toUtcMs(isoDate) - EPOCH) / DAY_MS)) * DAY_SPAN;

/** What the index holds for one record before it has its key. */
interface Pending {
  kind: Kind;
  ref: string;
  /** Places: their position; others: the base of their day. */
  base: number;
  forms: string[];
  span?: { start: number; end: number };
}

/** Rows per insert: far under both databases' limits on bound values. */
const ROWS_PER_INSERT = 1000;
/** Pieces of text whose forms are remembered during one batch, at most. */
const MEMO_LIMIT = 200_000;

/** Brings the index in step with a change applied in the same transaction. */
export async function indexChange(tx: Tx, change: Change): Promise<void> {
  const db = searchDb(tx);
  const places = change.places ?? [];
  const events = change.events ?? [];
  const articles = change.articles ?? [];
  await remove(db, 'place', places.map((p) => p.value.id));
  await remove(db, 'event', [...events.map((e) => e.value.id), ...(change.deleteEvents ?? [])]);
  await remove(db, 'passage', articles.map((a) => a.meta.value.id));
  const batch = new Batch(db);
  await batch.places(places.map((p) => p.value));
  for (let i = 0; i < events.length; i += EVENTS_PER_BATCH) await batch.events(events.slice(i, i + EVENTS_PER_BATCH).map((e) => e.value));
  for (let i = 0; i < articles.length; i += ARTICLES_PER_BATCH)
    await batch.articles(articles.slice(i, i + ARTICLES_PER_BATCH).map((a) => ({ meta: a.meta.value, text: a.text })));
  await batch.finish();
}

/** Indexes every record stored, from scratch: for a store that held data before the index existed. */
export async function rebuildSearchIndex(tx: Tx): Promise<void> {
  const db = searchDb(tx);
  await db.deleteFrom('search_entries').execute();
  await db.deleteFrom('search_vocab').execute();
  if (!isPostgres(db)) for (const table of Object.values(FTS)) await fts5Command(db, table, 'delete-all');
  const batch = new Batch(db);
  await batch.places((await tx.selectFrom('places').select('record').execute()).map((r) => JSON.parse(r.record) as Place));
  // A batch at a time, so that a large archive is never in memory whole.
  for (let after = -1; ; ) {
    const rows = await tx.selectFrom('events').select(['position', 'record']).where('position', '>', after).orderBy('position').limit(EVENTS_PER_BATCH).execute();
    if (rows.length === 0) break;
    await batch.events(rows.map((r) => JSON.parse(r.record) as EventRecord));
    after = Number(rows.at(-1)!.position);
  }
  for (let after = ''; ; ) {
    const rows = await tx.selectFrom('articles').select(['id', 'record', 'text']).where('id', '>', after).orderBy('id').limit(ARTICLES_PER_BATCH).execute();
    if (rows.length === 0) break;
    await batch.articles(rows.map((r) => ({ meta: JSON.parse(r.record) as ArticleMeta, text: r.text })));
    after = rows.at(-1)!.id;
  }
  await batch.finish();
}

const EVENTS_PER_BATCH = 5000;
const ARTICLES_PER_BATCH = 500;
/**
 * SQLite: after a write that indexed this many entries of a kind (an import), its FTS5 table is
 * merged into one segment. A bulk load leaves dozens, and a query of several common words then
 * reads each of them: 5–10 times slower at 100k events. Small writes are merged as they go.
 */
const OPTIMIZE_AFTER = 10_000;

const fts5Command = (db: SearchDb, table: string, command: 'delete-all' | 'optimize') => sql`insert into ${sql.table(table)} (${sql.ref(table)}) values (${command})`.execute(db);

/** Records indexed a batch at a time, sharing what folding one piece of text gave (wordForms' memo). */
class Batch {
  private readonly memo = new Map<string, readonly string[]>();
  private readonly added: Record<Kind, number> = { place: 0, event: 0, passage: 0 };
  private readonly next: Record<Kind, Map<number, number>> = { place: new Map(), event: new Map(), passage: new Map() };
  constructor(private readonly db: SearchDb) {}

  private async add(pending: Pending[]): Promise<void> {
    const kind = pending[0]?.kind;
    if (kind === undefined) return;
    this.added[kind] += pending.length;
    await add(this.db, pending, this.next[kind]);
  }

  async finish(): Promise<void> {
    if (isPostgres(this.db)) return;
    for (const kind of Object.keys(this.added) as Kind[]) if (this.added[kind] >= OPTIMIZE_AFTER) await fts5Command(this.db, FTS[kind], 'optimize');
  }

  private forms(text: string): string[] {
    if (this.memo.size > MEMO_LIMIT) this.memo.clear();
    return wordForms(text, this.memo);
  }

  async places(places: Place[]): Promise<void> {
    const rows = await selectIn(places.map((p) => p.id), (chunk) => this.db.selectFrom('places').select(['id', 'position']).where('id', 'in', chunk).execute());
    const positions = new Map(rows.map((r) => [r.id, Number(r.position)]));
    await this.add(places.map((p) => ({ kind: 'place', ref: p.id, base: positions.get(p.id)!, forms: this.forms(placeText(p)) })));
  }

  async events(events: EventRecord[]): Promise<void> {
    await this.add(events.map((e) => ({ kind: 'event', ref: e.id, base: dayBase(e.date.start), forms: this.forms(eventText(e)) })));
  }

  async articles(articles: { meta: ArticleMeta; text: string }[]): Promise<void> {
    const base = (meta: ArticleMeta) => dayBase(meta.published.date);
    await this.add(
      articles.flatMap(({ meta, text }) => passages(meta, text).map((span): Pending => ({ kind: 'passage', ref: meta.id, base: base(meta), forms: this.forms(text.slice(span.start, span.end)), span }))),
    );
  }
}

async function remove(db: SearchDb, kind: Kind, refs: string[]): Promise<void> {
  await selectIn(refs, async (chunk) => {
    if (!isPostgres(db)) {
      const ids = await db.selectFrom('search_entries').select('id').where('kind', '=', kind).where('ref', 'in', chunk).execute();
      for (let i = 0; i < ids.length; i += ROWS_PER_INSERT)
        await db.deleteFrom(FTS[kind]).where('rowid', 'in', ids.slice(i, i + ROWS_PER_INSERT).map((r) => Number(r.id))).execute();
    }
    await db.deleteFrom('search_entries').where('kind', '=', kind).where('ref', 'in', chunk).execute();
    return [];
  });
}

/**
 * Gives each entry (all of one kind) the next key of its day (places: their position), then writes
 * them. `next` holds each day's next key as far as this change has read or used it.
 */
async function add(db: SearchDb, all: Pending[], next: Map<number, number>): Promise<void> {
  const pending = all.filter((p) => p.forms.length > 0);
  const kind = pending[0]?.kind;
  if (kind === undefined) return;
  const postgres = isPostgres(db);
  if (kind !== 'place') {
    const days = [...new Set(pending.map((p) => p.base))].filter((base) => !next.has(base));
    for (const base of days) next.set(base, base);
    const day = sql<number>`${sql.ref('id')} / ${sql.lit(DAY_SPAN)}`;
    await selectIn(days.map(String), async (chunk) => {
      const last = await db
        .selectFrom('search_entries')
        .select([day.as('day'), (eb) => eb.fn.max('id').as('last')])
        .where('kind', '=', kind)
        .where((eb) => eb.or(chunk.map((base) => eb.and([eb('id', '>=', Number(base)), eb('id', '<', Number(base) + DAY_SPAN)]))))
        .groupBy(day)
        .execute();
      for (const row of last) next.set(Number(row.day) * DAY_SPAN, Number(row.last) + 1);
      return [];
    });
  }
  const rows = pending.map((p) => {
    if (kind === 'place') return { p, id: p.base };
    const id = next.get(p.base)!;
    if (id - p.base >= DAY_SPAN) throw new Error(`the search index already holds ${DAY_SPAN} ${kind}s of one day`);
    next.set(p.base, id + 1);
    return { p, id };
  });
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT);
    await db
      .insertInto('search_entries')
      .values(
        batch.map(({ p, id }) => ({
          kind,
          id,
          ref: p.ref,
          start_offset: p.span?.start ?? null,
          end_offset: p.span?.end ?? null,
          ...(postgres ? { terms: sql`array_to_tsvector(${p.forms}::text[])` } : {}),
        })),
      )
      .execute();
    if (!postgres) await db.insertInto(FTS[kind]).values(batch.map(({ p, id }) => ({ rowid: id, terms: p.forms.join(' ') }))).execute();
  }
  const terms = new Set<string>();
  for (const p of pending) for (const form of p.forms) terms.add(form);
  const list = [...terms];
  for (let i = 0; i < list.length; i += ROWS_PER_INSERT)
    await db
      .insertInto('search_vocab')
      .values(list.slice(i, i + ROWS_PER_INSERT).map((term) => ({ term })))
      .onConflict((oc) => oc.column('term').doNothing())
      .execute();
}

// ---- Reading --------------------------------------------------------------------------------

export const SEARCH_LIMIT = { default: 20, max: 50 } as const;
/** Matches are counted up to this many; past it the total says "1,000+". */
export const SEARCH_TOTAL_CAP = 1000;

export interface SearchPage {
  items: SearchHit[];
  /** The cursor of the page after this one; null on the last page. */
  next: string | null;
  total: SearchTotal;
}

/** A cursor that is not one this server gave out. */
export class SearchCursorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchCursorError';
  }
}

/** After the places, each kind is read in two tiers: whole words (0), then starts of words only (1). */
const SEGMENTS = ['event-0', 'event-1', 'passage-0', 'passage-1'] as const;
type Segment = (typeof SEGMENTS)[number];
/** Where the next page starts: an offset among the matching places, or the last key read in a segment. */
type Cursor = { segment: 'place'; offset: number } | { segment: Segment; after: number };

const encodeCursor = (c: Cursor) => Buffer.from(`${c.segment}:${c.segment === 'place' ? c.offset : c.after}`).toString('base64url');

function decodeCursor(cursor: string): Cursor {
  const m = /^(place|event-[01]|passage-[01]):(\d{1,16})$/.exec(Buffer.from(cursor, 'base64url').toString());
  const n = Number(m?.[2]);
  if (!m || !Number.isSafeInteger(n)) throw new SearchCursorError('cursor is not one that a search answer gave');
  return m[1] === 'place' ? { segment: 'place', offset: n } : { segment: m[1] as Segment, after: n };
}

/** One entry found, with the cursor that resumes after it. */
interface Found {
  cursor: Cursor;
  kind: Kind;
  ref: string;
  start: number | null;
  end: number | null;
}

const NOTHING: SearchPage = { items: [], next: null, total: { count: 0, more: false } };

/**
 * Places, events and article passages matching `query`, a page at a time: `limit` of them (1–50,
 * 20 by default) from where `cursor` (the last page's `next`) left off.
 */
export async function searchStore(store: Store, query: string, options: { limit?: number; cursor?: string } = {}): Promise<SearchPage> {
  const limit = options.limit ?? SEARCH_LIMIT.default;
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_LIMIT.max) throw new RangeError(`limit must be a whole number from 1 to ${SEARCH_LIMIT.max}`);
  const from: Cursor = options.cursor ? decodeCursor(options.cursor) : { segment: 'place', offset: 0 };
  const words = queryWords(query);
  if (words.length === 0) return NOTHING;
  return readTransaction(store, async (tx) => {
    const db = searchDb(tx);
    const match = await matcher(db, words);
    if (!match) return NOTHING;

    const places = await matchingPlaces(db, match);
    const found: Found[] = [];
    const wanted = limit + 1; // one more than the page, to know whether another follows
    if (from.segment === 'place') found.push(...places.slice(from.offset, from.offset + wanted).map((p, i): Found => ({ ...p, cursor: { segment: 'place', offset: from.offset + i + 1 } })));
    for (const segment of SEGMENTS.slice(from.segment === 'place' ? 0 : SEGMENTS.indexOf(from.segment))) {
      if (found.length >= wanted) break;
      if (!match.tiers[segment.endsWith('-0') ? 'whole' : 'start']) continue;
      found.push(...(await segmentRows(db, match, segment, from.segment === segment ? from.after : undefined, wanted - found.length)));
    }

    // A first page that holds every match has counted them already.
    let counted = places.length;
    if (from.segment === 'place' && from.offset === 0 && found.length < wanted) counted = found.length;
    else for (const kind of ['event', 'passage'] as const) if (counted <= SEARCH_TOTAL_CAP) counted += await countUpTo(db, match, kind, SEARCH_TOTAL_CAP + 1 - counted);
    const page = found.slice(0, limit);
    return {
      items: await hits(tx, page),
      next: found.length > limit ? encodeCursor(page.at(-1)!.cursor) : null,
      total: counted > SEARCH_TOTAL_CAP ? { count: SEARCH_TOTAL_CAP, more: true } : { count: counted, more: false },
    };
  });
}

/** A query as the database asks it: every word as a whole word, as the start of a word only, or either. */
interface Matcher {
  /** Which tiers can hold anything, as the vocabulary says. */
  tiers: { whole: boolean; start: boolean };
  condition(kind: Kind, tier: 'whole' | 'start' | 'any'): Expression<SqlBool>;
}

/** FTS5 prefix indexes cover starts of up to this many characters (prefix='1 2 3' in 0002-search.ts). */
const PREFIX_INDEXED = 3;
/** A start standing for more whole words than this is searched as a prefix. */
const MAX_EXPANSION = 64;

const all = (groups: string[][], or: string, and: string) => groups.map((g) => `(${g.join(or)})`).join(and);

/** The words of the vocabulary each form starts (at most MAX_EXPANSION + 1 of them), in one query. */
async function completions(db: SearchDb, forms: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>(forms.map((f) => [f, []]));
  const lookup = (form: string, i: number) =>
    db
      .selectFrom(db.selectFrom('search_vocab').select('term').where('term', '>=', form).where('term', '<', `${form}\u{10FFFF}`).limit(MAX_EXPANSION + 1).as('v'))
      .select(['v.term', sql<number>`${sql.lit(i)}`.as('form')]);
  // SQLite takes at most 500 selects in one compound statement.
  for (let i = 0; i < forms.length; i += 200) {
    const rows = await forms.slice(i, i + 200).map((form, j) => lookup(form, i + j)).reduce((a, b) => a.unionAll(b)).execute();
    for (const row of rows) found.get(forms[Number(row.form)]!)!.push(row.term);
  }
  return found;
}

/**
 * The query's conditions, from the vocabulary: each form stands for the words it starts, asked as
 * those whole words when there are few (FTS5 reads a whole word's rows lazily but a prefix's all at
 * once; PostgreSQL estimates a whole word's rows better), else as a prefix; on SQLite a start of 1–3
 * characters is a prefix index's one word. Null when some query word starts no word indexed.
 */
async function matcher(db: SearchDb, words: string[][]): Promise<Matcher | null> {
  const postgres = isPostgres(db);
  const exact = postgres ? (form: string) => `'${form.replace(/\\/g, '\\\\').replace(/'/g, "''")}'` : (form: string) => `"${form.replace(/"/g, '""')}"`;
  const prefix = (form: string) => (postgres ? `${exact(form)}:*` : `${exact(form)}*`);
  const vocabulary = await completions(db, [...new Set(words.flat())]);
  const tiers = { whole: true, start: false };
  const wholeGroups: string[][] = [];
  const anyGroups: string[][] = [];
  for (const forms of words) {
    const whole = new Set<string>();
    const any = new Set<string>();
    for (const form of forms) {
      const terms = vocabulary.get(form)!;
      if (terms.includes(form)) whole.add(exact(form));
      if (terms.some((t) => !forms.includes(t))) tiers.start = true;
      if (terms.length === 0) continue;
      if (terms.length > MAX_EXPANSION || (!postgres && [...form].length <= PREFIX_INDEXED)) any.add(prefix(form));
      else for (const term of terms) any.add(exact(term));
    }
    if (any.size === 0) return null;
    if (whole.size === 0) tiers.whole = false;
    wholeGroups.push([...whole]);
    anyGroups.push([...any]);
  }
  const [or, and, not] = postgres ? [' | ', ' & ', ' & !'] : [' OR ', ' AND ', ' NOT '];
  const any = all(anyGroups, or, and);
  const whole = tiers.whole ? all(wholeGroups, or, and) : null;
  const text = { whole: whole ?? any, start: whole ? `(${any})${not}(${whole})` : any, any };
  return {
    tiers,
    condition: (kind, tier) => (postgres ? sql<SqlBool>`${sql.ref('terms')} @@ ${text[tier]}::tsquery` : sql<SqlBool>`${sql.ref(FTS[kind])} match ${text[tier]}`),
  };
}

/** Rows of one segment in key order after `after`, at most `limit`. */
async function segmentRows(db: SearchDb, match: Matcher, segment: Segment, after: number | undefined, limit: number): Promise<Found[]> {
  const [kind, tierNo] = segment.split('-') as ['event' | 'passage', '0' | '1'];
  const condition = match.condition(kind, tierNo === '0' ? 'whole' : 'start');
  const entry = ['search_entries.id', 'search_entries.ref', 'search_entries.start_offset', 'search_entries.end_offset'] as const;
  const rows = isPostgres(db)
    ? await db
        .selectFrom('search_entries')
        .select(entry)
        .where('kind', '=', kind)
        .where(condition)
        .$if(after !== undefined, (q) => q.where('id', '>', after!))
        .orderBy('id')
        .limit(limit)
        .execute()
    : await db
        .selectFrom(FTS[kind])
        .innerJoin('search_entries', (join) => join.on('search_entries.kind', '=', kind).onRef('search_entries.id', '=', `${FTS[kind]}.rowid`))
        .select(entry)
        .where(condition)
        .$if(after !== undefined, (q) => q.where(`${FTS[kind]}.rowid`, '>', after!))
        .orderBy(`${FTS[kind]}.rowid`)
        .limit(limit)
        .execute();
  return rows.map((r) => ({ cursor: { segment, after: Number(r.id) }, kind, ref: r.ref, start: r.start_offset, end: r.end_offset }));
}

/** Every matching place: primary ones first, then whole-word matches, then in the order of places.json. */
async function matchingPlaces(db: SearchDb, match: Matcher): Promise<Omit<Found, 'cursor'>[]> {
  const keys = async (tier: 'whole' | 'any') =>
    isPostgres(db)
      ? (await db.selectFrom('search_entries').select('id').where('kind', '=', 'place').where(match.condition('place', tier)).execute()).map((r) => Number(r.id))
      : (await db.selectFrom(FTS.place).select('rowid').where(match.condition('place', tier)).execute()).map((r) => Number(r.rowid));
  const matching = await keys('any');
  if (matching.length === 0) return [];
  const whole = new Set(match.tiers.whole ? await keys('whole') : []);
  const rows = await selectIn(matching.map(String), (chunk) => db.selectFrom('places').select(['id', 'position', 'is_primary']).where('position', 'in', chunk.map(Number)).execute());
  return rows
    .map((r) => ({ ref: r.id, primary: Number(r.is_primary), tier: whole.has(Number(r.position)) ? 0 : 1, position: Number(r.position) }))
    .sort((a, b) => b.primary - a.primary || a.tier - b.tier || a.position - b.position)
    .map((p) => ({ kind: 'place', ref: p.ref, start: null, end: null }));
}

async function countUpTo(db: SearchDb, match: Matcher, kind: 'event' | 'passage', cap: number): Promise<number> {
  // In key order: PostgreSQL then reads a common word's rows in the key's index until it has enough.
  const matching = isPostgres(db)
    ? db.selectFrom('search_entries').select('id').where('kind', '=', kind).where(match.condition(kind, 'any')).orderBy('id').limit(cap)
    : db.selectFrom(FTS[kind]).select('rowid as id').where(match.condition(kind, 'any')).orderBy('rowid').limit(cap);
  const row = await db.selectFrom(matching.as('m')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The records behind the entries found, as results. */
async function hits(tx: Tx, found: Found[]): Promise<SearchHit[]> {
  const refs = (kind: Kind) => [...new Set(found.filter((f) => f.kind === kind).map((f) => f.ref))];
  const [places, events, articles, primary] = await Promise.all([
    selectIn(refs('place'), (chunk) => tx.selectFrom('places').select(['id', 'record']).where('id', 'in', chunk).execute()),
    selectIn(refs('event'), (chunk) => tx.selectFrom('events').select(['id', 'record']).where('id', 'in', chunk).execute()),
    selectIn(refs('passage'), (chunk) => tx.selectFrom('articles').select(['id', 'record', 'text']).where('id', 'in', chunk).execute()),
    refs('event').length > 0 ? tx.selectFrom('places').select('id').where('is_primary', '=', 1).execute() : [],
  ]);
  const placeById = new Map(places.map((r) => [r.id, JSON.parse(r.record) as Place]));
  const eventById = new Map(events.map((r) => [r.id, JSON.parse(r.record) as EventRecord]));
  const articleById = new Map(articles.map((r) => [r.id, { meta: JSON.parse(r.record) as ArticleMeta, text: r.text }]));
  const primaryIds = new Set(primary.map((r) => r.id));
  // The index is written in the same transaction as the records, so each entry has its record.
  return found.map((f): SearchHit => {
    if (f.kind === 'place') {
      const p = placeById.get(f.ref)!;
      return { kind: 'place', id: p.id, name: p.name, primary: p.primary };
    }
    if (f.kind === 'event') {
      const e = eventById.get(f.ref)!;
      return { kind: 'event', id: e.id, summary: e.summary, date: e.date, placeId: placeToShow(e, primaryIds) };
    }
    const { meta, text } = articleById.get(f.ref)!;
    const [start, end] = [f.start!, f.end!];
    const part = meta.parts.find((p) => p.start <= start && end <= p.end);
    return { kind: 'passage', articleId: meta.id, title: meta.title, start, end, text: text.slice(start, end), appended: part?.kind === 'appended' };
  });
}
