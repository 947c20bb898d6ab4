/**
 * The article files a batch reads: each path given on the command line, and every `*.txt` file in
 * the folders given, walked in a fixed order (names compared code unit by code unit, not by the
 * locale), so that the same folder drafts in the same order, and gets the same article numbers, on
 * every machine. A path that cannot be read is not dropped: it is refused with the others, and the
 * batch goes on.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BatchFiles {
  /** The files to draft, in order, each once (as given, or the folder joined with its name). */
  files: string[];
  /** Paths given that yield no article file, and why. */
  refused: { file: string; reason: string }[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The `*.txt` files under `dir`, sorted, each folder's own files and subfolders by name; `seen` (real paths) stops a symlink loop. */
function walk(dir: string, seen: Set<string>): string[] {
  const real = realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const found: string[] = [];
  for (const name of readdirSync(dir).sort(byCodeUnit)) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (stat?.isDirectory()) found.push(...walk(full, seen));
    else if (stat?.isFile() && name.toLowerCase().endsWith('.txt')) found.push(full);
  }
  return found;
}

/** The article files that `paths` name: a file as it is (whatever its extension), a folder by its `*.txt` files. */
export function batchFiles(paths: readonly string[]): BatchFiles {
  const files: string[] = [];
  const refused: BatchFiles['refused'] = [];
  const taken = new Set<string>();
  const add = (file: string) => {
    const key = realpathSync(file);
    if (taken.has(key)) return;
    taken.add(key);
    files.push(file);
  };
  for (const given of paths) {
    const stat = statSync(given, { throwIfNoEntry: false });
    if (!stat) refused.push({ file: given, reason: `${given} cannot be read.` });
    else if (stat.isDirectory()) {
      const found = walk(given, new Set());
      if (found.length === 0) refused.push({ file: given, reason: `${given} is a folder with no .txt file in it.` });
      found.forEach(add);
    } else add(given);
  }
  return { files, refused };
}
