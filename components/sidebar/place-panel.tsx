'use client';

import { useEffect, useMemo, useRef } from 'react';
import type { ArticleMeta, EventRecord, Place } from '@/lib/data/schema';
import { EventsLoadError } from '@/components/events/event-item';
import { ReportItem } from '@/components/reports/report-item';
import { eventLinks, groupCovers, placeReports, type DateGroup, type EventLink } from '@/lib/reports/reports';
import { formatDateClaim } from '@/lib/time/format';

const KIND_LABELS: Record<Place['kind'], string> = {
  'air-base': 'Air base',
  airport: 'Airport',
  'border-crossing': 'Border crossing',
  city: 'City',
  province: 'Province',
  country: 'Country',
  area: 'Area',
};

const NO_LINKS: EventLink[] = [];

interface PlacePanelProps {
  place: Place;
  /** Every event; the panel keeps those that touch this place. Undefined while loading. */
  events: readonly EventRecord[] | undefined;
  eventsError: Error | undefined;
  /** Article metadata, for each quote's outlet and publication date (undefined while loading). */
  articles: readonly ArticleMeta[] | undefined;
  /** The timeline's time (null: every date): its group is highlighted and kept in view. */
  time: number | null;
  onRetry: () => void;
  onClose: () => void;
  /** A report was chosen: the timeline goes to its date. */
  onSelectEvent: (event: EventRecord) => void;
}

/**
 * One place's reports: grouped by date, oldest first, what was reported apart from what is planned,
 * each with its verbatim quotes and their translations, and denials linked both ways. The group at
 * the timeline's date is highlighted and scrolled into view as the timeline moves.
 */
export function PlacePanel({ place, events, eventsError, articles, time, onRetry, onClose, onSelectEvent }: PlacePanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => headingRef.current?.focus(), [place.id]);
  const reports = useMemo(() => placeReports(place.id, events ?? []), [events, place.id]);
  const links = useMemo(() => eventLinks(events ?? []), [events]);
  const articlesById = useMemo(() => new Map((articles ?? []).map((a) => [a.id, a])), [articles]);
  const current = useMemo(
    () => (time === null ? '' : [...reports.reported, ...reports.planned].filter((g) => groupCovers(g, time)).map((g) => g.key).join(' ')),
    [reports, time],
  );
  useEffect(() => {
    const first = current.split(' ')[0];
    if (!first) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    listRef.current?.querySelector(`[data-group="${CSS.escape(first)}"]`)?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }, [current]);
  const count = reports.reported.length + reports.planned.length;
  const groupList = (groups: DateGroup[], label: string) => (
    <ol className="report-groups" aria-label={label}>
      {groups.map((g) => (
        <li key={g.key} data-group={g.key} className={current.split(' ').includes(g.key) ? 'report-group report-group-current' : 'report-group'} aria-current={current.split(' ').includes(g.key) ? 'date' : undefined}>
          <h4>{formatDateClaim(g.date)}</h4>
          {g.events.map((e) => (
            <ReportItem key={e.id} event={e} placeId={place.id} links={links.get(e.id) ?? NO_LINKS} articles={articlesById} onSelect={onSelectEvent} />
          ))}
        </li>
      ))}
    </ol>
  );
  const [lon, lat] = place.coordinates;

  return (
    <aside className="place-panel" aria-labelledby="place-panel-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <header className="place-panel-header">
        <h2 id="place-panel-title" ref={headingRef} tabIndex={-1}>
          {place.name.en}{' '}
          <span lang="ar" dir="rtl" className="place-name-ar">
            {place.name.ar}
          </span>
        </h2>
        <button type="button" className="close-button" onClick={onClose} aria-label={`Close ${place.name.en}`}>
          ×
        </button>
      </header>
      <p className="muted">
        {KIND_LABELS[place.kind]} · {lat.toFixed(4)}° N, {lon.toFixed(4)}° E
      </p>
      {place.note && (
        <p className="place-note" dir="auto">
          {place.note}
        </p>
      )}
      <div ref={listRef}>
        {eventsError ? (
          <EventsLoadError error={eventsError} onRetry={onRetry} />
        ) : events === undefined ? (
          <p role="status">Loading reports…</p>
        ) : count === 0 ? (
          <p>No events in the dataset mention this place.</p>
        ) : (
          <>
            {reports.reported.length > 0 && (
              <section aria-labelledby="place-reported-title">
                <h3 id="place-reported-title">Reported here</h3>
                {groupList(reports.reported, 'Reports by date')}
              </section>
            )}
            {reports.planned.length > 0 && (
              <section aria-labelledby="place-planned-title">
                <h3 id="place-planned-title">Plans and deadlines</h3>
                {groupList(reports.planned, 'Plans by date')}
              </section>
            )}
          </>
        )}
      </div>
    </aside>
  );
}
