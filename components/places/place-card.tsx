'use client';

import { useEffect, useRef } from 'react';
import type { Place } from '@/lib/data/schema';

const KIND_LABELS: Record<Place['kind'], string> = {
  'air-base': 'Air base',
  airport: 'Airport',
  'border-crossing': 'Border crossing',
  city: 'City',
  province: 'Province',
  country: 'Country',
  area: 'Area',
};

/** What we hold about one place: names, kind, position and where the position comes from. */
export function PlaceCard({ place, onClose }: { place: Place; onClose: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [place.id]);
  const [lon, lat] = place.coordinates;

  return (
    <aside className="place-card" aria-labelledby="place-card-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h2 id="place-card-title" ref={headingRef} tabIndex={-1}>
        {place.name.en}{' '}
        <span lang="ar" dir="rtl" className="place-name-ar">
          {place.name.ar}
        </span>
      </h2>
      <dl>
        <dt>Kind</dt>
        <dd>{KIND_LABELS[place.kind]}</dd>
        <dt>Position</dt>
        <dd>
          {lat.toFixed(4)}° N, {lon.toFixed(4)}° E <span className="muted">({place.coordinatesSource.detail})</span>
        </dd>
        {place.note && (
          <>
            <dt>Note</dt>
            <dd dir="auto">{place.note}</dd>
          </>
        )}
      </dl>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}
