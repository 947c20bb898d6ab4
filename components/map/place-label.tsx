import type { Place } from '@/lib/data/schema';

/** A place's English name with its Arabic name beside it, each in its own direction. */
export function PlaceLabel({ place }: { place: Place }) {
  return (
    <>
      <span className="place-name-en" lang="en">
        {place.name.en}
      </span>
      <span className="place-name-ar" lang="ar" dir="rtl">
        {place.name.ar}
      </span>
    </>
  );
}
