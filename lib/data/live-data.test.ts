/**
 * The live data/ as the app serves it, whatever analysts have added: it validates, its texts are the
 * recorded bytes and every quote is a byte-exact substring of its article. The only test that reads
 * data/ (every other test reads the frozen fixture), so it asserts nothing about particular records.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, renderJsonSchema } from './json-schema';
import { readDataset } from './read';
import type { Dataset } from './schema';

const DATA = path.resolve('data');
let ds: Dataset;
beforeAll(async () => {
  ds = await readDataset(DATA);
});

describe('the live data/', () => {
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
