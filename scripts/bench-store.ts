/**
 * `npm run bench:store [-- --sizes=1000,100000]`: the store's import and accept, on SQLite and on
 * PostgreSQL (a throwaway server, as the tests start one), for synthetic archives of 1k and 100k
 * events. Each figure is also given as a ratio to the same at 1k events in the same run; the machines
 * are shared, so only the ratios mean much. Writes the store section of docs/benchmarks.md. Not part
 * of CI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticArchive } from '@/lib/archive/synthetic';
import { writeDatasetFolder } from '@/lib/archive/write';
import { placesFileSchema } from '@/lib/data/schema';
import { openStore, type Dialect, type Store } from '@/lib/store/connect';
import { acceptDraft, createDraft, saveDraft } from '@/lib/store/drafts';
import { importFolder } from '@/lib/store/folder';
import { migrateToLatest } from '@/lib/store/migrate';
import { review, variant } from '@/lib/testing/drafts';
import { Client } from 'pg';
import { writeSection } from './measure/local';

const ROOT = path.resolve(import.meta.dirname, '..');
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const SIZES = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : [1_000, 100_000];
/** Accepts timed per store; the median is reported. */
const ACCEPTS = 7;
const ACCEPT_TARGET = 1.5;

const log = (line: string) => process.stdout.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

/** The median time of one accept into the store as it stands. */
async function timeAccepts(store: Store): Promise<number> {
  const times: number[] = [];
  for (let n = 0; n < ACCEPTS; n++) {
    const draft = await createDraft(store, { bytes: variant(n), name: `bench-${n}.txt`, author: 'bench' });
    await saveDraft(store, draft.id, review(draft.draft, n), { author: 'bench', expectedVersion: 1 });
    const started = performance.now();
    await acceptDraft(store, draft.id, { author: 'bench' });
    times.push(performance.now() - started);
  }
  return median(times);
}

interface Row {
  dialect: Dialect;
  events: number;
  importMs: number;
  acceptMs: number;
}

/** A throwaway PostgreSQL server, as the tests start one; null where PostgreSQL is not installed. */
function startPostgres(): { url: string; stop: () => void } | null {
  const result = spawnSync('bash', ['-c', 'bash scripts/postgres-test-server.sh 3>&1'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    log(`PostgreSQL not started (${result.stderr.trim()}): SQLite only.`);
    return null;
  }
  const [url, dir] = result.stdout.trim().split('\n');
  return { url: url!, stop: () => spawnSync('bash', ['scripts/postgres-test-server.sh', 'stop', dir!], { cwd: ROOT }) };
}

async function emptyStore(dialect: Dialect, scratch: string, admin: string | undefined, n: number): Promise<Store> {
  if (dialect === 'sqlite') return openStore({ dialect: 'sqlite', file: path.join(scratch, `bench-${n}.sqlite`) });
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database bench_${n}`);
  await client.end();
  const url = new URL(admin!);
  url.pathname = `/bench_${n}`;
  return openStore({ dialect: 'postgres', url: url.toString() });
}

async function main() {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'sitrep-bench-store-'));
  const postgres = startPostgres();
  const rows: Row[] = [];
  try {
    const places = placesFileSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'data/places.json'), 'utf8')));
    const folders = new Map<number, string>();
    for (const events of SIZES) {
      const dir = path.join(scratch, `archive-${events}`);
      log(`writing a synthetic archive of ${events.toLocaleString('en-GB')} events…`);
      await writeDatasetFolder(dir, syntheticArchive({ places, events, articles: Math.max(10, Math.round(events / 10)), seed: 7 }));
      folders.set(events, dir);
    }
    let n = 0;
    for (const dialect of postgres ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const)) {
      for (const events of SIZES) {
        const store = await emptyStore(dialect, scratch, postgres?.url, ++n);
        await migrateToLatest(store);
        log(`${dialect}, ${events.toLocaleString('en-GB')} events: import…`);
        const started = performance.now();
        await importFolder(store, folders.get(events)!, { author: 'bench' });
        const importMs = performance.now() - started;
        log(`  import ${seconds(importMs)} s; accepts…`);
        const acceptMs = await timeAccepts(store);
        log(`  accept ${acceptMs.toFixed(0)} ms (median of ${ACCEPTS})`);
        rows.push({ dialect, events, importMs, acceptMs });
        await store.close();
      }
    }
  } finally {
    postgres?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }

  const base = (dialect: Dialect) => rows.find((r) => r.dialect === dialect && r.events === SIZES[0]);
  const table = [
    '| store | events | import (s) | import ÷ 1k | accept a draft (ms, median) | accept ÷ 1k | target |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map((r) => {
      const b = base(r.dialect)!;
      const ratio = r.acceptMs / b.acceptMs;
      const target = r.events === SIZES[0] ? '–' : `≤ ${ACCEPT_TARGET}× and ≤ 1 s ${ratio <= ACCEPT_TARGET && r.acceptMs <= 1000 ? '✓' : '✗'}`;
      return `| ${r.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL 15'} | ${r.events.toLocaleString('en-GB')} | ${seconds(r.importMs)} | ${(r.importMs / b.importMs).toFixed(1)}× | ${r.acceptMs.toFixed(0)} | ${ratio.toFixed(2)}× | ${target} |`;
    }),
  ].join('\n');
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const body = `## The store

\`npm run bench:store\` writes this section. For each store, a synthetic archive (\`npm run archive:synthetic\`,
one article per ten events) is imported into an empty database with \`db:import\`'s code path, in one
transaction with every rule checked; then ${ACCEPTS} drafts are accepted into it one at a time (a reviewed
draft of one article and one event, as the review page accepts it) and the median is given. Ratios are to
the same store at ${SIZES[0]!.toLocaleString('en-GB')} events in the same run. PostgreSQL is a throwaway local server with fsync off,
as in the tests.

Last run: ${when} UTC, on ${machine}.

${table}

Target: accepting a draft into a 100,000-event store takes at most ${ACCEPT_TARGET}× the same accept into a 1,000-event
store, and under a second.`;
  log(`\n${table}`);
  writeSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'store', body);
  log('\nwrote docs/benchmarks.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
