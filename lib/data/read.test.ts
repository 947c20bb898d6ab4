/** Reading a dataset from disk: a deliberately broken copy is refused with file, record and field named. */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataCopy as brokenCopy, editJson, removeDataCopies } from '@/lib/testing/data-copy';
import { FIXTURE_DIR } from '@/lib/testing/fixture';
import { DataValidationError } from './errors';
import { readDataset } from './read';
import { validateFolder } from './validate';

afterEach(removeDataCopies);

async function problemsIn(dir: string): Promise<string[]> {
  const error = await readDataset(dir).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DataValidationError);
  return (error as DataValidationError).problems.map((p) => p.message);
}

describe('readDataset', () => {
  it('names the file, record and field of a schema violation', async () => {
    const dir = brokenCopy((d) => editJson(path.join(d, 'events.json'), (events) => (events[3].date.precision = 'week')));
    const [problem] = await problemsIn(dir);
    expect(problem).toMatch(/^data\/events\.json, record [a-z0-9-]+ \(#3\), field date\.precision: /);
  });

  it('names a file that is not valid JSON', async () => {
    const dir = brokenCopy((d) => writeFileSync(path.join(d, 'places.json'), '[{"id": "baghdad",'));
    expect((await problemsIn(dir))[0]).toMatch(/^data\/places\.json: is not valid JSON/);
  });

  it('names the briefing file and the step of a bad briefing', async () => {
    const file = (d: string) => path.join(d, 'briefings', 'coalition-drawdown.json');
    const unknown = brokenCopy((d) => editJson(file(d), (b) => (b.steps[2].cites[0] = 'no-such-event')));
    expect(await problemsIn(unknown)).toContain('data/briefings/coalition-drawdown.json, record coalition-drawdown, field steps[2].cites[0]: unknown event "no-such-event"');
    const shape = brokenCopy((d) => editJson(file(d), (b) => (b.steps[4].camera = { fit: [] })));
    expect((await problemsIn(shape))[0]).toMatch(/^data\/briefings\/coalition-drawdown\.json, record coalition-drawdown, field steps\[4\]\.camera/);
  });

  it('refuses metadata whose text file is missing', async () => {
    const dir = brokenCopy((d) => rmSync(path.join(d, 'articles', '004_1f1f26cba22a6fd6.txt')));
    expect(await problemsIn(dir)).toContain('data/articles/004_1f1f26cba22a6fd6.txt, record 004_1f1f26cba22a6fd6: is missing: every article needs its text');
  });
});

describe('npm run validate', () => {
  const run = (dir: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], { encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } });

  it('passes on the seed dataset', async () => {
    expect(await validateFolder(FIXTURE_DIR)).toEqual({ valid: true, summary: expect.stringMatching(/^data is valid: 14 places, \d+ events, 5 articles, \d+ quotes/) });
  });

  it('exits non-zero on a broken copy, naming the file, the record and the field', () => {
    const dir = brokenCopy((d) =>
      editJson(path.join(d, 'events.json'), (events) => {
        const convoy = events.find((e: { id: string }) => e.id === 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02');
        convoy.sources[0].quote = 'رتل أمريكي دخل من معبر الوليد إلى بغداد';
      }),
    );
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /data\/events\.json, record us-convoy-syria-al-waleed-ain-al-asad-2024-10-02 \(#\d+\), field sources\[0\]\.quote: not found in data\/articles\/000_f32e547f1ff744d0\.txt/,
    );
  });
});
