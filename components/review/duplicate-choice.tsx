'use client';

import Link from 'next/link';
import { useId } from 'react';
import { useI18n } from '@/components/i18n/locale-provider';
import type { EventRecord } from '@/lib/data/schema';
import type { DraftEvent } from '@/lib/ingest/draft-file';
import { placeKeys } from '@/lib/ingest/duplicates';
import { articleHref, dashboardHref } from '@/lib/url/links';

/**
 * A drafted event the archive may hold already: each possible duplicate, linked to its place's
 * panel at its date and to its article, with the reasons it matched; and the choice between adding
 * the draft's quote as another source of one of them and adding the event as new. Radio buttons, so
 * the arrow keys move between the choices.
 */
export function DuplicateChoice({
  review,
  archived,
  editable,
  onChange,
}: {
  review: DraftEvent;
  archived: Readonly<Record<string, EventRecord>>;
  editable: boolean;
  onChange: (change: (r: DraftEvent) => DraftEvent) => void;
}) {
  const { locale, m, f, settings } = useI18n();
  const name = useId();
  const duplicates = review.duplicates ?? [];
  if (duplicates.length === 0) return null;
  return (
    <fieldset className="review-duplicates">
      <legend>{m.review.duplicates}</legend>
      {duplicates.map((d) => {
        const other = archived[d.event];
        const keys = other ? placeKeys(other) : [];
        const place = keys.at(-1)?.place;
        return (
          <div key={d.event} className="review-duplicate">
            <p>
              {m.review.duplicateOf}{' '}
              {other ? (
                <>
                  <Link href={dashboardHref(settings, { place: place ?? null, t: other.date.start })} dir="auto">
                    {other.summary[locale]}
                  </Link>{' '}
                  <span className="muted">
                    ({f.dateClaim(other.date)}, <code>{d.event}</code>) ·{' '}
                    <Link href={articleHref(settings, other.sources[0]!.article, { event: other.id, source: 0 })}>{m.review.readArchived}</Link>
                  </span>
                </>
              ) : (
                <code>{d.event}</code>
              )}
            </p>
            <ul className="review-reasons" lang="en" dir="ltr">
              {d.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            <label>
              <input
                type="radio"
                name={name}
                disabled={!editable}
                checked={review.review === 'merged' && review.mergeInto === d.event}
                onChange={() => onChange((r) => ({ ...r, review: 'merged', mergeInto: d.event, duplicateChecked: undefined }))}
              />{' '}
              {m.review.addAsSource}
            </label>
          </div>
        );
      })}
      <label>
        <input type="radio" name={name} disabled={!editable} checked={review.review === 'accepted'} onChange={() => onChange((r) => ({ ...r, review: 'accepted', mergeInto: undefined }))} />{' '}
        {m.review.addAsNew}
      </label>
    </fieldset>
  );
}
