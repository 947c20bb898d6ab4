/**
 * An article as the reader shows it: each part's text cut into runs at the edges of the quotes the
 * dataset takes from it (and of a passage a search result points at), so that each can be marked in
 * place. The text itself is never changed: the runs put back together are the stored text.
 */
import type { EventRecord } from '@/lib/data/schema';

export interface QuoteMark {
  start: number;
  end: number;
  /** The events that quote this span. */
  events: string[];
}

export interface Run {
  start: number;
  end: number;
  text: string;
  /** The events quoting this run, if any. */
  quotedBy: string[];
  /** Inside the passage the reader was opened at. */
  passage: boolean;
}

/** Where each quote of the article sits in its text (quotes are unique; the data rules check it). */
export function quoteMarks(articleId: string, text: string, events: readonly EventRecord[]): QuoteMark[] {
  const marks = new Map<string, QuoteMark>();
  for (const event of events) {
    for (const source of event.sources) {
      if (source.article !== articleId) continue;
      const start = text.indexOf(source.quote);
      if (start < 0) continue;
      const key = `${start}:${source.quote.length}`;
      const mark = marks.get(key) ?? { start, end: start + source.quote.length, events: [] };
      if (!mark.events.includes(event.id)) mark.events.push(event.id);
      marks.set(key, mark);
    }
  }
  return [...marks.values()].sort((a, b) => a.start - b.start);
}

/** The runs of text[from, to), cut at every quote's and the passage's edges. */
export function runs(text: string, from: number, to: number, quotes: readonly QuoteMark[], passage: [number, number] | null): Run[] {
  const cuts = new Set([from, to]);
  for (const q of quotes) for (const at of [q.start, q.end]) if (at > from && at < to) cuts.add(at);
  if (passage) for (const at of passage) if (at > from && at < to) cuts.add(at);
  const edges = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      quotedBy: quotes.filter((q) => q.start <= start && end <= q.end).flatMap((q) => q.events),
      passage: passage !== null && passage[0] <= start && end <= passage[1],
    });
  }
  return out;
}

/** `?at=120-245` from a search result, checked against the text's length. */
export function parsePassage(at: string | undefined, text: string): [number, number] | null {
  const m = /^(\d+)-(\d+)$/.exec(at ?? '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end && end <= text.length ? [start, end] : null;
}

/**
 * The span a reader opens at: a report's quote (`event` and `source`, the source's index), else a
 * search result's passage (`at`). A quote from another article falls back to the event's first quote
 * from this one.
 */
export function openingPassage(articleId: string, text: string, events: readonly EventRecord[], ask: { at?: string; event?: string; source?: string }): [number, number] | null {
  const sources = events.find((e) => e.id === ask.event)?.sources ?? [];
  const chosen = sources[Number(ask.source)];
  const quoted = (chosen?.article === articleId ? chosen : sources.find((s) => s.article === articleId))?.quote;
  const at = quoted ? text.indexOf(quoted) : -1;
  return at >= 0 ? [at, at + quoted!.length] : parsePassage(ask.at, text);
}
