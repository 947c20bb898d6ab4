// `npm run eval:ingest`: runs ingest's drafting on the five seed articles and compares the drafts
// with the curated data/events.json, then on the synthetic test articles in lib/ingest/fixtures/
// against their hand labels. Prints the table and writes it to docs/ingest.md.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readDataset } from '@/lib/data/read';
import type { EventRecord } from '@/lib/data/schema';
import { draftEvents, type DraftEvent } from '@/lib/ingest/draft';
import { writeSection } from './measure/local';
import { exactQuotes, fromToScore, placeDateScore, total, type Score } from '@/lib/ingest/evaluate';

interface Row {
  name: string;
  drafts: DraftEvent[];
  curated: EventRecord[];
  exact: number;
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const f = (x: number) => x.toFixed(2);
const cells = (s: Score) => `${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)}`;

async function main() {
  const ds = await readDataset(path.resolve('data'));
  const seed: Row[] = ds.articles.map(({ meta, text }) => {
    const { events } = draftEvents(text, { date: meta.published.date, inferred: meta.published.inferred, basis: meta.published.basis }, ds.places);
    return { name: meta.id, drafts: events, curated: ds.events.filter((e) => e.sources.some((s) => s.article === meta.id)), exact: exactQuotes(text, events) };
  });
  const dir = path.resolve('lib/ingest/fixtures');
  const fixtures: Row[] = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => {
      const name = n.slice(0, -4);
      const text = readFileSync(path.join(dir, n), 'utf8');
      const labels = JSON.parse(readFileSync(path.join(dir, `${name}.labels.json`), 'utf8')) as { published: string; events: EventRecord[] };
      const { events } = draftEvents(text, { date: labels.published, inferred: false, basis: 'label' }, ds.places);
      return { name, drafts: events, curated: labels.events, exact: exactQuotes(text, events) };
    });

  const table = (title: string, rows: Row[]) => {
    const all = { drafts: rows.flatMap((r) => r.drafts), curated: rows.flatMap((r) => r.curated) };
    const pairs = total(rows.map((r) => placeDateScore(r.drafts, r.curated)));
    const ends = total(rows.map((r) => fromToScore(r.drafts, r.curated)));
    const lines = [
      `### ${title}`,
      '',
      '| Article | drafts | curated | (place, date) P | R | F1 | movement from→to P | R | F1 | exact quotes |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map((r) => `| ${r.name} | ${r.drafts.length} | ${r.curated.length} | ${cells(placeDateScore(r.drafts, r.curated))} | ${cells(fromToScore(r.drafts, r.curated))} | ${pct(r.exact)} |`),
      `| **all** | ${all.drafts.length} | ${all.curated.length} | ${cells(pairs)} | ${cells(ends)} | ${pct(rows.reduce((n, r) => n + r.exact * r.drafts.length, 0) / Math.max(1, all.drafts.length))} |`,
      '',
    ];
    return { lines, pairs };
  };
  const seedTable = table('Seed articles against data/events.json', seed);
  const fixtureTable = table('Synthetic test articles against their hand labels (lib/ingest/fixtures/)', fixtures);
  const results = [...seedTable.lines, ...fixtureTable.lines].join('\n');
  console.log(results);

  writeSection(path.resolve('docs/ingest.md'), 'eval', results);
  console.log(`(place, date) F1 on the seed articles: ${seedTable.pairs.f1.toFixed(3)}; wrote docs/ingest.md`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
