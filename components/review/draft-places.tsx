'use client';

import { useI18n } from '@/components/i18n/locale-provider';
import type { DraftFile } from '@/lib/ingest/draft-file';

/**
 * The places a draft would add to the dataset, read-only: their names, their GeoNames id (the
 * coordinates' source), their point and why ingest proposes them. They are written only with an
 * accepted event that names them.
 */
export function DraftPlaces({ places }: { places: NonNullable<DraftFile['places']> }) {
  const { m, f } = useI18n();
  if (places.length === 0) return null;
  return (
    <>
      <h3>{m.review.newPlaces}</h3>
      <ul className="review-places">
        {places.map(({ place, basis }) => (
          <li key={place.id}>
            <strong>{place.name.en}</strong> ·{' '}
            <span lang="ar" dir="rtl">
              {place.name.ar}
            </span>{' '}
            <span className="muted">
              (<code>{place.id}</code>)
            </span>
            <dl>
              <dt>{m.review.placeId}</dt>
              <dd dir="auto">{place.coordinatesSource.detail}</dd>
              <dt>{m.review.coordinates}</dt>
              <dd dir="ltr">{m.panel.coordinates(f.number(place.coordinates[1], 4), f.number(place.coordinates[0], 4))}</dd>
              <dt>{m.review.placeBasis}</dt>
              <dd dir="auto">{basis}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
