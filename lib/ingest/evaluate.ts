/**
 * How well drafts match curated events: precision, recall and F1 for (place, date) pairs and for
 * movements' (from, to), and the share of quotes that are byte-exact substrings of the text.
 * A (place, date) pair matches when the place is the same and the two date ranges share a day.
 */
import { eventPlaceIds } from '@/lib/events/places';
import type { DateClaim, EventRecord } from '@/lib/data/schema';
import { rangesOverlap } from '@/lib/time/date';
import type { DraftEvent } from './draft';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  /** Drafted items matched / drafted, curated items matched / curated. */
  counts: { drafted: number; draftedMatched: number; curated: number; curatedMatched: number };
}

/** Anything with places and a date: a curated event or a draft. */
type Placed = Pick<EventRecord, 'place' | 'from' | 'via' | 'to'> & { date: Pick<DateClaim, 'start' | 'end'> };

const pairs = (events: readonly Placed[]) => events.flatMap((e) => eventPlaceIds(e).map((place) => ({ place, start: e.date.start, end: e.date.end })));

export function score<T, U>(drafted: readonly T[], curated: readonly U[], match: (d: T, c: U) => boolean): Score {
  const draftedMatched = drafted.filter((d) => curated.some((c) => match(d, c))).length;
  const curatedMatched = curated.filter((c) => drafted.some((d) => match(d, c))).length;
  const precision = drafted.length === 0 ? 0 : draftedMatched / drafted.length;
  const recall = curated.length === 0 ? 0 : curatedMatched / curated.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, counts: { drafted: drafted.length, draftedMatched, curated: curated.length, curatedMatched } };
}

/** Scores of several articles together: their counts summed (each article's drafts only match its own events). */
export function total(scores: readonly Score[]): Score {
  const sum = (key: keyof Score['counts']) => scores.reduce((n, s) => n + s.counts[key], 0);
  const counts = { drafted: sum('drafted'), draftedMatched: sum('draftedMatched'), curated: sum('curated'), curatedMatched: sum('curatedMatched') };
  const precision = counts.drafted === 0 ? 0 : counts.draftedMatched / counts.drafted;
  const recall = counts.curated === 0 ? 0 : counts.curatedMatched / counts.curated;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), counts };
}

/** (place, date) pairs: same place, dates that share a day. */
export function placeDateScore(drafts: readonly Placed[], curated: readonly Placed[]): Score {
  return score(pairs(drafts), pairs(curated), (d, c) => d.place === c.place && rangesOverlap(d.start, d.end, c.start, c.end));
}

/** Movements' ends: same from and same to. */
export function fromToScore(drafts: readonly Placed[], curated: readonly (Placed & { kind: string })[]): Score {
  const ends = (list: readonly Placed[]) => list.filter((e) => e.from && e.to).map((e) => `${e.from}→${e.to}`);
  return score(ends(drafts), ends(curated.filter((e) => e.kind === 'movement')), (d, c) => d === c);
}

/** The share of drafts whose quote is exactly the text at its offsets, and found in the text. */
export function exactQuotes(text: string, drafts: readonly DraftEvent[]): number {
  if (drafts.length === 0) return 1;
  return drafts.filter((d) => text.slice(d.at[0], d.at[1]) === d.quote && text.includes(d.quote)).length / drafts.length;
}

/** What a labelled article says: its true publication date and whether its text states it, the places it names, its events. */
export interface Labelled {
  published: string;
  /** "day": the text states the full date; "weekday-only": only a weekday or a relative cue; "none". */
  publishedInText: 'day' | 'weekday-only' | 'none';
  places: string[];
  /** True when `places` lists every place the text names, not only its events' places. */
  everyPlace?: boolean;
  events: (Placed & { kind: string })[];
  half?: 'tune' | 'holdout';
}

/** The set of places an article names: the drafted set against the labelled one. */
export function placeSetScore(drafted: readonly string[], labelled: readonly string[]): Score {
  return score([...new Set(drafted)], [...new Set(labelled)], (d, c) => d === c);
}

export interface PublicationOutcome {
  stated: boolean;
  /** found: the stated date; asked: none found where none is stated (ingest asks); missed: a stated date not found; wrong: a date that is not the true one. */
  outcome: 'found' | 'asked' | 'missed' | 'wrong';
}

/** How ingest did on the publication date, found without being given it. A wrong date is worse than none. */
export function publicationScore(found: string | null, label: Pick<Labelled, 'published' | 'publishedInText'>): PublicationOutcome {
  const stated = label.publishedInText === 'day';
  if (found === null) return { stated, outcome: stated ? 'missed' : 'asked' };
  return { stated, outcome: found === label.published ? 'found' : 'wrong' };
}
