/** Files in, files out: the fixture round-trips byte for byte, and an import is all or nothing. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataValidationError } from '@/lib/data/errors';
import { dataCopy, editJson, removeDataCopies } from '@/lib/testing/data-copy';
import { FIXTURE_DIR, folderBytes } from '@/lib/testing/fixture';
import { emptyStore, removeStores, testDialects } from '@/lib/testing/stores';
import { StoreConflictError } from './errors';
import { exportFolder, importFolder } from './folder';
import { readHistory, readStoreDataset, storeVersion } from './read';

const scratch: string[] = [];
afterEach(async () => {
  await removeStores();
  removeDataCopies();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.each(testDialects())('a folder in and out of the store (%s)', (dialect) => {
  it('exports what it imported, byte for byte', async () => {
    const { store } = await emptyStore(dialect);
    const summary = await importFolder(store, FIXTURE_DIR, { author: 'test' });
    expect(summary.created).toBeGreaterThan(50);
    const out = mkdtempSync(path.join(tmpdir(), 'sitrep-export-'));
    scratch.push(out);
    await exportFolder(store, out);
    const want = folderBytes(FIXTURE_DIR);
    const got = folderBytes(out);
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [file, bytes] of want) expect(got.get(file)?.equals(bytes), file).toBe(true);
  });

  it('refuses records it already holds, by id, and writes nothing', async () => {
    const { store } = await emptyStore(dialect);
    await importFolder(store, FIXTURE_DIR, { author: 'test' });
    const version = await storeVersion(store);
    const error = await importFolder(store, FIXTURE_DIR, { author: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreConflictError);
    expect((error as Error).message).toMatch(/already in the store: place ain-al-asad, .* --replace/);
    expect(await storeVersion(store)).toBe(version);
  });

  it('with --replace, leaves identical records alone and versions the changed ones', async () => {
    const { store } = await emptyStore(dialect);
    await importFolder(store, FIXTURE_DIR, { author: 'test' });
    const dir = dataCopy((d) => editJson(path.join(d, 'events.json'), (events) => (events[0].summary.en = 'A corrected summary')));
    const summary = await importFolder(store, dir, { author: 'analyst', replace: true, note: 'summary corrected' });
    expect(summary).toMatchObject({ created: 0, updated: 1 });
    const first = (await readStoreDataset(store)).events[0]!;
    expect(first.summary.en).toBe('A corrected summary');
    const history = await readHistory(store, 'event', first.id);
    expect(history!.map((r) => [r.action, r.version, r.author])).toEqual([
      ['create', 1, 'test'],
      ['update', 2, 'analyst'],
    ]);
    expect(history![1]!.fields).toEqual(['summary']);
  });

  it('imports all or nothing: a bad record anywhere refuses the folder, naming file, record and field', async () => {
    const { store } = await emptyStore(dialect);
    const dir = dataCopy((d) => editJson(path.join(d, 'events.json'), (events) => (events.at(-1).sources[0].quote = 'لا يوجد هذا النص في المقال')));
    const error = await importFolder(store, dir, { author: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataValidationError);
    expect((error as DataValidationError).problems[0]!.message).toMatch(/^data\/events\.json, record [a-z0-9-]+ \(#\d+\), field sources\[0\]\.quote: not found/);
    const ds = await readStoreDataset(store);
    expect([ds.places.length, ds.events.length, ds.articles.length]).toEqual([0, 0, 0]);
  });
});
