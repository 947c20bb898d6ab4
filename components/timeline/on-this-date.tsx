import type { EventRecord, Place } from '@/lib/data/schema';
import { eventPlaceIds } from '@/lib/api/events-query';
import { isActive, type EventTiming } from '@/lib/time/animation';
import { formatDateClaim } from '@/lib/time/format';
import { STATUS_STYLES } from '@/lib/map/status-style';

interface OnThisDateProps {
  time: number | null;
  events: readonly EventRecord[];
  timings: ReadonlyMap<string, EventTiming>;
  places: ReadonlyMap<string, Place>;
}

/** The events whose dates cover the timeline's date, in plain words. A live region: screen readers hear changes. */
export function OnThisDate({ time, events, timings, places }: OnThisDateProps) {
  const active = time === null ? [] : events.filter((e) => timings.has(e.id) && isActive(timings.get(e.id)!, time));
  return (
    <section className="on-this-date" aria-labelledby="on-this-date-title">
      <h2 id="on-this-date-title">On this date</h2>
      <div aria-live="polite" aria-atomic="true">
        {time === null ? (
          <p className="muted">Every event is shown. Choose a date on the timeline, or press Play.</p>
        ) : active.length === 0 ? (
          <p className="muted">No event in the dataset covers this date.</p>
        ) : (
          <ul>
            {active.map((e) => (
              <li key={e.id}>
                <span className="on-this-date-when">{formatDateClaim(e.date)}</span> — {e.summary.en}{' '}
                <span className="muted">
                  ({eventPlaceIds(e).map((id) => places.get(id)?.name.en ?? id).join(e.kind === 'movement' ? ' → ' : ', ')}; {STATUS_STYLES[e.status].label.toLowerCase()})
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
