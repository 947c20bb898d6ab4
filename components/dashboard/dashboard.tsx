'use client';

import Link from 'next/link';
import { memo, useCallback, useMemo, useState } from 'react';
import useSWR, { SWRConfig } from 'swr';
import { EventList } from '@/components/events/event-list';
import { ArticlePanel, type Reading } from '@/components/articles/article-panel';
import { TimedMap } from '@/components/map/timed-map';
import { PlaceList } from '@/components/places/place-list';
import { OnThisDate } from '@/components/timeline/on-this-date';
import { TimelineBar } from '@/components/timeline/timeline-bar';
import { PlacePanel, type PanelFirstPages } from '@/components/sidebar/place-panel';
import { SearchBox } from '@/components/search/search-box';
import { LanguageSwitch } from '@/components/i18n/language-switch';
import { useI18n } from '@/components/i18n/locale-provider';
import { useArchiveMap, useMapSummary } from '@/hooks/use-archive-map';
import { useDashboardParams } from '@/hooks/use-dashboard-params';
import { fetchJson, useDataStatus, usePlaces } from '@/hooks/use-dashboard-data';
import { useTimelineClock } from '@/hooks/use-timeline-clock';
import type { EventRecord } from '@/lib/data/schema';
import { laneOf, symbolKeyOf } from '@/lib/map/archive-layers';
import { feedHref } from '@/lib/url/links';

/** The dashboard, with the server's first screen as SWR's starting point, so the first paint needs no fetch. */
export function Dashboard({ fallback, firstPanel }: { fallback: Record<string, unknown>; firstPanel?: PanelFirstPages }) {
  return (
    <SWRConfig value={{ fallback }}>
      <DashboardView firstPanel={firstPanel} />
    </SWRConfig>
  );
}

/** The report a user chose last (from a panel, a search or an article): the map marks its lane or its symbol. */
interface Chosen {
  id: string;
  /** The record, when the chooser has it; otherwise it is fetched. */
  event?: EventRecord;
}

const NOTHING_CHOSEN = { lanes: [], symbols: [] };

function useHighlight(chosen: Chosen | null) {
  const { data } = useSWR<{ event: EventRecord }, Error>(chosen && !chosen.event ? `/api/events/${encodeURIComponent(chosen.id)}` : null, fetchJson);
  const event = chosen?.event ?? (data?.event.id === chosen?.id ? data?.event : undefined);
  return useMemo(() => {
    if (!event) return NOTHING_CHOSEN;
    const lane = laneOf(event);
    const symbol = symbolKeyOf(event);
    return { lanes: lane ? [lane] : [], symbols: symbol ? [symbol] : [] };
  }, [event]);
}

function DashboardView({ firstPanel }: { firstPanel?: PanelFirstPages }) {
  const { m, settings, href } = useI18n();
  const { places, error: placesError } = usePlaces();
  const { summary, error: summaryError, refresh } = useMapSummary();
  const data = useArchiveMap(summary, places);
  // Every marked place can be opened: the primary ones by their buttons, the others by their dots and labels.
  const markedIds = useMemo(() => data?.marked.map((p) => p.id) ?? [], [data]);
  const { params, notices, setParams, setPlace } = useDashboardParams(markedIds);
  const selected = data?.marked.find((p) => p.id === params.place) ?? null;
  const clock = useTimelineClock(data?.timeline ?? null, params, setParams);
  const status = useDataStatus();

  const [chosen, setChosen] = useState<Chosen | null>(null);
  const highlight = useHighlight(chosen);
  const showEvent = useCallback(
    (chosen: Chosen, date: string, place?: string | null) => {
      setChosen(chosen);
      setParams(place === undefined ? { t: date } : { t: date, place }, 'push');
    },
    [setParams],
  );
  const onSelectEvent = useCallback((e: EventRecord) => showEvent({ id: e.id, event: e }, e.date.start), [showEvent]);
  // The article open beside the map, at a report's quote.
  const [reading, setReading] = useState<Reading | null>(null);
  const onRead = useCallback((e: EventRecord, source: number) => setReading({ article: e.sources[source]!.article, event: e.id, source }), []);
  const onClose = useCallback(() => {
    setChosen(null);
    setReading(null);
    setPlace(null);
  }, [setPlace]);
  const onChanged = useCallback(() => void refresh(), [refresh]);
  const refreshError = placesError ?? summaryError;
  // Until the map's summary has come, no place is known: the URL's place is not yet "unknown".
  const shownNotices = data ? notices : [];

  return (
    <div className="dashboard">
      <a className="skip-link" href="#dashboard-main">
        {m.app.skipToMap}
      </a>
      <header className="app-header">
        <h1>Sitrep</h1>
        <p className="app-subtitle">{m.app.subtitle}</p>
        <SearchBox onPlace={setPlace} onEvent={(id, date, place) => showEvent({ id }, date, place)} />
        <Link className="app-header-link" href={feedHref(settings)}>
          {m.app.allReports}
        </Link>
        <Link className="app-header-link" href={href('/brief')}>
          {m.brief.list}
        </Link>
        <LanguageSwitch />
        {(refreshError || shownNotices.length > 0 || status?.available === false) && (
          <p className="notice" role="status">
            {[status?.available === false ? m.app.unavailable(status.message ?? '') : null, refreshError ? m.app.refreshError(refreshError.message) : null, ...shownNotices.map(m.app.notice)].filter(Boolean).join(' ')}
          </p>
        )}
      </header>
      <main className="dashboard-main" id="dashboard-main" tabIndex={-1}>
        {!data ? (
          !refreshError && (
            <p className="empty-state" role="status">
              {m.map.loading}
            </p>
          )
        ) : data.primary.length === 0 || !data.bounds ? (
          <p className="empty-state">{m.app.noPlaces}</p>
        ) : (
          <TimedMap data={data} clock={clock} highlight={highlight} selectedPlaceId={params.place} onSelectPlace={setPlace} fallback={<MapFallback places={data.primary} selected={params.place} onSelectPlace={setPlace} />} />
        )}
        {selected && (
          <PlacePanel
            key={selected.id}
            place={selected}
            clock={clock}
            first={firstPanel}
            editable={status?.editable ?? false}
            onChanged={onChanged}
            onClose={onClose}
            onSelectEvent={onSelectEvent}
            onRead={onRead}
          />
        )}
        {reading && <ArticlePanel reading={reading} onClose={() => setReading(null)} onEvent={onSelectEvent} />}
      </main>
      {data?.timeline && (
        <footer className="timeline-dock">
          <OnThisDate clock={clock} places={data.placesById} />
          <TimelineBar timeline={data.timeline} clock={clock} />
        </footer>
      )}
    </div>
  );
}

/** Without WebGL: the places as buttons, and the reports as a plain list. */
const MapFallback = memo(function MapFallback({ places, selected, onSelectPlace }: { places: Parameters<typeof PlaceList>[0]['places']; selected: string | null; onSelectPlace: (id: string) => void }) {
  const { m } = useI18n();
  return (
    <>
      <PlaceList places={places} selectedPlaceId={selected} onSelectPlace={onSelectPlace} />
      <h2>{m.app.events}</h2>
      <EventList />
    </>
  );
});
