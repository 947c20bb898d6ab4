/**
 * `npm run ingest` end to end on a copy of the test dataset: drafts written whole, bad input refused
 * with nothing written. The command runs in-process (lib/ingest/cli.ts); one test starts the real
 * script, to prove that it passes its exit code on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataCopy, removeDataCopies } from '@/lib/testing/data-copy';
import { ingestCli } from './cli';

afterEach(removeDataCopies);

async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await ingestCli(args, { log: (line) => stdout.push(line), error: (line) => stderr.push(line) }, {});
  return { status, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** Every file of the data copy and its size: what "nothing written" is checked against. */
const listing = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => `${path.relative(dir, path.join(e.parentPath, e.name))}:${readFileSync(path.join(e.parentPath, e.name)).length}`).sort();

describe('npm run ingest', async () => {
  it('drafts an article into data/drafts/, reading its publication date from the text', async () => {
    const dir = dataCopy(() => {});
    const result = await run(['lib/ingest/fixtures/levant-dated-convoy-erbil.txt', '--data', dir]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/published 2024-11-14 \(inferred/);
    expect(result.stdout).toContain('unresolved place: قاعدة حرير');
    const drafts = readdirSync(path.join(dir, 'drafts'));
    expect(drafts.sort()).toEqual([expect.stringMatching(/^005_[0-9a-f]{16}\.json$/), expect.stringMatching(/^005_[0-9a-f]{16}\.txt$/)]);
    const txt = drafts.find((n) => n.endsWith('.txt'))!;
    expect(readFileSync(path.join(dir, 'drafts', txt))).toEqual(readFileSync('lib/ingest/fixtures/levant-dated-convoy-erbil.txt'));
    const draft = JSON.parse(readFileSync(path.join(dir, 'drafts', drafts.find((n) => n.endsWith('.json'))!), 'utf8'));
    expect(draft.events.length).toBeGreaterThan(0);
    expect(draft.events.every((e: { review: string }) => e.review === 'pending')).toBe(true);
  });

  it('asks for --published when the text does not state its date, and uses it when given', async () => {
    const dir = dataCopy(() => {});
    const before = listing(dir);
    const asked = await run(['lib/ingest/fixtures/gulf-undated-waleed-attack.txt', '--data', dir]);
    expect(asked.status).toBe(1);
    expect(asked.stderr).toMatch(/--published YYYY-MM-DD/);
    expect(listing(dir)).toEqual(before);
    expect((await run(['lib/ingest/fixtures/gulf-undated-waleed-attack.txt', '--published', '2025-03-11', '--data', dir])).status).toBe(0);
  });

  it('refuses bad input with a clear message, a non-zero exit and nothing written', async () => {
    const dir = dataCopy(() => {});
    const bad = path.join(path.dirname(dir), 'bad');
    const cases: [string, Buffer | string, RegExp][] = [
      ['empty.txt', '', /is empty/],
      ['cp1256.txt', Buffer.from([0xc7, 0xe1, 0xda, 0xd1, 0xc7, 0xde, 0x20, 0xc8, 0xdb, 0xcf, 0xc7, 0xcf]), /not UTF-8/],
      ['page.txt', '<!doctype html><html><head><title>x</title></head><body><div><p>عين الأسد</p></div></body></html>', /looks like HTML/],
      ['huge.txt', Buffer.alloc(20_000_000, 'رتل '), /20\.0 MB/],
      ['nothing.txt', 'هذا نص عربي لا يذكر أي مكان ولا أي تاريخ.\nوفيه سطر ثانٍ كذلك.', /nothing to draft/],
    ];
    for (const [name, body, message] of cases) {
      const file = `${bad}-${name}`;
      writeFileSync(file, body);
      const before = listing(dir);
      const result = await run([file, '--published', '2025-01-01', '--data', dir]);
      expect(result.status, name).toBe(1);
      expect(result.stderr, name).toMatch(message);
      expect(listing(dir), name).toEqual(before);
    }
    expect((await run(['--data', dir])).status).toBe(2);
  });

  it('will not accept a draft nobody has reviewed', async () => {
    const dir = dataCopy(() => {});
    await run(['lib/ingest/fixtures/levant-dated-convoy-erbil.txt', '--data', dir]);
    const draft = readdirSync(path.join(dir, 'drafts')).find((n) => n.endsWith('.json'))!;
    const before = listing(dir);
    const result = await run(['--accept', path.join(dir, 'drafts', draft), '--data', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not ready to accept|no event marked "accepted"/);
    expect(listing(dir)).toEqual(before);
    expect(existsSync(path.join(dir, 'drafts', draft))).toBe(true);
  });

  it('is the command npm runs: scripts/ingest.ts exits with the code, the message on stderr', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', 'no-such-article.txt', '--published', '2025-01-01'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_NO_WARNINGS: '1', SITREP_DATA_DIR: dataCopy(() => {}) },
    });
    expect(result.stderr).toMatch(/no-such-article\.txt cannot be read/);
    expect(result.status).toBe(1);
  });
});
