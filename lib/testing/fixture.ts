/**
 * The frozen dataset that tests read: fixtures/dataset, a deliberate copy of data/ (see
 * fixtures/README.md). Tests never read the live data/, so that accepting a new article into it
 * cannot break them; one test (lib/data/live-data.test.ts) checks data/ itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readDataset } from '@/lib/data/read';
import type { Dataset } from '@/lib/data/schema';

export const FIXTURE_DIR = path.resolve('fixtures/dataset');

/** The fixture, read and validated as the server reads data/. */
export const readFixture = (): Promise<Dataset> => readDataset(FIXTURE_DIR);

/** A file of the fixture, as text: `fixtureText('articles/003_….txt')`. */
export const fixtureText = (file: string): string => readFileSync(path.join(FIXTURE_DIR, file), 'utf8');

/** Every data file under a folder in data/'s layout (not its JSON Schemas, not drafts) and its bytes: what a round trip compares. */
export function folderBytes(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .filter((f) => !f.startsWith('schema') && !f.startsWith('drafts'))
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f))]),
  );
}
