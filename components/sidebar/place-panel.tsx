'use client';

import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import useSWR from 'swr';
import { useI18n } from '@/components/i18n/locale-provider';
import { PlaceName } from '@/components/map/event-tooltip';
import { EditingProvider } from '@/components/reports/editing';
import { ExportLinks } from '@/components/reports/export-reports';
import { ReportItem } from '@/components/reports/report-item';
import { fetchJson } from '@/hooks/use-dashboard-data';
import { useEventPages, type EventPages, type FirstPage } from '@/hooks/use-event-pages';
import { useClockDay } from '@/hooks/use-timeline-clock';
import { useSettled } from '@/hooks/use-settled';
import { placeChangesPath, type PlaceChangesResponse } from '@/lib/api/responses';
import type { EventRecord, Place } from '@/lib/data/schema';
import { coversTime, placeExportUrl, placeListUrl, placeRows, startFor, PLACE_SECTIONS, type PlaceRow, type PlaceSection } from '@/lib/reports/place-list';
import type { Clock } from '@/lib/time/clock';
import { fromUtcMs } from '@/lib/time/date';

/** Heights before measuring: a heading, a report (two summaries, its dates, one quote), a status row. */
const ESTIMATES: Record<PlaceRow['kind'], number> = { heading: 44, earlier: 40, event: 250, status: 40 };
const OVERSCAN = 3;
/** Ask for the next page this many rows before the end of those loaded. */
const AHEAD = 6;

export type PanelFirstPages = Partial<Record<PlaceSection, FirstPage>>;

interface PlacePanelProps {
  place: Place;
  clock: Clock;
  /** The pages the server rendered for this place. */
  first?: PanelFirstPages;
  /** Whether this server takes corrections. */
  editable: boolean;
  /** A report was corrected or removed: the map's data changed too. */
  onChanged: () => void;
  onClose: () => void;
  /** A report was chosen: the timeline goes to its date and the map marks it. */
  onSelectEvent: (event: EventRecord) => void;
  /** Open a source's article beside the map. */
  onRead?: (event: EventRecord, source: number) => void;
}

/** One section's list, starting at `from` (YYYY-MM-DD) when the timeline has moved past what was loaded. */
function useSection(place: string, section: PlaceSection, from: string | null, first: FirstPage | undefined) {
  const pageUrl = useCallback((cursor: string | null) => placeListUrl(place, section, from, cursor), [place, section, from]);
  return useEventPages(pageUrl, first);
}

/**
 * One place's reports: what was reported apart from what is planned, in date order, each with its
 * verbatim quotes and their translations, and denials linked both ways. The lists come from the
 * server a page at a time and only the rows in view are rendered, however many reports the place
 * has. The reports at the timeline's day are marked and kept in view as the timeline moves; when
 * the day lies beyond what was loaded, the list starts at that day. "Compare two dates" pins the
 * timeline's day as A and lists what changed here by the timeline's day B.
 */
export const PlacePanel = memo(function PlacePanel({ place, clock, first, editable, onChanged, onClose, onSelectEvent, onRead }: PlacePanelProps) {
  const { locale, m, f } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const day = useClockDay(clock);
  const dayIso = day === null ? null : fromUtcMs(day);
  const [pinned, setPinned] = useState<number | null>(null);
  const [from, setFrom] = useState<Record<PlaceSection, string | null>>({ reported: null, planned: null });
  useEffect(() => {
    headingRef.current?.focus();
    setPinned(null);
    setFrom({ reported: null, planned: null });
  }, [place.id]);

  const reported = useSection(place.id, 'reported', from.reported, from.reported === null ? first?.reported : undefined);
  const planned = useSection(place.id, 'planned', from.planned, from.planned === null ? first?.planned : undefined);
  const lists: Record<PlaceSection, EventPages> = useMemo(() => ({ reported, planned }), [reported, planned]);
  const rows = useMemo(
    () =>
      placeRows({
        reported: { ...reported, from: from.reported },
        planned: { ...planned, from: from.planned },
      }),
    [reported, planned, from],
  );

  // While the timeline plays, the day changes many times a second: the list starts again at the
  // day only once it has held still.
  const settled = useSettled(day);
  useEffect(() => {
    if (settled === null || pinned !== null) return;
    const iso = fromUtcMs(settled);
    for (const section of PLACE_SECTIONS) {
      const list = lists[section];
      if (list.loading) continue;
      const start = startFor({ events: list.events, more: list.more, from: from[section] }, settled, iso);
      if (start !== null) setFrom((was) => ({ ...was, [section]: start }));
    }
  }, [settled, pinned, lists, from]);

  // The list sits below the panel's header and tools, in the panel's own scroll.
  const [listTop, setListTop] = useState(0);
  useLayoutEffect(() => {
    const top = listRef.current?.offsetTop ?? 0;
    if (top !== listTop) setListTop(top);
  });

  const headings = useMemo(() => rows.flatMap((r, i) => (r.kind === 'heading' ? [i] : [])), [rows]);
  const [focused, setFocused] = useState<number | null>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      // The section headings stay rendered (a reader jumps to them), and so does the row with the focus.
      const keep = new Set([...defaultRangeExtractor(range), ...headings.filter((i) => i < range.count)]);
      if (focused !== null && focused < range.count) keep.add(focused);
      return [...keep].sort((a, b) => a - b);
    },
    [headings, focused],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => panelRef.current,
    estimateSize: (i) => ESTIMATES[rows[i]?.kind ?? 'event'],
    getItemKey: (i) => rowKey(rows[i]!, i),
    overscan: OVERSCAN,
    scrollMargin: listTop,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();

  // The next page, as the reader nears the end of a section's loaded reports.
  const shown = virtualizer.range;
  const [shownStart, shownEnd] = [shown?.startIndex ?? -1, shown?.endIndex ?? -1];
  useEffect(() => {
    for (const section of PLACE_SECTIONS) {
      const list = lists[section];
      if (!list.more || list.loading || list.error) continue;
      const end = rows.findIndex((r) => r.kind === 'status' && r.section === section);
      if (end >= shownStart && end <= shownEnd + AHEAD) list.loadMore();
    }
  }, [shownStart, shownEnd, rows, lists]);

  // The reports at the timeline's day, kept in view while no comparison is pinned.
  const current = useMemo(() => (day === null ? new Set<string>() : new Set(rows.flatMap((r) => (r.kind === 'event' && coversTime(r.event, day) ? [r.event.id] : [])))), [rows, day]);
  const firstCurrent = useMemo(() => rows.findIndex((r) => r.kind === 'event' && current.has(r.event.id)), [rows, current]);
  useEffect(() => {
    if (firstCurrent < 0 || pinned !== null) return;
    virtualizer.scrollToIndex(firstCurrent, { align: 'auto' });
  }, [firstCurrent, pinned, virtualizer]);

  const edits = useMemo(() => ({ ...reported.edits, ...planned.edits }), [reported.edits, planned.edits]);
  const editing = useMemo(
    () => ({
      editable,
      edits,
      onChanged: () => {
        reported.refresh();
        planned.refresh();
        onChanged();
      },
    }),
    [editable, edits, reported, planned, onChanged],
  );
  const empty = reported.total === 0 && planned.total === 0 && from.reported === null && from.planned === null;
  const loadingFirst = reported.total === null && planned.total === null && !reported.error && !planned.error;
  const [lon, lat] = place.coordinates;

  const renderRow = (row: PlaceRow) => {
    const list = lists[row.section];
    switch (row.kind) {
      case 'heading':
        return (
          <h3 id={`place-${row.section}-title`}>
            {row.section === 'reported' ? m.panel.reported : m.panel.planned}
            {list.total !== null && <span className="muted place-section-count"> · {m.panel.count(f.number(list.total), from[row.section] === null ? null : f.day(Date.parse(`${from[row.section]}T12:00:00Z`)))}</span>}
          </h3>
        );
      case 'earlier':
        return (
          <p className="muted place-earlier">
            <button type="button" className="link-button" onClick={() => setFrom((was) => ({ ...was, [row.section]: null }))}>
              {m.panel.fromStart}
            </button>
          </p>
        );
      case 'status':
        return list.error ? (
          <p role="alert">
            {m.panel.loadError(list.error.message)}{' '}
            <button type="button" onClick={list.retry}>
              {m.app.retry}
            </button>
          </p>
        ) : list.loading || list.total === null ? (
          <p role="status" className="muted">
            {m.panel.loading}
          </p>
        ) : (
          <p>
            <button type="button" className="link-button" onClick={list.loadMore}>
              {m.panel.more(f.number(list.events.length), f.number(list.total))}
            </button>
          </p>
        );
      case 'event':
        return (
          <div className={current.has(row.event.id) ? 'report-group report-group-current' : 'report-group'} aria-current={current.has(row.event.id) ? 'date' : undefined} data-group={`${row.event.date.start}/${row.event.date.end}`}>
            {row.dated && <h4>{f.dateClaim(row.event.date)}</h4>}
            <ReportItem event={row.event} placeId={place.id} links={list.links.get(row.event.id) ?? []} articles={list.articles} outlets={list.outlets.get(row.event.id)} onSelect={onSelectEvent} onRead={onRead} />
          </div>
        );
    }
  };

  return (
    <aside ref={panelRef} className="place-panel" aria-labelledby="place-panel-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
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
      {!empty && !loadingFirst && (
        <div className="place-panel-tools">
          {pinned === null ? (
            <button type="button" aria-disabled={day === null} aria-describedby="place-compare-hint" onClick={() => day !== null && setPinned(day)}>
              {m.panel.compare}
            </button>
          ) : (
            <button type="button" onClick={() => setPinned(null)}>
              {m.panel.compareEnd}
            </button>
          )}
          <ExportLinks url={(format) => placeExportUrl(place.id, format)} name={`sitrep-${place.id}`} />
          {(planned.total ?? 0) > 0 && (reported.total ?? 0) > 0 && (
            <button type="button" className="link-button" onClick={() => virtualizer.scrollToIndex(rows.findIndex((r) => r.kind === 'heading' && r.section === 'planned'), { align: 'start' })}>
              {m.panel.toPlans}
            </button>
          )}
          {pinned === null && (
            <p id="place-compare-hint" className="muted place-compare-hint">
              {day === null ? m.panel.compareNeedsDate : m.panel.compareHint}
            </p>
          )}
        </div>
      )}
      {pinned !== null && <Comparison placeId={place.id} a={pinned} b={day ?? pinned} onSelect={onSelectEvent} />}
      <EditingProvider value={editing}>
        <div ref={listRef} className="place-reports" style={rows.length > 0 ? { height: virtualizer.getTotalSize() } : undefined} onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setFocused(null)}>
          {empty ? (
            <p>{m.panel.empty}</p>
          ) : loadingFirst ? (
            <p role="status">{m.panel.loading}</p>
          ) : (
            PLACE_SECTIONS.map((section) => {
              const shownRows = items.filter((i) => rows[i.index]?.section === section);
              if (shownRows.length === 0) return null;
              const place = (item: (typeof items)[number], attrs: Record<string, unknown> = {}) => (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="place-row"
                  style={{ transform: `translateY(${item.start - listTop}px)` }}
                  onFocus={() => setFocused(item.index)}
                  {...attrs}
                >
                  {renderRow(rows[item.index]!)}
                </div>
              );
              const kind = (item: (typeof items)[number]) => rows[item.index]!.kind;
              return (
                <section key={section} aria-labelledby={`place-${section}-title`}>
                  {shownRows.filter((i) => kind(i) === 'heading' || kind(i) === 'earlier').map((i) => place(i))}
                  <div role="list" aria-label={section === 'reported' ? m.panel.reportedList : m.panel.plannedList}>
                    {shownRows
                      .filter((i) => kind(i) === 'event')
                      .map((i) => place(i, { role: 'listitem', 'aria-setsize': lists[section].total ?? -1, 'aria-posinset': (rows[i.index] as Extract<PlaceRow, { kind: 'event' }>).index + 1 }))}
                  </div>
                  {shownRows.filter((i) => kind(i) === 'status').map((i) => place(i))}
                </section>
              );
            })
          )}
        </div>
      </EditingProvider>
    </aside>
  );
});

const rowKey = (row: PlaceRow, i: number) => (row.kind === 'event' ? `${row.section}:${row.event.id}` : row.kind === 'status' || row.kind === 'heading' || row.kind === 'earlier' ? `${row.section}:${row.kind}` : i);

/** What changed at the place from A (pinned) to B (the timeline's day), as the server reads the timeline. */
function Comparison({ placeId, a, b, onSelect }: { placeId: string; a: number; b: number; onSelect: (event: EventRecord) => void }) {
  const { locale, m, f } = useI18n();
  const settledB = useSettled(b);
  const { data, error } = useSWR<PlaceChangesResponse, Error>(a === settledB ? null : placeChangesPath(placeId, fromUtcMs(a), fromUtcMs(settledB)), fetchJson, { keepPreviousData: true });
  return (
    <section className="place-compare" aria-labelledby="place-compare-title">
      <h3 id="place-compare-title">{m.panel.compareTitle(f.day(a), f.day(b))}</h3>
      {a === b ? (
        <p className="muted">{m.panel.compareSame}</p>
      ) : error ? (
        <p role="alert">{m.panel.loadError(error.message)}</p>
      ) : !data ? (
        <p role="status" className="muted">
          {m.panel.loading}
        </p>
      ) : (
        <>
          {b < a && <p className="muted">{m.panel.backwards}</p>}
          {/* Only the count is announced: the list changes with every day the timeline moves. */}
          <p className="visually-hidden" aria-live="polite">
            {m.panel.compareCount(data.total, f)}
          </p>
          {data.total === 0 ? (
            <p className="muted">{m.panel.compareNone}</p>
          ) : (
            <ol className="place-changes">
              {data.items.map((c) => (
                <li key={`${c.kind}:${c.event.id}`} data-change={c.kind}>
                  <span className="badge">{m.panel.change[c.kind]}</span> <time dateTime={new Date(c.at).toISOString().slice(0, 10)}>{f.day(c.at)}</time>{' '}
                  <span className={`badge status-${c.event.status}`}>{m.status[c.event.status]}</span>{' '}
                  <button type="button" className="link-button" onClick={() => onSelect(c.event)}>
                    {c.event.summary[locale]}
                  </button>
                </li>
              ))}
              {data.total > data.items.length && <li className="muted">{m.panel.moreChanges(f.number(data.total - data.items.length))}</li>}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
