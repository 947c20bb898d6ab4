/** The synthetic archive: valid as data/ is, the same for the same seed, exact in its counts and mixed like the seed data. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/data/read';
import { EVENT_STATUSES, placesFileSchema, type EventRecord } from '@/lib/data/schema';
import { fixtureText } from '@/lib/testing/fixture';
import { SYNTHETIC_OUTLET, syntheticArchive } from './synthetic';
import { jsonArrayChunks, writeDatasetFolder } from './write';

const places = placesFileSchema.parse(JSON.parse(fixtureText('places.json')));
const archive = (events: number, articles: number, seed = 7) => syntheticArchive({ places, events, articles, seed });
/** The archive the mix is measured on: large enough for its shares to mean something, made once. */
let mixed: ReturnType<typeof archive> | undefined;
const mixedArchive = () => (mixed ??= archive(3000, 300, 3));

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
async function written(dataset: ReturnType<typeof archive>): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-archive-'));
  temps.push(dir);
  await writeDatasetFolder(dir, dataset);
  return dir;
}

/** Every file under `dir`, by relative path, as bytes. */
function files(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => /\.(json|txt)$/.test(n)).sort();
  return new Map(names.map((n) => [n, readFileSync(path.join(dir, n))]));
}

const share = (events: readonly EventRecord[], test: (e: EventRecord) => boolean) => events.filter(test).length / events.length;
/** The words a basis quotes: «…». */
const quoted = (basis: string) => /«([^»]+)»/.exec(basis)?.[1];

describe('syntheticArchive', () => {
  it('writes a folder that readDataset accepts and reads back as generated', async () => {
    const dataset = archive(300, 40);
    const dir = await written(dataset);
    const read = await readDataset(dir);
    expect(read.places).toEqual(places);
    expect(read.events).toEqual(dataset.events);
    expect(read.articles).toEqual(dataset.articles);
    expect(read.briefings).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'events.json'), 'utf8')).toBe(`${JSON.stringify(dataset.events, null, 2)}\n`);
    const first = dataset.articles[0]!;
    expect(readFileSync(path.join(dir, 'articles', `${first.meta.id}.json`), 'utf8')).toBe(`${JSON.stringify(first.meta, null, 2)}\n`);
    expect(readFileSync(path.join(dir, 'articles', `${first.meta.id}.txt`), 'utf8')).toBe(first.text);
  });

  it('gives the same bytes for the same seed, and others for another seed', async () => {
    const once = files(await written(archive(300, 40)));
    const again = files(await written(archive(300, 40)));
    expect(once.size).toBe(2 + 2 * 40 + 1);
    expect([...again.keys()]).toEqual([...once.keys()]);
    for (const [name, bytes] of once) expect(again.get(name)!.equals(bytes), name).toBe(true);
    const other = archive(300, 40, 8);
    expect(`${JSON.stringify(other.events, null, 2)}\n`).not.toBe(once.get('events.json')!.toString('utf8'));
    expect(other.articles.filter((a) => once.has(path.join('articles', `${a.meta.id}.txt`)))).toEqual([]);
  });

  it('makes exactly the events and articles asked for, valid at the edges too', async () => {
    for (const [events, articles] of [[0, 1], [1, 1], [2, 5], [7, 30], [301, 3]] as const) {
      const dataset = archive(events, articles);
      expect(dataset.events).toHaveLength(events);
      expect(dataset.articles).toHaveLength(articles);
      expect(new Set(dataset.events.map((e) => e.id)).size).toBe(events);
      await expect(readDataset(await written(dataset))).resolves.toBeDefined();
    }
  });

  it('numbers articles past 999 with a fourth digit', () => {
    const ids = archive(20, 1001).articles.map((a) => a.meta.id);
    expect(ids[999]).toMatch(/^999_[0-9a-f]{16}$/);
    expect(ids[1000]).toMatch(/^1000_[0-9a-f]{16}$/);
  });

  it('refuses counts it cannot honour', () => {
    expect(() => archive(10, 0)).toThrow(RangeError);
    expect(() => archive(-1, 3)).toThrow(RangeError);
    expect(() => archive(2.5, 3)).toThrow(RangeError);
  });

  it('mixes kinds, statuses, precisions and relations like the seed data, over the real places only', () => {
    const { events, articles, places: used } = mixedArchive();
    expect(used).toBe(places);
    expect(share(events, (e) => e.kind === 'movement')).toBeGreaterThan(0.4);
    expect(share(events, (e) => e.kind === 'movement')).toBeLessThan(0.5);
    for (const status of EVENT_STATUSES) expect(share(events, (e) => e.status === status), status).toBeGreaterThan(0.03);
    expect(share(events, (e) => e.date.precision === 'day')).toBeGreaterThan(0.5);
    for (const precision of ['month', 'range', 'year'] as const) expect(share(events, (e) => e.date.precision === precision), precision).toBeGreaterThan(0.01);
    expect(share(events, (e) => e.date.inferred)).toBeGreaterThan(0.1);
    expect(share(events, (e) => e.sources.length === 2)).toBeGreaterThan(0.1);
    expect(events.every((e) => e.sources.length <= 2)).toBe(true);

    const relations = events.flatMap((e) => e.relations);
    for (const kind of ['denies', 'contradicts', 'updates'] as const) expect(relations.some((r) => r.kind === kind), kind).toBe(true);
    const denied = events.filter((e) => e.status === 'denied').map((e) => e.id).sort();
    expect(relations.filter((r) => r.kind === 'denies').map((r) => r.event).sort()).toEqual(denied);

    // A plan is due after the article that reports it; a past event is dated on or before its story.
    // (Failures are collected and compared once: thousands of expect calls would cost more than the archive.)
    const published = new Map(articles.map((a) => [a.meta.id, a.meta.published.date]));
    const early = events.filter((e) => e.status === 'planned' && e.date.start <= published.get(e.sources[0]!.article)!);
    expect(early.map((e) => e.id)).toEqual([]);
    // Every place is named in the quote, by its Arabic name or an alias, and every date by the words its basis cites.
    const byId = new Map(places.map((p) => [p.id, p]));
    const unnamed = events.filter((e) => {
      const quote = e.sources[0]!.quote;
      const ids = e.kind === 'movement' ? [e.from!, ...(e.via ?? []), e.to!] : [e.place!];
      const named = ids.every((id) => [byId.get(id)!.name.ar, ...byId.get(id)!.aliases].some((name) => quote.includes(name)));
      return !named || !quote.includes(quoted(e.date.basis) ?? '«no words quoted»');
    });
    expect(unnamed.map((e) => e.id)).toEqual([]);
  });

  it('writes articles of 2–10 KB from a synthetic outlet, dated Oct 2023 – Sep 2026, some with an appended story', () => {
    const { articles } = mixedArchive();
    const odd = articles.filter(
      ({ meta, text }) =>
        meta.outlet.en !== SYNTHETIC_OUTLET.en ||
        meta.outlet.ar !== SYNTHETIC_OUTLET.ar ||
        meta.bytes < 2048 ||
        meta.bytes > 10240 ||
        meta.published.date < '2023-10-01' ||
        meta.published.date > '2026-09-30' ||
        !text.includes(quoted(meta.published.basis) ?? '«no words quoted»') ||
        !meta.parts.some((p) => p.kind === 'furniture'),
    );
    expect(odd.map((a) => a.meta.id)).toEqual([]);
    expect(articles.map((a) => a.meta.outlet.en)).toContain('Synthetic test outlet');
    const appended = articles.filter((a) => a.meta.parts.some((p) => p.kind === 'appended'));
    expect(appended.length / articles.length).toBeGreaterThan(0.1);
  });
});

describe('jsonArrayChunks', () => {
  it('joins to exactly what JSON.stringify(items, null, 2) writes, across batches', () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ id: i, nested: { list: [i, 'a\nb'], empty: [] } }));
    for (const items of [[], [1], [{ a: { b: [1, 2] } }], many]) expect([...jsonArrayChunks(items)].join('')).toBe(`${JSON.stringify(items, null, 2)}\n`);
  });
});
