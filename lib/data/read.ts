/**
 * Reads data/ from disk and validates it: each file against its schema, then the cross-file rules.
 * Shared by `npm run validate` and the server's loader so both refuse the same data the same way.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { DataFileError, DataValidationError } from './errors';
import { EVENTS_FILE, PLACES_FILE, articleMetaFile, articleTextFile, briefingFile, checkDataset } from './rules';
import { articleMetaSchema, briefingSchema, eventsFileSchema, placesFileSchema, type Article, type Briefing, type Dataset } from './schema';

/** `sources[0].quote` from a zod path such as ['sources', 0, 'quote']. */
function fieldPath(segments: readonly PropertyKey[]): string | undefined {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : `${out ? '.' : ''}${String(s)}`;
  return out || undefined;
}

function recordLabel(raw: unknown, index: number): string {
  const id = Array.isArray(raw) ? (raw[index] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === 'string' ? `${id} (#${index})` : `#${index}`;
}

function schemaProblems(file: string, raw: unknown, error: z.ZodError, recordsAreItems: boolean, record?: string): DataFileError[] {
  return error.issues.map((issue) => {
    const [head, ...rest] = issue.path;
    if (recordsAreItems && typeof head === 'number')
      return new DataFileError({ file, record: recordLabel(raw, head), field: fieldPath(rest) }, issue.message, { cause: issue });
    return new DataFileError({ file, record, field: fieldPath(issue.path) }, issue.message, { cause: issue });
  });
}

async function readJson(dir: string, file: string, problems: DataFileError[]): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path.join(dir, file.replace(/^data\//, '')), 'utf8'));
  } catch (cause) {
    const reason = cause instanceof SyntaxError ? `is not valid JSON (${cause.message})` : 'cannot be read';
    problems.push(new DataFileError({ file }, reason, { cause }));
    return undefined;
  }
}

/**
 * The records of a folder as its files hold them, before the schema: the store keeps these (in
 * their own key order), so that exporting writes the files back byte for byte.
 */
export interface RawRecords {
  places: unknown[];
  events: unknown[];
  articles: Map<string, unknown>;
  briefings: Map<string, unknown>;
}

async function readArticles(dir: string, problems: DataFileError[], raws: Map<string, unknown>): Promise<Article[]> {
  const names = await readdir(path.join(dir, 'articles')).catch(() => [] as string[]);
  const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)).sort();
  if (ids.length === 0) problems.push(new DataFileError({ file: 'data/articles/' }, 'holds no article metadata (<id>.json)'));
  const articles: Article[] = [];
  for (const id of ids) {
    const file = articleMetaFile(id);
    const raw = await readJson(dir, file, problems);
    if (raw === undefined) continue;
    raws.set(id, raw);
    const parsed = articleMetaSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...schemaProblems(file, raw, parsed.error, false, id));
      continue;
    }
    if (parsed.data.id !== id) {
      problems.push(new DataFileError({ file, record: id, field: 'id' }, `is "${parsed.data.id}" but the file is named ${id}.json`));
      continue;
    }
    try {
      const text = await readFile(path.join(dir, 'articles', `${id}.txt`), 'utf8');
      articles.push({ meta: parsed.data, text });
    } catch (cause) {
      problems.push(new DataFileError({ file: articleTextFile(id), record: id }, 'is missing: every article needs its text', { cause }));
    }
  }
  return articles;
}

/** data/briefings/<id>.json: optional; each must be named after its id. */
async function readBriefings(dir: string, problems: DataFileError[], raws: Map<string, unknown>): Promise<Briefing[]> {
  const names = await readdir(path.join(dir, 'briefings')).catch(() => [] as string[]);
  const briefings: Briefing[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const id = name.slice(0, -'.json'.length);
    const file = briefingFile(id);
    const raw = await readJson(dir, file, problems);
    if (raw === undefined) continue;
    raws.set(id, raw);
    const parsed = briefingSchema.safeParse(raw);
    if (!parsed.success) problems.push(...schemaProblems(file, raw, parsed.error, false, id));
    else if (parsed.data.id !== id) problems.push(new DataFileError({ file, record: id, field: 'id' }, `is "${parsed.data.id}" but the file is named ${name}`));
    else briefings.push(parsed.data);
  }
  return briefings;
}

/** Reads and validates the dataset in `dir`. Throws a DataValidationError listing every problem. */
export async function readDataset(dir: string): Promise<Dataset> {
  return (await readFolder(dir)).dataset;
}

/** The validated dataset in `dir`, and its records as the files hold them. */
export async function readFolder(dir: string): Promise<{ dataset: Dataset; raw: RawRecords }> {
  const problems: DataFileError[] = [];
  const rawPlaces = await readJson(dir, PLACES_FILE, problems);
  const rawEvents = await readJson(dir, EVENTS_FILE, problems);
  const rawArticles = new Map<string, unknown>();
  const rawBriefings = new Map<string, unknown>();
  const articles = await readArticles(dir, problems, rawArticles);
  const briefings = await readBriefings(dir, problems, rawBriefings);

  const places = rawPlaces === undefined ? undefined : placesFileSchema.safeParse(rawPlaces);
  if (places && !places.success) problems.push(...schemaProblems(PLACES_FILE, rawPlaces, places.error, true));
  const events = rawEvents === undefined ? undefined : eventsFileSchema.safeParse(rawEvents);
  if (events && !events.success) problems.push(...schemaProblems(EVENTS_FILE, rawEvents, events.error, true));

  if (problems.length > 0 || !places?.success || !events?.success) throw new DataValidationError(problems);
  const dataset: Dataset = { places: places.data, events: events.data, articles, briefings };
  const crossFile = checkDataset(dataset);
  if (crossFile.length > 0) throw new DataValidationError(crossFile);
  return { dataset, raw: { places: rawPlaces as unknown[], events: rawEvents as unknown[], articles: rawArticles, briefings: rawBriefings } };
}
