import { EventItem, newestFirst } from '@/components/events/event-item';
import type { EventRecord, Place } from '@/lib/data/schema';
import { describeDate, type MovementDescription } from '@/lib/events/describe';
import { STATUS_STYLES } from '@/lib/map/status-style';
import { formatDateClaim } from '@/lib/time/format';

function PlaceName({ place }: { place: Place }) {
  return (
    <>
      {place.name.en}{' '}
      <span lang="ar" dir="rtl">
        {place.name.ar}
      </span>
    </>
  );
}

/** A route's tooltip: what moved, from where to where, when and how sure, and who denied it. */
export function MovementDetails({ movement: m }: { movement: MovementDescription }) {
  const style = STATUS_STYLES[m.status];
  return (
    <div className="tooltip-body">
      <p className="tooltip-title">
        <span className={`badge status-${m.status}`}>{style.label}</span> movement
      </p>
      <p className="tooltip-what">{m.what.en}</p>
      <dl className="tooltip-facts">
        <dt>From</dt>
        <dd>
          <PlaceName place={m.from} />
        </dd>
        {m.via.length > 0 && (
          <>
            <dt>Via</dt>
            <dd>
              {m.via.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ', '}
                  <PlaceName place={p} />
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>To</dt>
        <dd>
          <PlaceName place={m.to} />
        </dd>
        <dt>Date</dt>
        <dd title={m.date.inferred ? m.date.basis : undefined}>{describeDate(m.date)}</dd>
        <dt>Status</dt>
        <dd>
          {style.label} ({style.pattern})
        </dd>
        {m.deniedBy.map((d) => (
          <div key={d.id} className="tooltip-denial">
            <dt>Denied by</dt>
            <dd>
              {d.summary.en} <span className="muted">({formatDateClaim(d.date)})</span>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** A point symbol's tooltip: the events it stands for, newest first. */
export function PointEventsDetails({ events, places }: { events: readonly EventRecord[]; places: ReadonlyMap<string, Place> }) {
  const place = events[0]?.place ? places.get(events[0].place) : undefined;
  return (
    <div className="tooltip-body">
      {place && (
        <p className="tooltip-title">
          <PlaceName place={place} />
        </p>
      )}
      <ol className="place-events">
        {[...events].sort(newestFirst).map((e) => (
          <li key={e.id}>
            <EventItem event={e} />
          </li>
        ))}
      </ol>
    </div>
  );
}
