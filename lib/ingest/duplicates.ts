/**
 * Possible duplicates: a drafted event that may be one already in the archive, told by another
 * outlet (or the same one again). The reviewer decides; this only finds the candidates and says in
 * words why each one matched, so that the decision can be checked.
 *
 * An archived event matches a drafted one when all four hold:
 * - the same kind;
 * - dates that overlap (each date claim is a span, start to end, both days included);
 * - the same places: a movement's from and to (the via stops are not compared: outlets name
 *   different stops of one journey), any other event's place;
 * - similar wording: the Jaccard index of the two events' word sets is at least
 *   `SIMILAR_WORDING`. The words are those of the quotes and the Arabic summary, through the
 *   search's own normaliser (lib/search/normalize.ts), each word in its shortest form (clitics and
 *   article stripped), without words of fewer than `MIN_WORD` letters (في، من، عن…).
 *
 * The first three are strict because they come from fields the reviewer checks anyway; the wording
 * is the loose part. Two outlets' reports of one event share its places, its forces and its verbs
 * and little else: drafted from the ingest fixtures, a second report of the coalition's September
 * 2026 deadline at Erbil scores 0.23 against the archived one, and a second report of the planned
 * move from Ain al-Asad to Erbil 0.25; different events of one kind at the same places score
 * 0.03–0.17 against each other. Hence 0.2: a false flag costs the reviewer one click ("Add as a new
 * event"), a missed one a duplicate in the archive.
 */
import type { EventRecord } from '@/lib/data/schema';
import { searchTerms } from '@/lib/search/normalize';

/** The least Jaccard index of two events' word sets for them to be called similar. */
export const SIMILAR_WORDING = 0.2;
/** Shorter words (mostly particles) do not count. */
export const MIN_WORD = 3;

export interface DuplicateMatch {
  /** The archived event's id. */
  event: string;
  /** Why it matched, one reason per test, in words. */
  reasons: string[];
}

/** The places that must agree, in the order they are compared: from and to, or the one place. */
export interface PlaceKey {
  role: 'from' | 'to' | 'place';
  place: string;
}

export function placeKeys(event: Pick<EventRecord, 'kind' | 'from' | 'to' | 'place'>): PlaceKey[] {
  if (event.kind === 'movement') return event.from && event.to ? [{ role: 'from', place: event.from }, { role: 'to', place: event.to }] : [];
  return event.place ? [{ role: 'place', place: event.place }] : [];
}

/** The event's words, each in its shortest normalised form. */
export function wordSet(event: Pick<EventRecord, 'sources' | 'summary'>): Set<string> {
  const text = [...event.sources.map((s) => s.quote), event.summary.ar].join(' ');
  const words = new Set<string>();
  for (const forms of searchTerms(text)) {
    const shortest = forms.reduce((a, b) => (b.length < a.length ? b : a));
    if ([...shortest].length >= MIN_WORD) words.add(shortest);
  }
  return words;
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

const overlap = (a: EventRecord['date'], b: EventRecord['date']) => a.start <= b.end && b.start <= a.end;

/** The span both dates cover, as the reasons show it. */
function overlapText(a: EventRecord['date'], b: EventRecord['date']): string {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start === end ? start : `${start} … ${end}`;
}

/**
 * Why `archived` may be the same event as `drafted`, or null when it is not a candidate. The ids
 * are not compared: ingest names events after their kind, places and date, so an archived event
 * with the drafted one's id is the likeliest duplicate of all.
 */
export function duplicateReasons(drafted: EventRecord, archived: EventRecord): string[] | null {
  if (drafted.kind !== archived.kind) return null;
  if (!overlap(drafted.date, archived.date)) return null;
  const mine = placeKeys(drafted);
  const theirs = placeKeys(archived);
  if (mine.length === 0 || mine.length !== theirs.length || mine.some((k, i) => k.role !== theirs[i]!.role || k.place !== theirs[i]!.place)) return null;
  const similarity = jaccard(wordSet(drafted), wordSet(archived));
  if (similarity < SIMILAR_WORDING) return null;
  return [
    `same kind: ${drafted.kind}`,
    `dates overlap: ${overlapText(drafted.date, archived.date)}`,
    `same places: ${mine.map((k) => k.place).join(' → ')}`,
    `similar wording: ${similarity.toFixed(2)}`,
  ];
}

/** The candidates that match `drafted`, most similar first (ties by id, so the order is stable). */
export function findDuplicates(drafted: EventRecord, candidates: readonly EventRecord[]): DuplicateMatch[] {
  const scored: { match: DuplicateMatch; score: number }[] = [];
  for (const c of candidates) {
    const reasons = duplicateReasons(drafted, c);
    if (reasons) scored.push({ match: { event: c.id, reasons }, score: jaccard(wordSet(drafted), wordSet(c)) });
  }
  return scored.sort((a, b) => b.score - a.score || (a.match.event < b.match.event ? -1 : 1)).map((s) => s.match);
}
