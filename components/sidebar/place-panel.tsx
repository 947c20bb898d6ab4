'use client';

import { useEffect, useMemo, useRef } from 'react';
import { eventPlaceIds } from '@/lib/api/events-query';
import type { EventRecord, Place } from '@/lib/data/schema';
import { EventItem, EventsLoadError, newestFirst } from '@/components/events/event-item';

const KIND_LABELS: Record<Place['kind'], string> = {
  'air-base': 'Air base',
  airport: 'Airport',
  'border-crossing': 'Border crossing',
  city: 'City',
  province: 'Province',
  country: 'Country',
  area: 'Area',
};

interface PlacePanelProps {
  place: Place;
  /** Every event; the panel keeps those that touch this place. Undefined while loading. */
  events: readonly EventRecord[] | undefined;
  eventsError: Error | undefined;
  onRetry: () => void;
  onClose: () => void;
}

/**
 * One place and the events reported there, newest first. It will grow into the reports sidebar, so
 * the event list is its own section.
 */
export function PlacePanel({ place, events, eventsError, onRetry, onClose }: PlacePanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [place.id]);
  const here = useMemo(
    () => (events ?? []).filter((e) => eventPlaceIds(e).includes(place.id)).sort(newestFirst),
    [events, place.id],
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
      <section aria-labelledby="place-events-title">
        <h3 id="place-events-title">Reported here</h3>
        {eventsError ? (
          <EventsLoadError error={eventsError} onRetry={onRetry} />
        ) : events === undefined ? (
          <p role="status">Loading events…</p>
        ) : here.length === 0 ? (
          <p>No events in the dataset mention this place.</p>
        ) : (
          <ol className="place-events">
            {here.map((e) => (
              <li key={e.id}>
                <EventItem event={e} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </aside>
  );
}
