'use client';

import { useI18n } from '@/components/i18n/locale-provider';
import type { EventRecord } from '@/lib/data/schema';

/** An event's date, kind and status as badges; an inferred date says how it was worked out on hover. */
export function EventMeta({ event }: { event: EventRecord }) {
  const { m, f } = useI18n();
  return (
    <p className="event-meta">
      <time dateTime={event.date.start}>{f.dateClaim(event.date)}</time>
      {event.date.inferred && (
        <span className="badge" title={event.date.basis}>
          {m.inferred}
        </span>
      )}
      <span className="badge">{m.kind[event.kind]}</span>
      <span className={`badge status-${event.status}`}>{m.status[event.status]}</span>
    </p>
  );
}

/** One event in a list: its badges and one-line summary. */
export function EventItem({ event }: { event: EventRecord }) {
  const { locale } = useI18n();
  return (
    <>
      <EventMeta event={event} />
      <p className="event-summary">{event.summary[locale]}</p>
    </>
  );
}

/** Newest first, by the start of each event's date. */
export const newestFirst = (a: EventRecord, b: EventRecord) => (a.date.start < b.date.start ? 1 : a.date.start > b.date.start ? -1 : 0);

/** The events could not be loaded: what went wrong, and a way to try again. */
export function EventsLoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { m } = useI18n();
  return (
    <p role="alert">
      {m.app.eventsLoadError(error.message)}{' '}
      <button type="button" onClick={onRetry}>
        {m.app.retry}
      </button>
    </p>
  );
}
