'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleMeta, EventRecord, Place } from '@/lib/data/schema';
import { EventsLoadError } from '@/components/events/event-item';
import { useI18n } from '@/components/i18n/locale-provider';
import { PlaceName } from '@/components/map/event-tooltip';
import { ExportReports } from '@/components/reports/export-reports';
import { ReportItem } from '@/components/reports/report-item';
import { placeChanges } from '@/lib/reports/compare';
import { eventLinks, groupCovers, placeReports, type DateGroup, type EventLink } from '@/lib/reports/reports';
import { middayOf } from '@/lib/time/date';
import { type EventTiming } from '@/lib/time/animation';

const NO_LINKS: EventLink[] = [];

/** Midday of the moment's day: comparisons work in whole days, as the map's rules do. */

interface PlacePanelProps {
  place: Place;
  /** Every event; the panel keeps those that touch this place. Undefined while loading. */
  events: readonly EventRecord[] | undefined;
  eventsError: Error | undefined;
  /** Article metadata, for each quote's outlet and publication date (undefined while loading). */
  articles: readonly ArticleMeta[] | undefined;
  /** Every place, for the export's coordinates. */
  places: readonly Place[];
  /** When the timeline reaches each event, for "compare two dates". */
  timings: ReadonlyMap<string, EventTiming>;
  /** The timeline's time (null: every date): its group is highlighted and kept in view. */
  time: number | null;
  onRetry: () => void;
  onClose: () => void;
  /** A report was chosen: the timeline goes to its date. */
  onSelectEvent: (event: EventRecord) => void;
  /** Open a source's article beside the map. */
  onRead?: (event: EventRecord, source: number) => void;
}

/**
 * One place's reports: grouped by date, oldest first, what was reported apart from what is planned,
 * each with its verbatim quotes and their translations, and denials linked both ways. The group at
 * the timeline's date is highlighted and scrolled into view as the timeline moves. "Compare two
 * dates" pins the timeline's date as A and lists what changed here by the timeline's date B.
 */
export function PlacePanel({ place, events, eventsError, articles, places, timings, time, onRetry, onClose, onSelectEvent, onRead }: PlacePanelProps) {
  const { locale, m, f } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [pinned, setPinned] = useState<number | null>(null);
  useEffect(() => {
    headingRef.current?.focus();
    setPinned(null);
  }, [place.id]);
  const reports = useMemo(() => placeReports(place.id, events ?? []), [events, place.id]);
  const links = useMemo(() => eventLinks(events ?? []), [events]);
  const articlesById = useMemo(() => new Map((articles ?? []).map((a) => [a.id, a])), [articles]);
  const current = useMemo(
    () => (time === null ? '' : [...reports.reported, ...reports.planned].filter((g) => groupCovers(g, time)).map((g) => g.key).join(' ')),
    [reports, time],
  );
  useEffect(() => {
    const first = current.split(' ')[0];
    if (!first || pinned !== null) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    listRef.current?.querySelector(`[data-group="${CSS.escape(first)}"]`)?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }, [current, pinned]);
  const placeEvents = useMemo(() => [...reports.reported, ...reports.planned].flatMap((g) => g.events), [reports]);
  const count = placeEvents.length;
  const groupList = (groups: DateGroup[], label: string) => (
    <ol className="report-groups" aria-label={label}>
      {groups.map((g) => (
        <li key={g.key} data-group={g.key} className={current.split(' ').includes(g.key) ? 'report-group report-group-current' : 'report-group'} aria-current={current.split(' ').includes(g.key) ? 'date' : undefined}>
          <h4>{f.dateClaim(g.date)}</h4>
          {g.events.map((e) => (
            <ReportItem key={e.id} event={e} placeId={place.id} links={links.get(e.id) ?? NO_LINKS} articles={articlesById} onSelect={onSelectEvent} onRead={onRead} />
          ))}
        </li>
      ))}
    </ol>
  );
  const [lon, lat] = place.coordinates;

  return (
    <aside className="place-panel" aria-labelledby="place-panel-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <header className="place-panel-header">
        <h2 id="place-panel-title" ref={headingRef} tabIndex={-1}>
          <PlaceName place={place} />
        </h2>
        <button type="button" className="close-button" onClick={onClose} aria-label={m.panel.close(place.name[locale])}>
          ×
        </button>
      </header>
      <p className="muted">
        {m.placeKind[place.kind]} · {m.panel.coordinates(f.number(lat, 4), f.number(lon, 4))}
      </p>
      {place.note && (
        <p className="place-note" lang="en" dir="auto">
          {place.note}
        </p>
      )}
      {events && count > 0 && (
        <div className="place-panel-tools">
          {pinned === null ? (
            <button type="button" aria-disabled={time === null} aria-describedby="place-compare-hint" onClick={() => time !== null && setPinned(middayOf(time))}>
              {m.panel.compare}
            </button>
          ) : (
            <button type="button" onClick={() => setPinned(null)}>
              {m.panel.compareEnd}
            </button>
          )}
          <ExportReports events={placeEvents} places={places} name={`sitrep-${place.id}`} />
          {pinned === null && (
            <p id="place-compare-hint" className="muted place-compare-hint">
              {time === null ? m.panel.compareNeedsDate : m.panel.compareHint}
            </p>
          )}
        </div>
      )}
      {pinned !== null && events && <Comparison placeId={place.id} events={events} timings={timings} a={pinned} b={time === null ? pinned : middayOf(time)} onSelect={onSelectEvent} />}
      <div ref={listRef}>
        {eventsError ? (
          <EventsLoadError error={eventsError} onRetry={onRetry} />
        ) : events === undefined ? (
          <p role="status">{m.panel.loading}</p>
        ) : count === 0 ? (
          <p>{m.panel.empty}</p>
        ) : (
          <>
            {reports.reported.length > 0 && (
              <section aria-labelledby="place-reported-title">
                <h3 id="place-reported-title">{m.panel.reported}</h3>
                {groupList(reports.reported, m.panel.reportedList)}
              </section>
            )}
            {reports.planned.length > 0 && (
              <section aria-labelledby="place-planned-title">
                <h3 id="place-planned-title">{m.panel.planned}</h3>
                {groupList(reports.planned, m.panel.plannedList)}
              </section>
            )}
          </>
        )}
      </div>
    </aside>
  );
}

/** What changed at the place from A (pinned) to B (the timeline's date), as the timeline would show it. */
function Comparison({
  placeId,
  events,
  timings,
  a,
  b,
  onSelect,
}: {
  placeId: string;
  events: readonly EventRecord[];
  timings: ReadonlyMap<string, EventTiming>;
  a: number;
  b: number;
  onSelect: (event: EventRecord) => void;
}) {
  const { locale, m, f } = useI18n();
  const changes = useMemo(() => placeChanges(placeId, events, timings, a, b), [placeId, events, timings, a, b]);
  return (
    <section className="place-compare" aria-labelledby="place-compare-title">
      <h3 id="place-compare-title">{m.panel.compareTitle(f.day(a), f.day(b))}</h3>
      {a === b ? (
        <p className="muted">{m.panel.compareSame}</p>
      ) : (
        <>
          {b < a && <p className="muted">{m.panel.backwards}</p>}
          {/* Only the count is announced: the list changes with every day the timeline moves. */}
          <p className="visually-hidden" aria-live="polite">
            {m.panel.compareCount(changes.length, f)}
          </p>
          {changes.length === 0 ? (
            <p className="muted">{m.panel.compareNone}</p>
          ) : (
            <ol className="place-changes">
              {changes.map((c) => (
                <li key={`${c.kind}:${c.event.id}`} data-change={c.kind}>
                  <span className="badge">{m.panel.change[c.kind]}</span> <time dateTime={new Date(c.at).toISOString().slice(0, 10)}>{f.day(c.at)}</time>{' '}
                  <span className={`badge status-${c.event.status}`}>{m.status[c.event.status]}</span>{' '}
                  <button type="button" className="link-button" onClick={() => onSelect(c.event)}>
                    {c.event.summary[locale]}
                  </button>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
