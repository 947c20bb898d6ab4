'use client';

import { useI18n } from '@/components/i18n/locale-provider';
import type { EventRecord, Place } from '@/lib/data/schema';
import { eventPlaceIds } from '@/lib/events/places';
import { isActive, type EventTiming } from '@/lib/time/animation';

interface OnThisDateProps {
  time: number | null;
  events: readonly EventRecord[];
  timings: ReadonlyMap<string, EventTiming>;
  places: ReadonlyMap<string, Place>;
}

/** The events whose dates cover the timeline's date, in plain words. A live region: screen readers hear changes. */
export function OnThisDate({ time, events, timings, places }: OnThisDateProps) {
  const { m, f, settings } = useI18n();
  const active = time === null ? [] : events.filter((e) => timings.has(e.id) && isActive(timings.get(e.id)!, time));
  return (
    // Focusable: it scrolls when the date has many events, and keyboard users scroll it too.
    <section className="on-this-date" aria-labelledby="on-this-date-title" tabIndex={0}>
      <h2 id="on-this-date-title">{m.onThisDate.title}</h2>
      <div aria-live="polite" aria-atomic="true">
        {time === null ? (
          <p className="muted">{m.onThisDate.everything}</p>
        ) : active.length === 0 ? (
          <p className="muted">{m.onThisDate.nothing}</p>
        ) : (
          <ul>
            {active.map((e) => (
              <li key={e.id}>
                <span className="on-this-date-when">{f.dateClaim(e.date)}</span> — {e.summary[settings.locale]}{' '}
                <span className="muted">
                  ({eventPlaceIds(e).map((id) => places.get(id)?.name[settings.locale] ?? id).join(e.kind === 'movement' ? m.routeArrow : m.listJoin)}{m.clauseJoin}{m.status[e.status].toLowerCase()})
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
