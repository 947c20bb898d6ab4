/**
 * Writes a dataset to a folder in data/'s layout (places.json, events.json, articles/<id>.txt and
 * <id>.json, briefings/<id>.json), byte for byte as data/'s files are written:
 * `JSON.stringify(value, null, 2) + '\n'` for JSON and the text as UTF-8. Used by the synthetic
 * archive's CLI and by the store's export, so both produce folders that readDataset reads back.
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * What the folder is written from: a Dataset (lib/data/schema.ts), or records of the same shape
 * that a caller keeps in its own key order; each is written as given.
 */
export interface DatasetFiles {
  places: readonly unknown[];
  events: readonly unknown[];
  articles: readonly { meta: { id: string }; text: string }[];
  briefings: readonly { id: string }[];
}

/** Array items stringified per batch: an archive's events.json is too large to build as one string. */
const BATCH = 1000;
/** Article files written at once: enough to keep the disk busy, few enough to stay under the open-file limit. */
const PARALLEL = 32;

/**
 * `JSON.stringify(items, null, 2) + '\n'`, in pieces. Each item is indented by one level, which is
 * all the whole-array form adds: a JSON string never holds a raw newline, so every '\n' in an item's
 * text is a line break of its layout.
 */
export function* jsonArrayChunks(items: readonly unknown[]): Generator<string> {
  if (items.length === 0) {
    yield '[]\n';
    return;
  }
  for (let start = 0; start < items.length; start += BATCH) {
    const body = items
      .slice(start, start + BATCH)
      .map((item) => `  ${(JSON.stringify(item, null, 2) ?? 'null').replaceAll('\n', '\n  ')}`)
      .join(',\n');
    yield `${start === 0 ? '[\n' : ',\n'}${body}`;
  }
  yield '\n]\n';
}

async function writeJsonArray(file: string, items: readonly unknown[]): Promise<void> {
  const handle = await open(file, 'w');
  try {
    for (const chunk of jsonArrayChunks(items)) await handle.write(chunk, null, 'utf8');
  } finally {
    await handle.close();
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes `dataset` into `dir`, creating it and its articles/ and briefings/ folders as needed and
 * replacing files of the same name. Files already there under other names are left alone; a caller
 * that reuses a folder clears it first.
 */
export async function writeDatasetFolder(dir: string, dataset: DatasetFiles): Promise<void> {
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  await mkdir(path.join(dir, 'briefings'), { recursive: true });
  await writeJsonArray(path.join(dir, 'places.json'), dataset.places);
  await writeJsonArray(path.join(dir, 'events.json'), dataset.events);
  for (let start = 0; start < dataset.articles.length; start += PARALLEL) {
    await Promise.all(
      dataset.articles.slice(start, start + PARALLEL).flatMap(({ meta, text }) => [
        writeFile(path.join(dir, 'articles', `${meta.id}.txt`), text, 'utf8'),
        writeFile(path.join(dir, 'articles', `${meta.id}.json`), json(meta), 'utf8'),
      ]),
    );
  }
  for (const briefing of dataset.briefings) await writeFile(path.join(dir, 'briefings', `${briefing.id}.json`), json(briefing), 'utf8');
}
