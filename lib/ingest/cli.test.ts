/**
 * `npm run ingest` end to end, one article at a time, on a store holding the test dataset: drafts
 * stored whole, bad input refused with nothing written, drafts accepted once. The command runs
 * in-process (lib/ingest/cli.ts); one test starts the real script, to prove that it passes its
 * exit code on. Batches of several are in batch.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDrafts, readDraft, saveDraft } from '@/lib/store/drafts';
import type { Store } from '@/lib/store/connect';
import { storeVersion } from '@/lib/store/read';
import { removeStores, seededStore } from '@/lib/testing/stores';
import { ingestCli } from './cli';

let store: Store;
let env: Record<string, string>;
const scratch: string[] = [];
beforeEach(async () => {
  ({ store, env } = await seededStore('sqlite'));
});
afterEach(async () => {
  await removeStores();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await ingestCli(args, { log: (line) => stdout.push(line), error: (line) => stderr.push(line) }, env);
  return { status, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const CONVOY = 'lib/ingest/fixtures/levant-dated-convoy-erbil.txt';

describe('npm run ingest', () => {
  it('stores a draft, reading its publication date from the text', async () => {
    const result = await run([CONVOY]);
    expect(result.stderr).toBe(`1/1 ${CONVOY}: drafted ${(await listDrafts(store))[0]?.id}`);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/published 2024-11-14 \(inferred/);
    const drafts = await listDrafts(store);
    // Which places stay unresolved follows the gazetteer; the listing names each that does.
    for (const u of drafts[0]!.draft.unresolvedPlaces) expect(result.stdout).toContain(`unresolved place: ${u.text}`);
    expect(drafts.map((d) => d.id)).toEqual([expect.stringMatching(/^005_[0-9a-f]{16}$/)]);
    expect(Buffer.from(drafts[0]!.text, 'utf8')).toEqual(readFileSync(CONVOY));
    expect(drafts[0]!.draft.events.length).toBeGreaterThan(0);
    expect(drafts[0]!.draft.events.every((e) => e.review === 'pending')).toBe(true);
  });

  it('asks for --published when the text does not state its date, and uses it when given', async () => {
    const before = await storeVersion(store);
    const asked = await run(['lib/ingest/fixtures/gulf-undated-waleed-attack.txt']);
    expect(asked.status).toBe(1);
    expect(asked.stdout).toMatch(/Needing a publication date \(1\).*--published YYYY-MM-DD.*\n  lib\/ingest\/fixtures\/gulf-undated-waleed-attack\.txt$/m);
    expect(await storeVersion(store)).toBe(before);
    expect((await run(['lib/ingest/fixtures/gulf-undated-waleed-attack.txt', '--published', '2025-03-11'])).status).toBe(0);
  });

  it('refuses bad input with a clear message, a non-zero exit and nothing written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-bad-'));
    scratch.push(dir);
    const cases: [string, Buffer | string, RegExp][] = [
      ['empty.txt', '', /is empty/],
      ['cp1256.txt', Buffer.from([0xc7, 0xe1, 0xda, 0xd1, 0xc7, 0xde, 0x20, 0xc8, 0xdb, 0xcf, 0xc7, 0xcf]), /not UTF-8/],
      ['page.txt', '<!doctype html><html><head><title>x</title></head><body><div><p>عين الأسد</p></div></body></html>', /looks like HTML/],
      ['huge.txt', Buffer.alloc(20_000_000, 'رتل '), /20\.0 MB/],
      ['nothing.txt', 'هذا نص عربي لا يذكر أي مكان ولا أي تاريخ.\nوفيه سطر ثانٍ كذلك.', /nothing to draft/],
    ];
    const before = await storeVersion(store);
    for (const [name, body, message] of cases) {
      const file = path.join(dir, name);
      writeFileSync(file, body);
      const result = await run([file, '--published', '2025-01-01']);
      expect(result.status, name).toBe(1);
      expect(result.stdout, name).toMatch(/^Refused \(1\):$/m);
      expect(result.stdout, name).toMatch(message);
    }
    expect(await storeVersion(store)).toBe(before);
    expect((await run([])).status).toBe(2);
    expect((await run([CONVOY, '--frobnicate'])).status).toBe(2);
  });

  it('refuses the same text twice: drafted, and once accepted', async () => {
    expect((await run([CONVOY])).status).toBe(0);
    const again = await run([CONVOY]);
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(/already drafted, as 005_/);
  });

  it('accepts a reviewed draft by its id, once; an unreviewed one not at all', async () => {
    await run([CONVOY]);
    const [draft] = await listDrafts(store);
    const unreviewed = await run(['--accept', draft!.id, '--reviewer', 'Analyst']);
    expect(unreviewed.status).toBe(1);
    expect(unreviewed.stderr).toMatch(/not ready to accept|no event marked "accepted"/);

    const filled = JSON.parse(JSON.stringify(draft!.draft), (_k, v) => (v === '' ? 'Filled in by the reviewer' : v));
    filled.events = filled.events.map((e: { review: string }, i: number) => ({ ...e, review: i === 0 ? 'accepted' : 'rejected' }));
    await saveDraft(store, draft!.id, filled, { author: 'Analyst' });
    expect((await run(['--accept', draft!.id])).stderr).toMatch(/--reviewer/);
    const done = await run(['--accept', draft!.id, '--reviewer', 'Analyst']);
    expect(done.stderr).toBe('');
    expect(done.stdout).toMatch(new RegExp(`Accepted article ${draft!.id} and 1 event`));
    const twice = await run(['--accept', draft!.id, '--reviewer', 'Analyst']);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/already accepted by Analyst/);
    expect((await readDraft(store, draft!.id))!.state).toBe('accepted');
  });

  it('drafts and accepts trusted material in one step, marking what nobody reviewed', async () => {
    const result = await run([CONVOY, '--published', '2024-11-14', '--accept-all', '--reviewer', 'Analyst', '--outlet', 'Test outlet']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^1\/1 lib\/ingest\/fixtures\/levant-dated-convoy-erbil\.txt: added 005_[0-9a-f]{16}, 1 left for review$/);
    expect(result.stdout).toMatch(/ 005_[0-9a-f]{16} .* added, 1 left for review$/m);
    // The planned move to Erbil is archived already (from article 004): a batch leaves it for review, in the draft.
    expect((await listDrafts(store)).map((d) => d.draft.events.filter((e) => !e.stored).map((e) => e.event.id))).toEqual([['planned-ain-al-asad-to-erbil-2025-09-01']]);
    expect(result.stdout).toMatch(/^Left for review, in their drafts \(1\)/m);
    expect(result.stdout).toMatch(/^  005_[0-9a-f]{16} planned-ain-al-asad-to-erbil-2025-09-01: may be planned-ain-al-asad-to-erbil-2025-09 \(same kind: movement; .*\)$/m);
  });

  it('is the command npm runs: scripts/ingest.ts exits with the code, the reason in its summary', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', 'no-such-article.txt', '--published', '2025-01-01'], {
      encoding: 'utf8',
      env: { ...process.env, ...env, NODE_NO_WARNINGS: '1' },
    });
    expect(result.stdout).toMatch(/^Refused \(1\):\n  no-such-article\.txt cannot be read\.$/m);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
  });
});
