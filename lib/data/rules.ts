/**
 * Rules that span records and files, run after each file has passed its schema. Each returns the
 * problems it finds, never throws, so `npm run validate` can list them all at once.
 *
 * The store runs the same rules on each write, but only on the records the write touches (the
 * `Scope`'s subjects), with their neighbours from the store as the rest of the dataset: a write's
 * cost does not grow with the archive. Messages name where the records came from: the files of a
 * folder by default, or the request that carried them.
 */
import { createHash } from 'node:crypto';
import { firstReported } from '@/lib/time/timings';
import { DataFileError } from './errors';
import { findQuote } from './quotes';
import { PRIMARY_PLACE_IDS, type Article, type Briefing, type Dataset, type EventRecord } from './schema';

export const PLACES_FILE = 'data/places.json';
export const EVENTS_FILE = 'data/events.json';
export const articleMetaFile = (id: string) => `data/articles/${id}.json`;
export const articleTextFile = (id: string) => `data/articles/${id}.txt`;
export const briefingFile = (id: string) => `data/briefings/${id}.json`;

type Problem = DataFileError;

/** Where records come from, for messages: the files of data/ unless a write says otherwise. */
export interface Origins {
  places: string;
  events: string;
  article: (id: string) => string;
  articleText: (id: string) => string;
  briefing: (id: string) => string;
}

export const FILE_ORIGINS: Origins = { places: PLACES_FILE, events: EVENTS_FILE, article: articleMetaFile, articleText: articleTextFile, briefing: briefingFile };

/**
 * Which records to check. Without subjects, everything in the dataset is checked; with them, only
 * those records are, and the rest of the dataset serves to look things up (it must hold every place,
 * the articles the subjects cite, the events they relate to and the events that relate to them).
 */
export interface Scope {
  events?: ReadonlySet<string>;
  articles?: ReadonlySet<string>;
  briefings?: ReadonlySet<string>;
  /** Check the places as a whole (the primary ones, unique ids). */
  places?: boolean;
  origins?: Origins;
  /** An event's position in its file or store, for "record id (#n)"; its index in the dataset by default. */
  position?: (id: string) => number | undefined;
}

function duplicates<T>(items: T[], key: (item: T) => string): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const item of items) (seen.has(key(item)) ? dup : seen).add(key(item));
  return dup;
}

function checkPlaces({ places }: Dataset, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const id of duplicates(places, (p) => p.id))
    problems.push(new DataFileError({ file, record: id, field: 'id' }, 'id is used more than once'));
  const primary = new Set(places.filter((p) => p.primary).map((p) => p.id));
  for (const id of PRIMARY_PLACE_IDS)
    if (!primary.has(id))
      problems.push(new DataFileError({ file, record: id, field: 'primary' }, 'this primary place is missing or not marked primary'));
  for (const id of primary)
    if (!(PRIMARY_PLACE_IDS as readonly string[]).includes(id))
      problems.push(new DataFileError({ file, record: id, field: 'primary' }, `only ${PRIMARY_PLACE_IDS.join(', ')} are primary`));
  return problems;
}

function checkArticle({ meta, text }: Article, origins: Origins): Problem[] {
  const file = origins.article(meta.id);
  const textFile = origins.articleText(meta.id);
  const problems: Problem[] = [];
  const bytes = Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== meta.sha256)
    problems.push(new DataFileError({ file, record: meta.id, field: 'sha256' }, `${textFile} has sha256 ${sha256}; the stored text was changed`));
  if (bytes.length !== meta.bytes)
    problems.push(new DataFileError({ file, record: meta.id, field: 'bytes' }, `${textFile} has ${bytes.length} bytes, not ${meta.bytes}`));
  if (!text.includes(meta.title.ar))
    problems.push(new DataFileError({ file, record: meta.id, field: 'title.ar' }, 'the Arabic title is not found in the text'));
  // Parts tile the text: each starts where the previous ended, and the last ends at the text's end.
  let cursor = 0;
  meta.parts.forEach((part, i) => {
    if (part.start !== cursor)
      problems.push(new DataFileError({ file, record: meta.id, field: `parts[${i}].start` }, `starts at ${part.start}, expected ${cursor} (parts must tile the text in order)`));
    cursor = part.end;
  });
  if (cursor !== text.length)
    problems.push(new DataFileError({ file, record: meta.id, field: `parts[${meta.parts.length - 1}].end` }, `ends at ${cursor}, but the text has ${text.length} characters`));
  return problems;
}

/** Lookups shared by every event's checks, built once per dataset. */
interface Index {
  placeIds: ReadonlySet<string>;
  articles: ReadonlyMap<string, Article>;
  events: ReadonlyMap<string, EventRecord>;
  denied: ReadonlySet<string>;
  origins: Origins;
}

function checkEvent(event: EventRecord, index: number, { placeIds, articles, events: byId, denied, origins }: Index): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, problem: string) =>
    problems.push(new DataFileError({ file: origins.events, record: `${event.id} (#${index})`, field }, problem));

  for (const field of ['from', 'to', 'place'] as const) {
    const id = event[field];
    if (id !== undefined && !placeIds.has(id)) at(field, `unknown place "${id}"`);
  }
  event.via?.forEach((id, i) => placeIds.has(id) || at(`via[${i}]`, `unknown place "${id}"`));
  if (event.from !== undefined && event.from === event.to) at('to', 'a movement goes somewhere other than where it starts');

  event.sources.forEach((source, i) => {
    const article = articles.get(source.article);
    if (!article) return at(`sources[${i}].article`, `unknown article "${source.article}"`);
    const spans = findQuote(article.text, source.quote);
    if (spans.length === 0) return at(`sources[${i}].quote`, `not found in ${origins.articleText(source.article)} (quotes are byte-exact; mind no-break spaces)`);
    if (spans.length > 1) return at(`sources[${i}].quote`, `found ${spans.length} times in ${origins.articleText(source.article)}; quote a longer, unique passage`);
    const span = spans[0]!;
    const part = article.meta.parts.find((p) => p.start <= span.start && span.end <= p.end);
    if (!part) at(`sources[${i}].quote`, 'crosses a boundary between article parts');
    else if (part.kind === 'furniture') at(`sources[${i}].quote`, `lies in page furniture (part ${part.id}), not in a story`);
  });

  event.relations.forEach((relation, i) => {
    const target = byId.get(relation.event);
    if (!target) return at(`relations[${i}].event`, `unknown event "${relation.event}"`);
    if (target.id === event.id) return at(`relations[${i}].event`, 'an event cannot relate to itself');
    if (relation.kind === 'denies' && target.status !== 'denied')
      at(`relations[${i}].event`, `denies "${target.id}", whose status is ${target.status}, not denied`);
  });

  // A plan is a statement about the future: its window cannot close before the plan was reported.
  if (event.status === 'planned') {
    const reported = firstReported(event, (id) => articles.get(id)?.meta.published.date);
    if (reported && event.date.end < reported)
      at('date.end', `a planned event ends (${event.date.end}) before it was first reported (${reported})`);
  }
  if (event.status === 'denied' && !denied.has(event.id))
    at('status', 'a denied event needs another event (the denial) with a "denies" relation to it');
  return problems;
}

/** A briefing names only places and events that exist. */
function checkBriefing(briefing: Briefing, { placeIds, events, origins }: Index): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, problem: string) => problems.push(new DataFileError({ file: origins.briefing(briefing.id), record: briefing.id, field }, problem));
  briefing.steps.forEach((step, i) => {
    const field = `steps[${i}]`;
    if ('fit' in step.camera) step.camera.fit.forEach((id, j) => placeIds.has(id) || at(`${field}.camera.fit[${j}]`, `unknown place "${id}"`));
    step.highlight.places.forEach((id, j) => placeIds.has(id) || at(`${field}.highlight.places[${j}]`, `unknown place "${id}"`));
    step.highlight.events.forEach((id, j) => events.has(id) || at(`${field}.highlight.events[${j}]`, `unknown event "${id}"`));
    step.cites.forEach((id, j) => events.has(id) || at(`${field}.cites[${j}]`, `unknown event "${id}"`));
  });
  return problems;
}

/**
 * Every cross-record and cross-file problem in a dataset whose files each passed their schema, or,
 * with a scope, every problem of the scope's subjects.
 */
export function checkDataset(ds: Dataset, scope: Scope = {}): Problem[] {
  const origins = scope.origins ?? FILE_ORIGINS;
  const index: Index = {
    placeIds: new Set(ds.places.map((p) => p.id)),
    articles: new Map(ds.articles.map((a) => [a.meta.id, a])),
    events: new Map(ds.events.map((e) => [e.id, e])),
    denied: new Set(ds.events.flatMap((e) => e.relations.filter((r) => r.kind === 'denies').map((r) => r.event))),
    origins,
  };
  const whole = !scope.events && !scope.articles && !scope.briefings && !scope.places;
  const subject = (set: ReadonlySet<string> | undefined, id: string) => whole || (set?.has(id) ?? false);
  const position = scope.position ?? ((id: string) => undefined);
  return [
    ...(whole || scope.places ? checkPlaces(ds, origins.places) : []),
    ...[...duplicates(ds.articles, (a) => a.meta.id)].map((id) => new DataFileError({ file: origins.article(id), record: id, field: 'id' }, 'article id is used more than once')),
    ...ds.articles.filter((a) => subject(scope.articles, a.meta.id)).flatMap((a) => checkArticle(a, origins)),
    ...[...duplicates(ds.events, (e) => e.id)].map((id) => new DataFileError({ file: origins.events, record: id, field: 'id' }, 'id is used more than once')),
    ...ds.events.flatMap((e, i) => (subject(scope.events, e.id) ? checkEvent(e, position(e.id) ?? i, index) : [])),
    ...ds.briefings.filter((b) => subject(scope.briefings, b.id)).flatMap((b) => checkBriefing(b, index)),
  ];
}
