import type { EventRecord } from '@/lib/data/schema';
import { toCsv } from './csv';

const HEADER = [
  'id', 'kind', 'status', 'date_start', 'date_end', 'precision', 'inferred', 'date_basis',
  'from', 'via', 'to', 'place', 'actor_en', 'actor_ar', 'summary_en', 'summary_ar', 'source_articles',
] as const;

const row = (e: EventRecord) => [
  e.id, e.kind, e.status, e.date.start, e.date.end, e.date.precision, String(e.date.inferred), e.date.basis,
  e.from ?? '', (e.via ?? []).join(' '), e.to ?? '', e.place ?? '',
  e.actor.en, e.actor.ar, e.summary.en, e.summary.ar,
  [...new Set(e.sources.map((s) => s.article))].join(' '),
];

/** The events as CSV, as it streams: the header first, with the UTF-8 byte-order mark that lets
 * spreadsheet programs read the Arabic columns, then rows as they come. */
export async function* csvChunks(events: AsyncIterable<EventRecord>): AsyncGenerator<string> {
  yield '\uFEFF' + toCsv(HEADER, []);
  let batch: EventRecord[] = [];
  for await (const e of events) {
    batch.push(e);
    if (batch.length === 500) {
      yield toCsv(null, batch.map(row));
      batch = [];
    }
  }
  if (batch.length > 0) yield toCsv(null, batch.map(row));
}
