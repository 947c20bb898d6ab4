import type { EventRecord } from '@/lib/data/schema';
import { STATUS_STYLES } from '@/lib/map/status-style';
import { formatDateClaim } from '@/lib/time/format';

/** An event's date, kind and status as badges; an inferred date says how it was worked out on hover. */
export function EventMeta({ event }: { event: EventRecord }) {
  return (
    <p className="event-meta">
      <time dateTime={event.date.start}>{formatDateClaim(event.date)}</time>
      {event.date.inferred && (
        <span className="badge" title={event.date.basis}>
          inferred
        </span>
      )}
      <span className="badge">{event.kind}</span>
      <span className={`badge status-${event.status}`}>{STATUS_STYLES[event.status].label}</span>
    </p>
  );
}

/** One event in a list: its badges and one-line summary. */
export function EventItem({ event }: { event: EventRecord }) {
  return (
    <>
      <EventMeta event={event} />
      <p className="event-summary">{event.summary.en}</p>
    </>
  );
}

/** Newest first, by the start of each event's date. */
export const newestFirst = (a: EventRecord, b: EventRecord) => (a.date.start < b.date.start ? 1 : a.date.start > b.date.start ? -1 : 0);

/** The events could not be loaded: what went wrong, and a way to try again. */
export function EventsLoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <p role="alert">
      The events could not be loaded ({error.message}).{' '}
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </p>
  );
}
