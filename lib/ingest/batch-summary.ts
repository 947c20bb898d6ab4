/**
 * What a batch prints when it is over: a table with a row per file (its draft, the events drafted,
 * the places left unresolved, the events that may be archived already, and what became of it) and
 * the totals; then the files refused, each with the reason, the files that need a publication
 * date, and the events a batch left in their drafts for a person. With `--json` the drafts
 * themselves go to stdout instead, one JSON document a line (`draftJson`), and this to stderr.
 */
import type { StoredDraft } from '@/lib/store/drafts';
import type { Outcome } from './batch';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The events of a draft that may be archived already (possible duplicates found when it was made). */
const flagged = (draft: StoredDraft) => draft.draft.events.filter((e) => (e.duplicates?.length ?? 0) > 0);

interface Row {
  file: string;
  draft: string;
  events: number | '';
  unresolved: number | '';
  duplicates: number | '';
  status: string;
}

function row(outcome: Outcome): Row {
  if (outcome.status === 'refused' || outcome.status === 'needs-date')
    return { file: outcome.file, draft: '', events: '', unresolved: '', duplicates: '', status: outcome.status === 'refused' ? 'refused' : 'needs a date' };
  const { draft } = outcome;
  const left = outcome.status === 'added' ? outcome.added.leftForReview.length : 0;
  return {
    file: outcome.file,
    draft: draft.id,
    events: draft.draft.events.length,
    unresolved: draft.draft.unresolvedPlaces.length,
    duplicates: flagged(draft).length,
    status: outcome.status === 'drafted' ? 'drafted' : left > 0 ? `added, ${left} left for review` : 'added',
  };
}

/** Rows as aligned columns: text to the left, counts to the right. */
function table(rows: Row[], total: Row): string[] {
  const header: Record<keyof Row, string> = { file: 'File', draft: 'Draft', events: 'Events', unresolved: 'Unresolved places', duplicates: 'Possible duplicates', status: 'Status' };
  const keys = Object.keys(header) as (keyof Row)[];
  const all = [...rows, total];
  const width = (k: keyof Row) => Math.max(header[k].length, ...all.map((r) => String(r[k]).length));
  const cell = (k: keyof Row, value: string) => (k === 'events' || k === 'unresolved' || k === 'duplicates' ? value.padStart(width(k)) : value.padEnd(width(k)));
  const line = (r: Record<keyof Row, string | number>) => keys.map((k) => cell(k, String(r[k]))).join('  ').trimEnd();
  return [line(header), keys.map((k) => '-'.repeat(width(k))).join('  '), ...rows.map(line), line(total)];
}

/** The summary's lines; `unused` are --dates entries that name no file of the batch. */
export function summaryLines(outcomes: readonly Outcome[], unused: readonly string[] = []): string[] {
  const rows = outcomes.map(row);
  const done = outcomes.flatMap((o) => (o.status === 'drafted' || o.status === 'added' ? [o] : []));
  const refused = outcomes.flatMap((o) => (o.status === 'refused' ? [o] : []));
  const undated = outcomes.filter((o) => o.status === 'needs-date');
  const sum = (k: 'events' | 'unresolved' | 'duplicates') => rows.reduce((n, r) => n + (r[k] === '' ? 0 : r[k]), 0);
  const total: Row = { file: `Total: ${plural(outcomes.length, 'file')}`, draft: plural(done.length, 'draft'), events: sum('events'), unresolved: sum('unresolved'), duplicates: sum('duplicates'), status: '' };
  const lines = table(rows, total);
  lines.push('', `${plural(done.length, 'article')} ${done.some((o) => o.status === 'added') ? 'added' : 'drafted'}, ${plural(refused.length, 'file')} refused, ${plural(undated.length, 'file')} needing a publication date.`);
  if (refused.length > 0) lines.push('', `Refused (${refused.length}):`, ...refused.map((o) => `  ${o.reason.startsWith(o.file) ? o.reason : `${o.file}: ${o.reason}`}`));
  if (undated.length > 0)
    lines.push(
      '',
      `Needing a publication date (${undated.length}): the text states none that ingest can rely on. Give it with --published YYYY-MM-DD (for one file) or --dates FILE.csv (header file,date), and run them again:`,
      ...undated.map((o) => `  ${o.file}`),
    );
  if (unused.length > 0) lines.push('', `--dates names files that are not in this batch: ${unused.join(', ')}`);
  const left = done.flatMap((o) => (o.status === 'added' ? o.added.leftForReview.map((id) => ({ o, id })) : []));
  if (left.length > 0) {
    lines.push('', `Left for review, in their drafts (${left.length}): they may be events archived already, or depend on one that may be.`);
    for (const { o, id } of left) {
      const found = o.draft.draft.events.find((e) => e.event.id === id);
      const may = (found?.duplicates ?? []).map((d) => `${d.event} (${d.reasons.join('; ')})`);
      lines.push(`  ${o.draft.id} ${id}${may.length > 0 ? `: may be ${may.join(', or ')}` : ''}`);
    }
  }
  const pending = done.filter((o) => o.status === 'drafted' || o.added.leftForReview.length > 0);
  if (pending.length > 0)
    lines.push('', `Review ${pending.length === 1 ? 'the draft' : 'the drafts'} at /review: fill in the outlet, the English title and the translations, mark events accepted or rejected, then accept there or with:`, `  npm run ingest -- --accept ${pending[0]!.draft.id} --reviewer "Your name"`);
  return lines;
}

/** One draft as the JSON line `--json` prints: the stored draft whole (but its text, which is the file read), and what a batch added. */
export function draftJson(outcome: Extract<Outcome, { status: 'drafted' | 'added' }>): string {
  const { draft } = outcome;
  return JSON.stringify({
    id: draft.id,
    file: outcome.file,
    state: draft.state,
    version: draft.version,
    createdAt: draft.createdAt,
    createdBy: draft.createdBy,
    ...draft.draft,
    ...(outcome.status === 'added' ? { added: outcome.added } : {}),
  });
}
