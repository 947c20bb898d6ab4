/**
 * Each event's timing on the timeline, from the dataset: when a plan was first reported (the
 * earliest publication of its sources) and when a denied claim was denied (its earliest denial).
 */
import type { ArticleMeta, EventRecord } from '@/lib/data/schema';
import { eventTiming, type EventTiming } from './animation';

/** The earliest publication date of the articles an event cites, if any of them is known. */
export function firstReported(event: EventRecord, published: (articleId: string) => string | undefined): string | undefined {
  return event.sources
    .map((s) => published(s.article))
    .filter((d): d is string => d !== undefined)
    .sort()[0];
}

export function eventTimings(events: readonly EventRecord[], articles: readonly ArticleMeta[]): Map<string, EventTiming> {
  const published = new Map(articles.map((a) => [a.id, a.published.date]));
  const deniedOn = new Map<string, string>();
  for (const e of events) {
    for (const r of e.relations) {
      if (r.kind !== 'denies') continue;
      const known = deniedOn.get(r.event);
      if (!known || e.date.start < known) deniedOn.set(r.event, e.date.start);
    }
  }
  return new Map(
    events.map((e) => [e.id, eventTiming(e, { announced: firstReported(e, (id) => published.get(id)), deniedOn: deniedOn.get(e.id) })]),
  );
}
