/** The files a batch reads: folders walked for *.txt in a fixed order, each file once, unreadable paths refused. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchFiles } from './batch-files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sitrep-batch-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const touch = (...names: string[]) => {
  for (const name of names) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), 'نص');
  }
};

describe('batchFiles', () => {
  it('walks folders for .txt files, sorted by code unit, subfolders included, hidden ones not', () => {
    touch('b.txt', 'a.txt', 'B.TXT', 'notes.md', 'a.labels.json', 'sub/c.txt', '.hidden/d.txt', 'Z/e.txt');
    const rel = (files: string[]) => files.map((f) => path.relative(dir, f));
    expect(rel(batchFiles([dir]).files)).toEqual(['B.TXT', path.join('Z', 'e.txt'), 'a.txt', 'b.txt', path.join('sub', 'c.txt')]);
  });

  it('takes a file named on the command line whatever its extension, and each file once', () => {
    touch('a.txt', 'article.text');
    const a = path.join(dir, 'a.txt');
    const other = path.join(dir, 'article.text');
    expect(batchFiles([other, a, dir, a])).toEqual({ files: [other, a], refused: [] });
  });

  it('refuses a path that does not exist and a folder with no .txt file, and keeps the rest', () => {
    touch('a.txt', 'empty/readme.md');
    const missing = path.join(dir, 'missing.txt');
    const empty = path.join(dir, 'empty');
    expect(batchFiles([missing, empty, path.join(dir, 'a.txt')])).toEqual({
      files: [path.join(dir, 'a.txt')],
      refused: [
        { file: missing, reason: `${missing} cannot be read.` },
        { file: empty, reason: `${empty} is a folder with no .txt file in it.` },
      ],
    });
  });
});
