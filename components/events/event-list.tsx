'use client';

import { useMemo } from 'react';
import { useI18n } from '@/components/i18n/locale-provider';
import { eventPlaceIds } from '@/lib/events/places';
import type { EventRecord, Place } from '@/lib/data/schema';
import { EventItem, newestFirst } from './event-item';

/** Every event as a plain list, newest first, with the places it names: the map's stand-in without WebGL. */
export function EventList({ events, places }: { events: readonly EventRecord[]; places: readonly Place[] }) {
  const { locale, m } = useI18n();
  const names = useMemo(() => new Map(places.map((p) => [p.id, p.name[locale]])), [places, locale]);
  const sorted = useMemo(() => [...events].sort(newestFirst), [events]);
  if (sorted.length === 0) return <p>{m.app.noEvents}</p>;
  return (
    <ol className="place-events event-list" aria-label={m.app.events}>
      {sorted.map((e) => (
        <li key={e.id}>
          <EventItem event={e} />
          <p className="muted">{eventPlaceIds(e).map((id) => names.get(id) ?? id).join(e.kind === 'movement' ? m.routeArrow : m.listJoin)}</p>
        </li>
      ))}
    </ol>
  );
}
