/**
 * Files in, files out: a folder in data/'s layout (places.json, events.json, articles/, briefings/)
 * loaded into the store in one transaction, all of it or none of it, and the store written back
 * out in the same layout. Records keep the JSON they came in, so the round trip is byte for byte.
 */
import path from 'node:path';
import { readFolder } from '@/lib/data/read';
import type { Dataset } from '@/lib/data/schema';
import { writeDatasetFolder } from '@/lib/archive/write';
import type { Store } from './connect';
import type { Stored } from './rows';
import { readTransaction, writeTransaction, type Tx } from './transaction';
import { applyChange, type Change, type ChangeSummary } from './write';

export interface ImportOptions {
  /** Replace records whose ids are already stored (otherwise they are refused, by id). */
  replace?: boolean;
  author: string;
  note?: string;
}

export interface ImportSummary extends ChangeSummary {
  /** Records already stored exactly as the folder has them: left alone, no new version. */
  unchanged: number;
}

const keep = <T>(value: T, raw: unknown): Stored<T> => ({ value, json: JSON.stringify(raw) });

/** A folder as the history names it: relative to the working directory, never a machine's absolute path. */
const folderName = (dir: string) => {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.basename(dir);
};

/** The folder's records as a change, each keeping the JSON of its file. */
function folderChange(dataset: Dataset, raw: Awaited<ReturnType<typeof readFolder>>['raw']): Change {
  return {
    places: dataset.places.map((p, i) => keep(p, raw.places[i])),
    events: dataset.events.map((e, i) => keep(e, raw.events[i])),
    articles: dataset.articles.map((a) => ({ meta: keep(a.meta, raw.articles.get(a.meta.id)), text: a.text })),
    briefings: dataset.briefings.map((b) => keep(b, raw.briefings.get(b.id))),
  };
}

/** Leaves out what is stored already, byte for byte: replacing it would only add a version. */
async function withoutUnchanged(tx: Tx, change: Change): Promise<{ change: Change; unchanged: number }> {
  let unchanged = 0;
  const same = async <T extends { json: string }>(table: 'places' | 'events' | 'briefings' | 'articles', items: T[], id: (item: T) => string, text?: (item: T) => string) => {
    const ids = items.map(id);
    const stored = new Map<string, { record: string; text?: string }>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = table === 'articles'
        ? await tx.selectFrom('articles').select(['id', 'record', 'text']).where('id', 'in', chunk).execute()
        : await tx.selectFrom(table).select(['id', 'record']).where('id', 'in', chunk).execute();
      for (const r of rows) stored.set(r.id, r);
    }
    return items.filter((item) => {
      const s = stored.get(id(item));
      const identical = s !== undefined && s.record === item.json && (text === undefined || s.text === text(item));
      if (identical) unchanged++;
      return !identical;
    });
  };
  const articles = await same(
    'articles',
    (change.articles ?? []).map((a) => ({ ...a, json: a.meta.json })),
    (a) => a.meta.value.id,
    (a) => a.text,
  );
  return {
    change: {
      places: await same('places', change.places ?? [], (p) => p.value.id),
      events: await same('events', change.events ?? [], (e) => e.value.id),
      articles: articles.map(({ meta, text }) => ({ meta, text })),
      briefings: await same('briefings', change.briefings ?? [], (b) => b.value.id),
    },
    unchanged,
  };
}

/** `npm run db:import -- <dir>`: validates the folder, then writes it in one transaction. */
export async function importFolder(store: Store, dir: string, options: ImportOptions): Promise<ImportSummary> {
  const { dataset, raw } = await readFolder(dir);
  const change = folderChange(dataset, raw);
  return writeTransaction(store, async (tx) => {
    const { change: todo, unchanged } = options.replace ? await withoutUnchanged(tx, change) : { change, unchanged: 0 };
    const summary = await applyChange(tx, todo, {
      author: options.author,
      note: options.note ?? `imported from ${folderName(dir)}`,
      mode: options.replace ? 'upsert' : 'create',
      replaceHint: 'Give --replace to replace stored records with the folder’s.',
    });
    return { ...summary, unchanged };
  });
}

/** Loads the seed folder into a store that holds nothing yet; does nothing to one that holds data. */
export async function seedIfEmpty(store: Store, dir: string): Promise<ImportSummary | null> {
  if (await store.db.selectFrom('places').select('id').limit(1).executeTakeFirst()) return null;
  const { dataset, raw } = await readFolder(dir);
  // Asked again inside the write: another process may have seeded it meanwhile.
  return writeTransaction(store, async (tx) => {
    const any = await tx.selectFrom('places').select('id').limit(1).executeTakeFirst();
    if (any) return null;
    return { ...(await applyChange(tx, folderChange(dataset, raw), { author: 'sitrep', note: `seeded from ${folderName(dir)}`, mode: 'create' })), unchanged: 0 };
  });
}

/** `npm run db:export -- <dir>`: the store in data/'s layout, each record as it was written. */
export async function exportFolder(store: Store, dir: string): Promise<{ places: number; events: number; articles: number; briefings: number }> {
  const dataset = await readTransaction(store, async (tx) => {
    const [places, events, articles, briefings] = await Promise.all([
      tx.selectFrom('places').select('record').orderBy('position').execute(),
      tx.selectFrom('events').select('record').orderBy('position').execute(),
      tx.selectFrom('articles').select(['record', 'text']).orderBy('id').execute(),
      tx.selectFrom('briefings').select('record').orderBy('id').execute(),
    ]);
    // Parsed and written again as they came: no schema in between, which would reorder keys.
    return {
      places: places.map((r) => JSON.parse(r.record)),
      events: events.map((r) => JSON.parse(r.record)),
      articles: articles.map((r) => ({ meta: JSON.parse(r.record), text: r.text })),
      briefings: briefings.map((r) => JSON.parse(r.record)),
    } as Dataset;
  });
  await writeDatasetFolder(dir, dataset);
  return { places: dataset.places.length, events: dataset.events.length, articles: dataset.articles.length, briefings: dataset.briefings.length };
}

