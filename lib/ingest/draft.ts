/**
 * Draft events from a new Arabic article, for a person to review: each from one sentence of a story
 * (never of page furniture) that pairs a movement, strike, attack or handover term with places the
 * gazetteer knows. The quote is that sentence, a byte-exact substring of the stored text; the date
 * is one the sentence states or implies, resolved against the publication date and marked with its
 * precision and basis; the status follows the wording (a future or intention → planned, an
 * attribution → claimed, a denial → a statement that denies the claim it matches). Each draft says
 * which rule made it and how sure the rule is.
 */
import type { DateClaim, EventKind, EventStatus, Place } from '@/lib/data/schema';
import { eventPlaceIds } from '@/lib/events/places';
import { sentences } from '@/lib/search/search';
import { foldText } from '@/lib/search/normalize';
import { findDates, type DateMention } from './dates';
import { splitParts, type PartRange } from './parts';
import { findPlaces, gazetteer, type PlaceMention, type UnresolvedPlace } from './places';

export interface DraftEvent {
  id: string;
  kind: EventKind;
  status: EventStatus;
  place?: string;
  from?: string;
  via?: string[];
  to?: string;
  date: DateClaim;
  quote: string;
  /** Where the quote is in the text: [start, end). */
  at: [number, number];
  /** The index of the draft this one denies, if it is a denial. */
  denies?: number;
  confidence: number;
  rule: string;
}

export interface ArticleDraft {
  published: { date: string; inferred: boolean; basis: string };
  parts: PartRange[];
  events: DraftEvent[];
  unresolvedPlaces: UnresolvedPlace[];
}

/** Words (folded, as normalize.ts folds them) that make a sentence about each kind of event. */
const TRIGGERS: { kind: EventKind; words: string[] }[] = [
  { kind: 'movement', words: ['دخل', 'دخول', 'خرج', 'خروج', 'انسحب', 'تنسحب', 'ستنسحب', 'انسحاب', 'وصل', 'وصول', 'نقل القوات', 'نقل قوات', 'نقل معدات', 'ونقل معدات', 'انطلق', 'انطلاق', 'غادر', 'مغادره', 'رتل', 'رتلا', 'ارتال', 'تحرك', 'توجه', 'اخلاء', 'اعاده تموضع', 'ذهب', 'تنتقل', 'ينتقل', 'ستنتقل القوات', 'انتقال'] },
  { kind: 'strike', words: ['ضربه', 'ضربات', 'غاره', 'غارات', 'قصف', 'قصفت'] },
  { kind: 'attack', words: ['هجوم', 'هجمات', 'استهداف', 'استهدف', 'استهدفت', 'صواريخ', 'صاروخي', 'طائره مسيره', 'مسيره', 'تعرضت'] },
  { kind: 'handover', words: ['تسليم', 'سلمت', 'تسلم', 'تسلمت'] },
  { kind: 'exercise', words: ['تدريبات', 'مناورات', 'مناوره', 'تمرين', 'تمارين'] },
  // A mission's end or a deadline, when the sentence speaks of the future (see FUTURE).
  { kind: 'deadline', words: ['بحلول', 'انهاء المهمه', 'انهاء مهمه', 'ستنتقل المهمه', 'ستستمر حتي', 'موعد', 'تبقي القوات', 'ستبقي'] },
  { kind: 'statement', words: ['بيان', 'بيانا', 'طالبت', 'طالب', 'اعلنت', 'اعلن', 'صرح', 'اكدت'] },
];

/** «دخلت فى نقاشات» (entered talks) and the like: entering something that is not a place. */
const ABSTRACT_ENTRY = /دخل\S*\s+(في|فى)\s+(نقاشات|مفاوضات|مشاورات|حوار|مرحله|محادثات)/;

/** Movement words strong enough to draft a departure or arrival when only one place is named. */
const ONE_PLACE_MOVES = ['انسحب', 'انسحاب', 'تنسحب', 'ستنسحب', 'رتل', 'ارتال', 'غادر', 'مغادره', 'اخلاء'];

const FUTURE = ['من المقرر', 'سوف', 'تعتزم', 'يعتزم', 'ستنسحب', 'سينسحب', 'ستنتقل', 'سيتم', 'ستتم', 'بحلول', 'المقبل', 'المقبله', 'خطه', 'ستبقي', 'سيبقي'];
const DENIAL = ['نفي', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'غير دقيقه', 'غير صحيحه', 'عار عن الصحه'];
/** A denial verb as a word of its own («نفت»، «وتنفي»), not inside another («تنفيذ»). */
const DENIAL_WORD = /(^|[^\p{L}])[وف]?(نفي|نفت|ينفي|تنفي|نفوا)(?!\p{L})|غير دقيقه|غير صحيحه|عار عن الصحه/u;
const ATTRIBUTION = ['بحسب', 'حسب', 'وفق', 'وفقا', 'نقلا عن', 'مصدر', 'مصادر', 'زعم', 'ادعي', 'افادت', 'افاد', 'اشارت تقارير', 'تقارير'];

const has = (folded: string, words: readonly string[]) => words.some((w) => folded.includes(w));

/** The letters a folded letter stands for in the original text (normalize.ts folds them together). */
const UNFOLD: Record<string, string> = { 'ا': '[اأإآٱ]', 'ه': '[هة]', 'ي': '[يىئ]', 'و': '[وؤ]' };

/** Where a folded word first occurs in the original text, diacritics and tatweel allowed between its letters; -1 if nowhere. */
function locate(original: string, folded: string): number {
  const marks = '[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u0640]*';
  const pattern = [...folded].map((c) => (UNFOLD[c] ?? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) + marks).join('');
  return original.search(new RegExp(pattern));
}

/** The role a place plays in a movement sentence, from the word before it. */
function role(text: string, mention: PlaceMention): 'from' | 'to' | 'via' | null {
  const before = foldText(text.slice(Math.max(0, mention.start - 14), mention.start)).trim();
  const last = before.split(/\s+/).at(-1) ?? '';
  if (/(^|و)(من|منطقه)$/.test(last) || last === 'مغادره') return 'from';
  if (/(الي|نحو|باتجاه|صوب|لي|حتي)$/.test(last) || /^(ب|ل)/.test(mention.text) || last === 'اتجاه') return 'to';
  if (/(عبر|خلال)$/.test(last)) return 'via';
  return null;
}

function kebab(...parts: string[]): string {
  return parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The date a sentence speaks of: one it states, else the last one stated before it in the story, else the publication date (each said so). */
function sentenceDate(mentions: readonly DateMention[], start: number, end: number, storyStart: number, published: string, near: number, future: boolean): { date: DateClaim; rule: string; certainty: number } {
  // Of the dates in the sentence, the one nearest the word it is about; for a plan, one still ahead
  // («من المقرر … فى سبتمبر المقبل», not the «اليوم» it was reported).
  const all = mentions.filter((m) => m.start >= start && m.end <= end);
  const ahead = future ? all.filter((m) => m.date.end > published) : [];
  const inside = (ahead.length > 0 ? ahead : all).sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near));
  const pick = inside[0];
  if (pick) return { date: pick.date, rule: `date «${pick.text}» in the sentence`, certainty: 1 };
  const before = mentions.filter((m) => m.end <= start && m.start >= storyStart).at(-1);
  if (before) return { date: { ...before.date, inferred: true, basis: `${before.date.basis}; stated earlier in the story, not in the sentence` }, rule: `date «${before.text}» earlier in the story`, certainty: 0.7 };
  return {
    date: { start: published, end: published, precision: 'day', inferred: true, basis: `no date in the sentence or before it: the publication date ${published}` },
    rule: 'no date stated: the publication date',
    certainty: 0.5,
  };
}

/**
 * Drafts for an article. `published` is the publication date (from --published, or inferred from
 * the text by the caller); without one there is nothing to resolve relative dates against.
 */
export function draftEvents(text: string, published: { date: string; inferred: boolean; basis: string }, places: readonly Place[]): ArticleDraft {
  const parts = splitParts(text);
  const g = gazetteer(places);
  const events: DraftEvent[] = [];
  const unresolved: UnresolvedPlace[] = [];
  for (const part of parts.filter((p) => p.kind !== 'furniture')) {
    // An appended story is its own article: its relative dates count from the first date it states,
    // and one that states none has no date to count from (its events are not drafted undated).
    const own = part.kind === 'appended' ? findDates(text, null, part.start, part.end).find((d) => d.date.precision === 'day') : undefined;
    if (part.kind === 'appended' && !own) continue;
    const anchor = own?.date.start ?? published.date;
    const dates = findDates(text, anchor, part.start, part.end);
    for (const [start, end] of sentences(text, part.start, part.end)) {
      const sentence = text.slice(start, end);
      const folded = foldText(sentence);
      const { found, unresolved: unknown } = findPlaces(text, g, start, end);
      unresolved.push(...unknown);
      // The event word that comes first in the sentence decides its kind (Arabic puts the verb first).
      // A plan speaks of the future in words, or (a deadline, a movement) names a date still ahead of the publication.
      const futureWords = has(folded, FUTURE);
      const future = futureWords || dates.some((d) => d.start >= start && d.end <= end && d.date.start > anchor);
      const first = (words: readonly string[]) => Math.min(...words.map((w) => folded.indexOf(w)).filter((i) => i >= 0), Infinity);
      const trigger = TRIGGERS.filter((t) => t.kind !== 'deadline' || future)
        .map((t) => ({ t, at: first(t.words) }))
        .filter((c) => c.at < Infinity && !(c.t.kind === 'movement' && ABSTRACT_ENTRY.test(folded)))
        .sort((a, b) => a.at - b.at)[0]?.t;
      const denial = DENIAL_WORD.test(folded);
      if ((!trigger && !denial) || found.length === 0) continue;
      // The date nearest the word that makes the sentence an event («الغارات … فى ١١ أكتوبر»).
      const word = [...(trigger?.words ?? []), ...DENIAL].filter((w) => folded.includes(w)).sort((a, b) => folded.indexOf(a) - folded.indexOf(b))[0];
      const at = word ? locate(sentence, word) : -1;
      const planned = futureWords || (future && (trigger?.kind === 'deadline' || trigger?.kind === 'movement'));
      const { date, rule: dateRule, certainty } = sentenceDate(dates, start, end, part.start, anchor, at >= 0 ? start + at : found[0]!.start, planned);
      const status: EventStatus = planned ? 'planned' : has(folded, ATTRIBUTION) && !denial ? 'claimed' : 'reported';
      // The most specific places: a country is kept only when the sentence names nothing finer.
      const kindOf = (id: string) => places.find((p) => p.id === id)?.kind;
      const fine = found.filter((m) => kindOf(m.placeId) !== 'country');
      const placeIds = [...new Set((fine.length > 0 && trigger?.kind !== 'movement' ? fine : found).map((m) => m.placeId))];
      // A statement is drafted at a place it names, not at a whole country it mentions in passing.
      if (trigger?.kind === 'statement' && !denial && fine.length === 0) continue;
      const base = { date, quote: sentence, at: [start, end] as [number, number] };

      if (denial) {
        // A denial is a statement; it denies the latest claim in the story that shares a place with it.
        const target = events.findLastIndex((e) => e.status === 'claimed' && eventPlaceIds(e).some((p) => placeIds.includes(p)));
        events.push({ ...base, id: kebab('denial', placeIds[0]!, date.start), kind: 'statement', status: 'reported', place: placeIds[0]!, denies: target >= 0 ? target : undefined, confidence: target >= 0 ? 0.7 : 0.4, rule: `denial wording${target >= 0 ? ' matching an earlier claim' : ''}; ${dateRule}` });
        if (target >= 0) events[target] = { ...events[target]!, status: 'denied' };
        continue;
      }
      if (trigger!.kind === 'movement') {
        // A place joined by «و» to the one before it plays the same part: «من عين الأسد ومطار بغداد».
        const roles: { id: string; role: ReturnType<typeof role> }[] = [];
        found.forEach((m, i) => {
          const prev = found[i - 1];
          const joined = prev && /^[\s،,]*$/.test(text.slice(prev.end, m.start)) && /^و/.test(m.text);
          roles.push({ id: m.placeId, role: role(text, m) ?? (joined ? roles[i - 1]!.role : null) });
        });
        const froms = [...new Set(roles.filter((r) => r.role === 'from').map((r) => r.id))];
        // No «من»: a place named before the destination is where it leaves from («تغادر عين الأسد إلى الكويت»).
        const toAt = roles.findLastIndex((r) => r.role === 'to');
        const implied = froms.length === 0 && toAt > 0 ? roles.slice(0, toAt).find((r) => r.role === null && r.id !== roles[toAt]!.id)?.id : undefined;
        if (implied) froms.push(implied);
        // The last place it heads for is where it goes; those before are on the way.
        const to = roles.findLast((r) => r.role === 'to' && !froms.includes(r.id))?.id;
        const onTheWay = roles.filter((r) => r.role === 'to' && !froms.includes(r.id) && r.id !== to).map((r) => r.id);
        const via = [...new Set([...roles.filter((r) => r.role === 'via' && !froms.includes(r.id) && r.id !== to).map((r) => r.id), ...onTheWay])];
        if (froms.length > 0 && to) {
          for (const from of froms)
            events.push({
              ...base,
              id: kebab(status === 'planned' ? 'planned' : 'movement', from, 'to', to, date.start),
              kind: 'movement',
              status,
              from,
              to,
              ...(via.length ? { via } : {}),
              confidence: Math.round((implied ? 0.7 : 0.9) * certainty * 100) / 100,
              rule: `movement word with ${implied ? `${from} named before the destination` : `«من» ${from}`} and a direction to ${to}; ${dateRule}`,
            });
          continue;
        }
        const from = froms[0];
        // A movement with only one end named: a withdrawal from (or an arrival at) one place, and
        // only for words that leave no doubt (a «دخلت في نقاشات» is not a movement).
        if (!has(folded, ONE_PLACE_MOVES)) continue;
        const one = from ?? to ?? placeIds[0]!;
        events.push({ ...base, id: kebab(from ? 'withdrawal' : 'movement-at', one, date.start), kind: from ? 'withdrawal' : 'posture', status, place: one, confidence: Math.round(0.5 * certainty * 100) / 100, rule: `movement word with only one place (${one}); ${dateRule}` });
        continue;
      }
      for (const place of placeIds) {
        events.push({ ...base, id: kebab(trigger!.kind, place, date.start), kind: trigger!.kind, status, place, confidence: Math.round(0.7 * certainty * 100) / 100, rule: `${trigger!.kind} word with place ${place}; ${dateRule}` });
      }
    }
  }
  // Ids are unique within a draft.
  const seen = new Map<string, number>();
  for (const e of events) {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    if (n > 1) e.id = `${e.id}-${n}`;
  }
  const unique = [...new Map(unresolved.map((u) => [`${u.start}:${u.end}`, u])).values()];
  return { published, parts, events, unresolvedPlaces: unique };
}
