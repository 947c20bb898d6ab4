/**
 * The briefings, and what a briefing's pages read of the archive: the events its steps name and the
 * articles they cite, the outlets behind what each step's date shows (the sources footer), and the
 * events added since the presentation opened. A few small queries, whatever the archive's size.
 */
import type { ArticleMeta, Briefing, EventRecord } from '@/lib/data/schema';
import type { Store } from './connect';
import { eventsById } from './lists';
import { readVersioned } from './read';
import { selectIn } from './sql';
import { storeError } from './transaction';

export async function readBriefings(store: Store): Promise<Briefing[]> {
  try {
    return (await store.db.selectFrom('briefings').select('record').orderBy('id').execute()).map((r) => JSON.parse(r.record) as Briefing);
  } catch (error) {
    throw storeError(store, error);
  }
}

export async function readBriefing(store: Store, id: string): Promise<{ briefing: Briefing; version: number } | null> {
  const found = await readVersioned<Briefing>(store, 'briefings', id);
  return found && { briefing: found.record, version: found.version };
}

/** The sources footer of a step: the first articles (oldest first) and how many there are in all. */
export interface StepSources {
  articles: ArticleMeta[];
  total: number;
}

export interface BriefingContext {
  /** The events that the steps cite or highlight. */
  events: EventRecord[];
  /** The articles that those events cite. */
  articles: ArticleMeta[];
  /** For each step, the articles behind what its date shows: its own events and every event whose dates cover its day. */
  steps: StepSources[];
  /** The newest change in the store's history: "new since" counts from here. */
  mark: number;
  /** Events added after `since` (a mark), newest last; the first FRESH_LIMIT of them. */
  fresh: EventRecord[];
}

/** How many articles a step's footer names; the rest are counted. */
export const STEP_SOURCES = 12;
const FRESH_LIMIT = 20;

const stepDay = (step: Briefing['steps'][number]) => step.date.end ?? step.date.start;

async function articlesOf(store: Store, ids: readonly string[]): Promise<ArticleMeta[]> {
  const rows = await selectIn([...new Set(ids)], (chunk) => store.db.selectFrom('articles').select(['id', 'record', 'published']).where('id', 'in', chunk).execute());
  return rows.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id)).map((r) => JSON.parse(r.record) as ArticleMeta);
}

/** The articles cited by the step's own events or by any event whose dates cover its day. */
async function stepSources(store: Store, day: string, own: readonly string[]): Promise<StepSources> {
  const cited = store.db
    .selectFrom('sources')
    .innerJoin('events', 'events.id', 'sources.event_id')
    .select('sources.article_id')
    .where((eb) => eb.or([eb.and([eb('events.date_start', '<=', day), eb('events.date_end', '>=', day)]), ...(own.length > 0 ? [eb('events.id', 'in', [...own])] : [])]));
  const inStep = store.db.selectFrom('articles').where('articles.id', 'in', cited);
  const [rows, count] = await Promise.all([
    inStep.select('record').orderBy('published').orderBy('id').limit(STEP_SOURCES).execute(),
    inStep.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { articles: rows.map((r) => JSON.parse(r.record) as ArticleMeta), total: Number(count.n) };
}

export async function briefingContext(store: Store, briefing: Briefing, since: number | null = null): Promise<BriefingContext> {
  try {
    const named = [...new Set(briefing.steps.flatMap((s) => [...s.cites, ...s.highlight.events]))];
    const [events, steps, last, added] = await Promise.all([
      eventsById(store, named),
      Promise.all(briefing.steps.map((s) => stepSources(store, stepDay(s), [...s.cites, ...s.highlight.events]))),
      store.db.selectFrom('revisions').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst(),
      since === null
        ? []
        : store.db
            .selectFrom('revisions')
            .select('entity_id')
            .where('entity', '=', 'event')
            .where('action', '=', 'create')
            .where('id', '>', since)
            .orderBy('id')
            .limit(FRESH_LIMIT)
            .execute(),
    ]);
    const fresh = await eventsById(store, added.map((r) => r.entity_id));
    return { events, articles: await articlesOf(store, events.flatMap((e) => e.sources.map((s) => s.article))), steps, mark: Number(last?.id ?? 0), fresh };
  } catch (error) {
    throw storeError(store, error);
  }
}
