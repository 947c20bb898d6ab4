/** Throwaway copies of the test dataset (fixtures/dataset) for tests that change or break it. Call `removeDataCopies` after each test. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURE_DIR } from './fixture';

const copies: string[] = [];

/** A copy of the test dataset in a temporary directory, changed by `edit(dir)`; returns the copy's data dir. */
export function dataCopy(edit: (dir: string) => void): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sitrep-data-'));
  copies.push(root);
  const dir = path.join(root, 'data');
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}

/** Rewrites a JSON file after `change` mutates its parsed value. */
export function editJson(file: string, change: (value: any) => void): void {
  const value = JSON.parse(readFileSync(file, 'utf8'));
  change(value);
  writeFileSync(file, JSON.stringify(value, null, 2));
}

export function removeDataCopies(): void {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
}
