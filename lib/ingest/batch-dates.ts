/**
 * `--dates FILE.csv`: the publication dates of a batch's articles whose text does not state one.
 * The CSV has the header `file,date`; a file is named as it is given on the command line (or found
 * in a folder), or by its base name alone; a date is YYYY-MM-DD. Fields may be quoted ("a, b.txt").
 * The whole CSV is checked before anything is drafted, and a mistake names its line and column, so
 * that a typo never drafts half a batch with the wrong dates.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isIsoDate } from '@/lib/time/date';
import { IngestInputError } from './input';

export interface DateTable {
  /** The CSV's name, for messages. */
  source: string;
  /** Normalised file path or base name → date, and the line that gave it. */
  entries: Map<string, { date: string; line: number }>;
}

const COLUMNS = ['file', 'date'] as const;

/** One CSV line's fields, or the column (1-based) where a quote goes wrong. */
function fields(line: string): string[] | { badColumn: number; why: string } {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const column = out.length + 1;
    let value = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return { badColumn: column, why: 'a quoted field is not closed' };
        if (line[i] === '"' && line[i + 1] !== '"') break;
        // A doubled quote inside quotes is one quote.
        value += line[i]!;
        i += line[i] === '"' ? 2 : 1;
      }
      i++;
      if (i < line.length && line[i] !== ',') return { badColumn: column, why: 'text follows a closing quote' };
    } else {
      const end = line.indexOf(',', i);
      value = line.slice(i, end < 0 ? line.length : end).trim();
      i = end < 0 ? line.length : end;
    }
    out.push(value);
    if (i >= line.length) return out;
    i++;
  }
}

const key = (file: string) => path.normalize(file);

/** The table a CSV's text describes, or an IngestInputError naming the line and column that is wrong. */
export function parseDates(source: string, text: string): DateTable {
  const fail = (line: number, column: number, why: string): never => {
    throw new IngestInputError(`${source} line ${line}, column ${column}${COLUMNS[column - 1] ? ` (${COLUMNS[column - 1]})` : ''}: ${why}`);
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]!.trim() === '') fail(1, 1, 'the CSV does not start with its header "file,date".');
  const entries: DateTable['entries'] = new Map();
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' && line > 1) return;
    const row = fields(raw);
    if (!Array.isArray(row)) return fail(line, row.badColumn, `${row.why}.`);
    if (line === 1) {
      const bad = COLUMNS.findIndex((name, i) => row[i]?.toLowerCase() !== name);
      if (bad >= 0 || row.length !== COLUMNS.length) fail(1, bad >= 0 ? bad + 1 : COLUMNS.length + 1, `the header must be exactly "file,date", not "${raw}".`);
      return;
    }
    if (row.length !== COLUMNS.length) fail(line, Math.min(row.length, COLUMNS.length) + 1, `a row has two fields, file and date; this one has ${row.length}.`);
    const [file, date] = row as [string, string];
    if (file === '') fail(line, 1, 'the file name is empty.');
    if (!isIsoDate(date)) fail(line, 2, `"${date}" is not a date written YYYY-MM-DD.`);
    const earlier = entries.get(key(file));
    if (earlier) fail(line, 1, `${file} is already given a date on line ${earlier.line}.`);
    entries.set(key(file), { date, line });
  });
  return { source, entries };
}

/** The table in the CSV file `file`. */
export function readDates(file: string): DateTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new IngestInputError(`--dates ${file} cannot be read.`);
  }
  return parseDates(file, text);
}

/** The date the table gives `file`: by the name as given, else by its base name. */
export function dateFor(table: DateTable | undefined, file: string): string | undefined {
  return (table?.entries.get(key(file)) ?? table?.entries.get(path.basename(file)))?.date;
}

/** The table's entries that name none of `files`: most likely a typo, worth saying. */
export function unusedDates(table: DateTable | undefined, files: readonly string[]): string[] {
  if (!table) return [];
  const used = new Set(files.flatMap((f) => [key(f), path.basename(f)]));
  return [...table.entries.keys()].filter((k) => !used.has(k));
}
