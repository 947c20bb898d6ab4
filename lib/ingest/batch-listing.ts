/**
 * A draft event by event, as a batch of one article prints it before its summary: the publication
 * date and how it was found, the article's parts, and each event with its confidence, places,
 * dates, quote and the rule that drafted it, so that a person can judge the draft at a glance.
 */
import type { StoredDraft } from '@/lib/store/drafts';

/** Quotes are cut at this many characters; the draft keeps them whole. */
const QUOTE_SHOWN = 140;

export function draftListing(stored: StoredDraft): string[] {
  const { article, events, unresolvedPlaces } = stored.draft;
  const p = article.published;
  const lines = [
    `Article ${stored.id}, published ${p.date} (${p.inferred ? `inferred: ${p.basis}` : p.basis})`,
    `Parts: ${article.parts.map((part) => `${part.kind} ${part.start}–${part.end}`).join(', ')}`,
    `\n${events.length} draft event${events.length === 1 ? '' : 's'}:`,
  ];
  events.forEach(({ event: e, confidence, rule, duplicates }, i) => {
    const where = e.kind === 'movement' ? `${e.from} → ${[...(e.via ?? []), e.to].join(' → ')}` : e.place;
    const quote = e.sources[0]!.quote;
    lines.push(
      `  ${i + 1}. [${confidence.toFixed(2)}] ${e.kind}, ${e.status}, ${where}, ${e.date.start}${e.date.end !== e.date.start ? `…${e.date.end}` : ''} (${e.date.precision}${e.date.inferred ? ', inferred' : ''})`,
      `     «${quote.length > QUOTE_SHOWN ? `${quote.slice(0, QUOTE_SHOWN)}…` : quote}»`,
      `     rule: ${rule}`,
      ...(duplicates ?? []).map((d) => `     may be archived event ${d.event}: ${d.reasons.join('; ')}`),
    );
  });
  for (const u of unresolvedPlaces) lines.push(`  unresolved place: ${u.text}`);
  return lines;
}
