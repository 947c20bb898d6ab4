import { EventItem, newestFirst } from '@/components/events/event-item';
import type { EventRecord, Place } from '@/lib/data/schema';
import { describeDate, type MovementDescription } from '@/lib/events/describe';
import { useI18n } from '@/components/i18n/locale-provider';

/** A place's name in the interface's language, with the other language after it. */
export function PlaceName({ place }: { place: Place }) {
  const { locale } = useI18n();
  const other = locale === 'ar' ? 'en' : 'ar';
  return (
    <>
      <span lang={locale}>{place.name[locale]}</span>{' '}
      <span lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'} className="muted">
        {place.name[other]}
      </span>
    </>
  );
}

/** A route's tooltip: what moved, from where to where, when and how sure, and who denied it. */
export function MovementDetails({ movement: d }: { movement: MovementDescription }) {
  const words = useI18n();
  const { locale, m, f } = words;
  const t = m.tooltip;
  return (
    <div className="tooltip-body">
      <p className="tooltip-title">{t.movement(m.status[d.status])}</p>
      <p className="tooltip-what">{d.what[locale]}</p>
      <dl className="tooltip-facts">
        <dt>{t.from}</dt>
        <dd>
          <PlaceName place={d.from} />
        </dd>
        {d.via.length > 0 && (
          <>
            <dt>{t.via}</dt>
            <dd>
              {d.via.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && m.listJoin}
                  <PlaceName place={p} />
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{t.to}</dt>
        <dd>
          <PlaceName place={d.to} />
        </dd>
        <dt>{t.date}</dt>
        <dd title={d.date.inferred ? d.date.basis : undefined}>{describeDate(d.date, words)}</dd>
        <dt>{t.status}</dt>
        <dd>
          <span className={`badge status-${d.status}`}>{m.status[d.status]}</span> ({m.statusPattern[d.status]})
        </dd>
        {d.deniedBy.map((denial) => (
          <div key={denial.id} className="tooltip-denial">
            <dt>{t.deniedBy}</dt>
            <dd>
              {denial.summary[locale]} <span className="muted">({f.dateClaim(denial.date)})</span>
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
