/**
 * The seed data/ as a new store is loaded from it, whatever has been added: it validates, its texts
 * are the recorded bytes, every quote is a byte-exact substring of its article, and a round trip
 * through the store gives it back byte for byte. The only test that reads data/ (every other test
 * reads the frozen fixture), so it asserts nothing about particular records.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFolder, importFolder } from '@/lib/store/folder';
import { folderBytes } from '@/lib/testing/fixture';
import { emptyStore, removeStores } from '@/lib/testing/stores';
import { JSON_SCHEMAS, renderJsonSchema } from './json-schema';
import { readDataset } from './read';
import type { Dataset } from './schema';

const DATA = path.resolve('data');
let ds: Dataset;
beforeAll(async () => {
  ds = await readDataset(DATA);
});

afterAll(removeStores);

describe('the live data/', () => {
  it('comes back byte for byte from a round trip through an empty store', async () => {
    const { store } = await emptyStore('sqlite');
    await importFolder(store, DATA, { author: 'test' });
    const out = mkdtempSync(path.join(tmpdir(), 'sitrep-roundtrip-'));
    try {
      await exportFolder(store, out);
      const want = folderBytes(DATA);
      const got = folderBytes(out);
      expect([...got.keys()]).toEqual([...want.keys()]);
      for (const [file, bytes] of want) expect(got.get(file)?.equals(bytes), file).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('passes the schema and the cross-file rules', () => {
    expect(ds.places.length).toBeGreaterThan(0);
    expect(ds.events.length).toBeGreaterThan(0);
    expect(ds.articles.length).toBeGreaterThan(0);
  });

  it('stores each article byte for byte, as its recorded sha256 says', () => {
    for (const { meta } of ds.articles) {
      const bytes = readFileSync(path.join(DATA, 'articles', `${meta.id}.txt`));
      expect(createHash('sha256').update(bytes).digest('hex'), meta.id).toBe(meta.sha256);
      expect(bytes.length, meta.id).toBe(meta.bytes);
    }
  });

  it('quotes every source byte-exactly from its stored article', () => {
    const sources = ds.events.flatMap((e) => e.sources.map((s) => ({ id: e.id, ...s })));
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      const bytes = readFileSync(path.join(DATA, 'articles', `${s.article}.txt`));
      expect(bytes.includes(Buffer.from(s.quote, 'utf8')), `${s.id}: ${s.quote.slice(0, 30)}…`).toBe(true);
    }
  });

  it('has committed JSON Schemas that match lib/data/schema.ts (run `npm run schema`)', () => {
    for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
      expect(readFileSync(path.join(DATA, 'schema', name), 'utf8'), name).toBe(renderJsonSchema(name));
    }
  });
});
