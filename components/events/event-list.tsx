'use client';

import { useI18n } from '@/components/i18n/locale-provider';
import { useEventPages } from '@/hooks/use-event-pages';
import { EventItem, EventsLoadError } from './event-item';

const PAGE = 50;
const pageUrl = (cursor: string | null) => `/api/events?limit=${PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;

/** The reports as a plain list in date order, a page at a time: the map's stand-in without WebGL. */
export function EventList() {
  const { m, f } = useI18n();
  const pages = useEventPages(pageUrl);
  if (pages.error && pages.events.length === 0) return <EventsLoadError error={pages.error} onRetry={pages.retry} />;
  if (pages.total === 0) return <p>{m.app.noEvents}</p>;
  return (
    <>
      <ol className="place-events event-list" aria-label={m.app.events}>
        {pages.events.map((e) => (
          <li key={e.id}>
            <EventItem event={e} />
          </li>
        ))}
      </ol>
      {pages.loading ? (
        <p role="status">{m.panel.loading}</p>
      ) : pages.error ? (
        <EventsLoadError error={pages.error} onRetry={pages.retry} />
      ) : (
        pages.more && (
          <button type="button" onClick={pages.loadMore}>
            {m.panel.more(f.number(pages.events.length), f.number(pages.total ?? 0))}
          </button>
        )
      )}
    </>
  );
}
