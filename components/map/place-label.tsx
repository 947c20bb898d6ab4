'use client';

import type { Place } from '@/lib/data/schema';
import { useI18n } from '@/components/i18n/locale-provider';

/** A place's name in the interface's language first, the other language beside it, each in its own direction. */
export function PlaceLabel({ place }: { place: Place }) {
  const { locale } = useI18n();
  const names = [
    <span key="en" className={`place-name-en${locale === 'en' ? ' place-name-first' : ''}`} lang="en" dir="ltr">
      {place.name.en}
    </span>,
    <span key="ar" className={`place-name-ar${locale === 'ar' ? ' place-name-first' : ''}`} lang="ar" dir="rtl">
      {place.name.ar}
    </span>,
  ];
  return <>{locale === 'ar' ? names.reverse() : names}</>;
}
