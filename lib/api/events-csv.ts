import type { EventRecord } from '@/lib/data/schema';
import { toCsv } from './csv';

const HEADER = [
  'id', 'kind', 'status', 'date_start', 'date_end', 'precision', 'inferred', 'date_basis',
  'from', 'via', 'to', 'place', 'actor_en', 'actor_ar', 'summary_en', 'summary_ar', 'source_articles',
] as const;

/** One row per event; the UTF-8 byte-order mark lets spreadsheet programs read the Arabic columns. */
export function eventsToCsv(events: readonly EventRecord[]): string {
  const rows = events.map((e) => [
    e.id, e.kind, e.status, e.date.start, e.date.end, e.date.precision, String(e.date.inferred), e.date.basis,
    e.from ?? '', (e.via ?? []).join(' '), e.to ?? '', e.place ?? '',
    e.actor.en, e.actor.ar, e.summary.en, e.summary.ar,
    [...new Set(e.sources.map((s) => s.article))].join(' '),
  ]);
  return '\uFEFF' + toCsv(HEADER, rows);
}
