/**
 * `npm run ingest -- <files or folders…>` as a batch, in-process, on a store holding the test
 * dataset: a bad file is refused and the others drafted; a file that states no date is set aside
 * until --dates gives it one; a bad CSV stops the batch before anything is written; --json prints
 * the drafts and nothing else on stdout; the summary's totals are the stored drafts'.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '@/lib/store/connect';
import { listDrafts } from '@/lib/store/drafts';
import { storeVersion } from '@/lib/store/read';
import { removeStores, seededStore } from '@/lib/testing/stores';
import { ingestCli } from './cli';

let store: Store;
let env: Record<string, string>;
let dir: string;
beforeEach(async () => {
  ({ store, env } = await seededStore('sqlite'));
  dir = mkdtempSync(path.join(tmpdir(), 'sitrep-batch-'));
});
afterEach(async () => {
  await removeStores();
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[], extra: Record<string, string> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await ingestCli(args, { log: (line) => stdout.push(line), error: (line) => stderr.push(line) }, { ...env, ...extra });
  return { status, stdout, stderr, out: stdout.join('\n'), err: stderr.join('\n') };
}

const FIXTURES = 'lib/ingest/fixtures';
const CONVOY = 'levant-dated-convoy-erbil.txt';
const ALIASES = 'levant-aliases-handover-strike.txt';
const UNDATED = 'gulf-undated-waleed-attack.txt';

/** A folder holding these fixture articles, and `extra` files written as given. */
function folder(names: string[], extra: Record<string, string> = {}): string {
  for (const name of names) copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
  for (const [name, body] of Object.entries(extra)) writeFileSync(path.join(dir, name), body);
  return dir;
}

const row = (out: string, file: string) => out.split('\n').find((l) => l.startsWith(`${file} `));

describe('npm run ingest, a batch', () => {
  it('drafts a folder, refusing the bad file with its reason and drafting the others', async () => {
    folder([ALIASES, CONVOY], { 'b-empty.txt': '' });
    const result = await run([dir]);
    expect(result.status).toBe(1);
    const drafts = await listDrafts(store);
    expect(drafts.length).toBe(2);
    // The folder in code-unit order: b-empty.txt, levant-aliases…, levant-dated…
    expect(result.stderr).toEqual([
      `1/3 ${path.join(dir, 'b-empty.txt')}: refused`,
      `2/3 ${path.join(dir, ALIASES)}: drafted ${drafts[0]!.id}`,
      `3/3 ${path.join(dir, CONVOY)}: drafted ${drafts[1]!.id}`,
    ]);
    expect(row(result.out, path.join(dir, 'b-empty.txt'))).toMatch(/ refused$/);
    expect(row(result.out, path.join(dir, CONVOY))).toMatch(new RegExp(` ${drafts[1]!.id} .* drafted$`));
    expect(result.out).toContain(`Refused (1):\n  ${path.join(dir, 'b-empty.txt')} is empty.`);
    expect(result.out).toContain('2 articles drafted, 1 file refused, 0 files needing a publication date.');
  });

  it('sums what the stored drafts hold in the totals', async () => {
    const result = await run([path.join(FIXTURES, CONVOY), path.join(FIXTURES, ALIASES)]);
    expect(result.status).toBe(0);
    const drafts = await listDrafts(store);
    const events = drafts.reduce((n, d) => n + d.draft.events.length, 0);
    const unresolved = drafts.reduce((n, d) => n + d.draft.unresolvedPlaces.length, 0);
    const flagged = drafts.reduce((n, d) => n + d.draft.events.filter((e) => (e.duplicates ?? []).length > 0).length, 0);
    expect(drafts.length).toBe(2);
    expect(events).toBeGreaterThan(0);
    expect(result.out).toMatch(new RegExp(`^Total: 2 files +2 drafts +${events} +${unresolved} +${flagged}$`, 'm'));
    for (const d of drafts) {
      const own = d.draft.events.filter((e) => (e.duplicates ?? []).length > 0).length;
      expect(result.out).toMatch(new RegExp(` ${d.id} +${d.draft.events.length} +${d.draft.unresolvedPlaces.length} +${own}  drafted$`, 'm'));
    }
  });

  it('lists a file that states no date as needing one, drafts nothing of it, and drafts it once --dates gives the date', async () => {
    folder([CONVOY, UNDATED]);
    const before = await storeVersion(store);
    const asked = await run([dir]);
    expect(asked.status).toBe(1);
    expect(asked.out).toContain(`Needing a publication date (1)`);
    expect(asked.out).toMatch(new RegExp(`^  ${path.join(dir, UNDATED).replace(/[.\\/]/g, '\\$&')}$`, 'm'));
    expect(row(asked.out, path.join(dir, UNDATED))).toMatch(/ needs a date$/);
    expect((await listDrafts(store)).map((d) => d.draft.article.published.date)).toEqual(['2024-11-14']);
    expect(await storeVersion(store)).toBeGreaterThan(before);

    const csv = path.join(dir, 'dates.csv');
    writeFileSync(csv, `file,date\n${UNDATED},2025-03-11\n`);
    const given = await run([path.join(dir, UNDATED), '--dates', csv]);
    expect(given.status).toBe(0);
    const dated = (await listDrafts(store)).find((d) => d.draft.article.published.date === '2025-03-11');
    expect(dated?.draft.article.published).toMatchObject({ inferred: false, basis: 'given when the draft was made' });
  });

  it('refuses a malformed --dates CSV by its line and column, before anything is written', async () => {
    folder([CONVOY, UNDATED]);
    const csv = path.join(dir, 'dates.csv');
    writeFileSync(csv, `file,date\n${CONVOY},2024-11-14\n${UNDATED},2025-3-11\n`);
    const before = await storeVersion(store);
    const result = await run([dir, '--dates', csv]);
    expect(result.status).toBe(1);
    expect(result.err).toBe(`${csv} line 3, column 2 (date): "2025-3-11" is not a date written YYYY-MM-DD.`);
    expect(result.out).toBe('');
    expect(await storeVersion(store)).toBe(before);
  });

  it('prints with --json one JSON document a line on stdout, each a stored draft, and the rest on stderr', async () => {
    folder([ALIASES, CONVOY, UNDATED]);
    const result = await run([dir, '--json']);
    expect(result.status).toBe(1);
    const docs = result.stdout.map((line) => JSON.parse(line) as Record<string, unknown>);
    const drafts = await listDrafts(store);
    expect(docs.map((d) => d.id)).toEqual(drafts.map((d) => d.id));
    expect(docs.map((d) => d.file)).toEqual([path.join(dir, ALIASES), path.join(dir, CONVOY)]);
    docs.forEach((doc, i) => {
      const { article, events, unresolvedPlaces } = drafts[i]!.draft;
      expect(doc).toMatchObject({ state: 'pending', version: 1, article, events, unresolvedPlaces });
      expect((doc.events as unknown[]).length).toBeGreaterThan(0);
    });
    expect(result.err).toMatch(/^Total: 3 files +2 drafts/m);
    expect(result.err).toContain('Needing a publication date (1)');
  });

  it('keeps stdout to the drafts with --json when the store is new and loaded first', async () => {
    const result = await run([path.join(FIXTURES, CONVOY), '--json'], { SITREP_DB: path.join(dir, 'new.sqlite') });
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBe(1);
    expect(JSON.parse(result.stdout[0]!)).toMatchObject({ file: path.join(FIXTURES, CONVOY), state: 'pending' });
    expect(result.err).toMatch(/^Loaded .* into the store/);
  });

  it('accepts a batch with --accept-all, leaving the possible duplicates in their drafts', async () => {
    const result = await run([path.join(FIXTURES, CONVOY), path.join(FIXTURES, ALIASES), '--accept-all', '--reviewer', 'Analyst', '--outlet', 'Test outlet']);
    expect(result.status).toBe(0);
    const drafts = await listDrafts(store);
    const left = drafts.flatMap((d) => d.draft.events.filter((e) => e.review === 'pending').map((e) => `  ${d.id} ${e.event.id}`));
    expect(left.length).toBeGreaterThan(0);
    expect(drafts.flatMap((d) => d.draft.events.filter((e) => (e.duplicates ?? []).length > 0 && e.review !== 'pending'))).toEqual([]);
    expect(result.out).toContain(`Left for review, in their drafts (${left.length})`);
    for (const line of left) expect(result.out).toContain(line);
  });

  it('takes --published for one file only, and not with --dates', async () => {
    const two = await run([path.join(FIXTURES, CONVOY), path.join(FIXTURES, UNDATED), '--published', '2025-03-11']);
    expect(two.status).toBe(2);
    expect(two.err).toMatch(/^--published dates the one file of a batch of one; for several, give --dates FILE\.csv/);
    expect((await run([path.join(FIXTURES, UNDATED), '--published', '2025-03-11', '--dates', 'x.csv'])).status).toBe(2);
    expect(await listDrafts(store)).toEqual([]);
  });

  it('redraws its progress on a terminal, and writes a line per file under CI', async () => {
    folder([CONVOY, UNDATED]);
    const chunks: string[] = [];
    const lines: string[] = [];
    const status = await ingestCli([dir], { log: () => undefined, error: (l) => lines.push(l), progress: { write: (c) => chunks.push(c) } }, env);
    expect(status).toBe(1);
    expect(lines).toEqual([]);
    expect(chunks[0]).toBe(`\r[....................] 1/2 ${path.join(dir, UNDATED)}\x1b[K`);
    expect(chunks.at(-2)).toBe(`\r[####################] 2/2 ${path.join(dir, CONVOY)}\x1b[K`);
    expect(chunks.at(-1)).toBe('\n');

    const drawn = chunks.length;
    const ci = await ingestCli([path.join(dir, UNDATED)], { log: () => undefined, error: (l) => lines.push(l), progress: { write: (c) => chunks.push(c) } }, { ...env, CI: 'true' });
    expect(ci).toBe(1);
    expect(lines).toEqual([`1/1 ${path.join(dir, UNDATED)}: needs a publication date`]);
    expect(chunks.length).toBe(drawn);
  });
});
