'use client';

import Link from 'next/link';
import { memo } from 'react';
import useSWR from 'swr';
import { useI18n } from '@/components/i18n/locale-provider';
import { fetchJson } from '@/hooks/use-dashboard-data';
import { useSettled } from '@/hooks/use-settled';
import { useClockDay } from '@/hooks/use-timeline-clock';
import type { Clock } from '@/lib/time/clock';
import type { EventsResponse } from '@/lib/api/responses';
import type { Place } from '@/lib/data/schema';
import { eventPlaceIds } from '@/lib/events/places';
import { fromUtcMs } from '@/lib/time/date';
import { feedHref } from '@/lib/url/links';

/** Events listed for a date; how many more there are is said, with a link to all of them in the feed. */
const SHOWN = 12;

/** The events whose dates cover the timeline's day, from the server, in plain words. A live region: screen readers hear changes. */
export const OnThisDate = memo(function OnThisDate({ clock, places }: { clock: Clock; places: ReadonlyMap<string, Place> }) {
  const { m, f, settings } = useI18n();
  const day = useClockDay(clock);
  const settled = useSettled(day);
  const iso = settled === null ? null : fromUtcMs(settled);
  const { data, error } = useSWR<EventsResponse, Error>(iso ? `/api/events?on=${iso}&limit=${SHOWN}` : null, fetchJson, { keepPreviousData: true });
  return (
    // Focusable: it scrolls when the date has many events, and keyboard users scroll it too.
    <section className="on-this-date" aria-labelledby="on-this-date-title" tabIndex={0}>
      <h2 id="on-this-date-title">{m.onThisDate.title}</h2>
      <div aria-live="polite" aria-atomic="true">
        {day === null ? (
          <p className="muted">{m.onThisDate.everything}</p>
        ) : error ? (
          <p className="muted">{m.onThisDate.failed(error.message)}</p>
        ) : !data ? null : data.total === 0 ? (
          <p className="muted">{m.onThisDate.nothing}</p>
        ) : (
          <ul>
            {data.items.map((e) => (
              <li key={e.id} data-event-id={e.id}>
                <span className="on-this-date-when">{f.dateClaim(e.date)}</span> — {e.summary[settings.locale]}{' '}
                <span className="muted">
                  ({eventPlaceIds(e).map((id) => places.get(id)?.name[settings.locale] ?? id).join(e.kind === 'movement' ? m.routeArrow : m.listJoin)}{m.clauseJoin}{m.status[e.status].toLowerCase()})
                </span>
              </li>
            ))}
            {data.total > data.items.length && iso && (
              <li>
                <Link href={feedHref(settings, { from: iso, to: iso })}>{m.onThisDate.more(f.number(data.total - data.items.length))}</Link>
              </li>
            )}
          </ul>
        )}
      </div>
    </section>
  );
});
