/**
 * A draft, as ingest makes it and the store keeps it (with the article's text beside it). It holds
 * the article's metadata as far as ingest could work it out, and each proposed event as a full
 * event record with its review state, confidence and rule. A person fills in what ingest cannot know (outlet, English title and translations), marks
 * events accepted or rejected, and accepts the draft into the dataset.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { articleMetaSchema, eventSchema, type ArticleMeta, type EventRecord, type Place } from '@/lib/data/schema';
import type { ArticleDraft } from './draft';
import { findDates } from './dates';

/** `merged`: the event is one already in the archive (`mergeInto`), and its quote becomes another source of that one. */
export const REVIEW_STATES = ['pending', 'accepted', 'rejected', 'merged'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

const duplicateSchema = z.object({ event: z.string(), reasons: z.array(z.string()) });

/** Loose on purpose: the draft is checked in full, as data, when it is accepted. */
export const draftFileSchema = z.object({
  article: z.record(z.string(), z.unknown()),
  events: z.array(
    z.object({
      review: z.enum(REVIEW_STATES),
      confidence: z.number(),
      rule: z.string(),
      event: z.record(z.string(), z.unknown()),
      duplicates: z.array(duplicateSchema).optional(),
      mergeInto: z.string().optional(),
      duplicateChecked: z.boolean().optional(),
      stored: z.literal(true).optional(),
    }),
  ),
  unresolvedPlaces: z.array(z.object({ text: z.string(), start: z.number(), end: z.number() })),
  places: z.array(z.object({ place: z.record(z.string(), z.unknown()), basis: z.string(), named: z.string() })).optional(),
  articleStored: z.literal(true).optional(),
});

/** One proposed event and what the review decided about it. */
export interface DraftEvent {
  review: ReviewState;
  confidence: number;
  rule: string;
  event: EventRecord;
  /** Archived events it may be (lib/ingest/duplicates.ts), found when the draft was made: what the reviewer is shown. */
  duplicates?: { event: string; reasons: string[] }[];
  /** With `review: 'merged'`: the archived event that gets this event's quote as another source. */
  mergeInto?: string;
  /** The reviewer says it is new, not a duplicate: accepted even if a possible duplicate appeared since the review. */
  duplicateChecked?: boolean;
  /** Already written to the archive (by a batch that left other events for review): not written again. */
  stored?: true;
}

export interface DraftFile {
  article: ArticleMeta;
  events: DraftEvent[];
  unresolvedPlaces: { text: string; start: number; end: number; candidates?: { id: string; name: string; country: string }[] }[];
  /** Places the events name that the dataset lacks (from the curated layer or GeoNames), written with the events that name them when accepted. */
  places?: { place: Place; basis: string; named: string }[];
  /** The article is in the archive already (a batch accepted it, leaving some events for review). */
  articleStored?: true;
}

/** For a person to fill in: ingest cannot know it. */
export const TO_FILL = '';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The first line of a range that reads like a headline (the title ingest proposes). */
function firstLine(text: string, start: number, end: number): string {
  return text.slice(start, end).split('\n').map((l) => l.trim()).find((l) => l.length >= 8 && l.length <= 200) ?? TO_FILL;
}

/** The draft file for an article with id `id` whose text is `text` (its bytes `bytes`). */
export function draftFile(id: string, text: string, bytes: Uint8Array, draft: ArticleDraft): DraftFile {
  const main = draft.parts.find((p) => p.kind === 'main');
  let n = 0;
  const parts = draft.parts.map((p) => {
    const part: ArticleMeta['parts'][number] = { id: `${p.kind}-${++n}`, kind: p.kind, start: p.start, end: p.end };
    if (p.kind !== 'appended') return part;
    // An appended story carries its own date: the first it states, else the page's, said so.
    const stated = findDates(text, draft.published.date, p.start, p.end).find((d) => !d.date.inferred);
    return {
      ...part,
      title: { ar: firstLine(text, p.start, p.end), en: TO_FILL },
      published: stated
        ? { date: stated.date.start, ...(stated.date.precision === 'range' ? { end: stated.date.end } : {}), precision: stated.date.precision, inferred: true, basis: `«${stated.text}», the first date the appended story states` }
        : { date: draft.published.date, precision: 'day' as const, inferred: true, basis: 'not stated in the appended story: the page’s date, to check' },
    };
  });
  const article: ArticleMeta = {
    id,
    outlet: { en: TO_FILL, ar: TO_FILL },
    title: { ar: main ? firstLine(text, main.start, main.end) : TO_FILL, en: TO_FILL },
    published: { date: draft.published.date, precision: 'day', inferred: draft.published.inferred, basis: draft.published.basis },
    sha256: sha256(bytes),
    bytes: bytes.length,
    parts,
  };
  const events = draft.events.map((e) => {
    const event: EventRecord = {
      id: e.id,
      kind: e.kind,
      status: e.status,
      actor: { en: TO_FILL, ar: TO_FILL },
      ...(e.kind === 'movement' ? { from: e.from, ...(e.via ? { via: e.via } : {}), to: e.to } : { place: e.place }),
      date: e.date,
      geoPrecision: e.geoPrecision,
      summary: { en: TO_FILL, ar: e.quote.length <= 160 ? e.quote : TO_FILL },
      sources: [{ article: id, quote: e.quote, translation: TO_FILL }],
      relations: e.denies !== undefined ? [{ kind: 'denies', event: draft.events[e.denies]!.id }] : [],
    };
    return { review: 'pending' as const, confidence: e.confidence, rule: e.rule, event };
  });
  return {
    article,
    events,
    unresolvedPlaces: draft.unresolvedPlaces.map(({ text: t, start, end, candidates }) => ({ text: t, start, end, ...(candidates ? { candidates } : {}) })),
    places: draft.newPlaces.map(({ place, basis, named }) => ({ place, basis, named })),
  };
}

/** Checks a draft's article and events against the data schema: the problems, each with its field. */
export function draftProblems(file: DraftFile): string[] {
  const problems: string[] = [];
  const article = articleMetaSchema.safeParse(file.article);
  if (!article.success) for (const issue of article.error.issues) problems.push(`article.${issue.path.join('.')}: ${issue.message}`);
  file.events.forEach(({ review, event }, i) => {
    if (review !== 'accepted') return;
    const parsed = eventSchema.safeParse(event);
    if (!parsed.success) for (const issue of parsed.error.issues) problems.push(`events[${i}].event.${issue.path.join('.')} (${String(event.id)}): ${issue.message}`);
  });
  return problems;
}
