'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { SWRConfig } from 'swr';
import { EventsLoadError } from '@/components/events/event-item';
import { EventList } from '@/components/events/event-list';
import { EventOverlays } from '@/components/map/event-overlays';
import { MapLegend } from '@/components/map/map-legend';
import { MapView } from '@/components/map/map-view';
import { OtherPlaceClicks, PlaceMarkers } from '@/components/map/place-markers';
import { ArticlePanel, type Reading } from '@/components/articles/article-panel';
import { PlaceList } from '@/components/places/place-list';
import { OnThisDate } from '@/components/timeline/on-this-date';
import { TimelineBar } from '@/components/timeline/timeline-bar';
import { PlacePanel } from '@/components/sidebar/place-panel';
import { SearchBox } from '@/components/search/search-box';
import { LanguageSwitch } from '@/components/i18n/language-switch';
import { useI18n } from '@/components/i18n/locale-provider';
import { EditingProvider } from '@/components/reports/editing';
import { useDashboardParams } from '@/hooks/use-dashboard-params';
import { useArticles, useDataStatus, useEvents, usePlaces } from '@/hooks/use-dashboard-data';
import { useTimelineClock } from '@/hooks/use-timeline-clock';
import { useMapAt, useMapData } from '@/hooks/use-map-state';

/** The dashboard, with the server's data as SWR's starting point so the first paint needs no fetch. */
export function Dashboard({ fallback }: { fallback: Record<string, unknown> }) {
  return (
    <SWRConfig value={{ fallback }}>
      <DashboardView />
    </SWRConfig>
  );
}

const NO_EDITS: Readonly<Record<string, number>> = {};

function DashboardView() {
  const words = useI18n();
  const { m, href } = words;
  const { places, error: placesError } = usePlaces();
  const { events, edits, error: eventsError, retry } = useEvents();
  const { articles } = useArticles();
  const data = useMapData(events, places, articles);
  const { primary, movements, pointEvents, marked, bounds, timings, timeline } = data;
  // Every marked place can be opened: the primary ones by their buttons, the others by their dots and labels.
  const markedIds = useMemo(() => marked.map((p) => p.id), [marked]);
  const { params, notices, setParams, setPlace } = useDashboardParams(markedIds);
  const selected = marked.find((p) => p.id === params.place) ?? null;
  // The report a user chose last (from a panel or a search): the map marks its route or place.
  const [highlight, setHighlight] = useState<string | null>(null);
  const highlighted = useMemo(() => (highlight ? [highlight] : []), [highlight]);
  const showEvent = (eventId: string, date: string, place?: string | null) => {
    setHighlight(eventId);
    setParams(place === undefined ? { t: date } : { t: date, place }, 'push');
  };
  // The article open beside the map, at a report's quote.
  const [reading, setReading] = useState<Reading | null>(null);
  const refreshError = placesError ?? (events ? eventsError : undefined);
  const status = useDataStatus();

  const clock = useTimelineClock(timeline, params, setParams);
  const { time } = clock;
  const { routeSegments, routeTime, heads, symbols, hiddenRoutes, phases, onScreen, placeStates } = useMapAt(data, time, words);
  const placesById = useMemo(() => new Map((places ?? []).map((p) => [p.id, p])), [places]);
  const editing = useMemo(() => ({ editable: status?.editable ?? false, edits: edits ?? NO_EDITS, onChanged: retry }), [status?.editable, edits, retry]);

  return (
    <div className="dashboard">
      <a className="skip-link" href="#dashboard-main">
        {m.app.skipToMap}
      </a>
      <header className="app-header">
        <h1>Sitrep</h1>
        <p className="app-subtitle">{m.app.subtitle}</p>
        <SearchBox onPlace={setPlace} onEvent={(id, date, place) => showEvent(id, date, place)} />
        <Link className="app-header-link" href={href('/feed')}>
          {m.app.allReports}
        </Link>
        <Link className="app-header-link" href={href('/brief')}>
          {m.brief.list}
        </Link>
        <LanguageSwitch />
        {(refreshError || notices.length > 0 || status?.available === false) && (
          <p className="notice" role="status">
            {[status?.available === false ? m.app.unavailable(status.message ?? '') : null, refreshError ? m.app.refreshError(refreshError.message) : null, ...notices.map(m.app.notice)].filter(Boolean).join(' ')}
          </p>
        )}
      </header>
      <main className="dashboard-main" id="dashboard-main" tabIndex={-1}>
        {primary.length === 0 || !bounds ? (
          <p className="empty-state">{m.app.noPlaces}</p>
        ) : (
          <MapView
            places={marked}
            bounds={bounds}
            movements={movements}
            pointEvents={pointEvents}
            routeSegments={routeSegments}
            routeTime={routeTime}
            symbols={symbols}
            heads={heads}
            highlight={highlighted}
            fallback={
              <>
                <PlaceList places={primary} selectedPlaceId={params.place} onSelectPlace={setPlace} />
                <h2>{m.app.events}</h2>
                {eventsError && !events ? (
                  <EventsLoadError error={eventsError} onRetry={retry} />
                ) : (
                  <EventList events={events ?? []} places={places ?? []} />
                )}
              </>
            }
          >
            {(map) => (
              <>
                {/* Places first: their markers join the map first, so Tab reaches them before the route handles. */}
                <PlaceMarkers map={map} places={primary} states={placeStates} selectedPlaceId={params.place} onSelectPlace={setPlace} />
                <OtherPlaceClicks map={map} onSelectPlace={setPlace} />
                <EventOverlays map={map} movements={movements} hidden={hiddenRoutes} events={events ?? []} places={places ?? []} />
              </>
            )}
          </MapView>
        )}
        <MapLegend movements={onScreen} pointEvents={pointEvents} phases={phases} />
        {selected && (
          <EditingProvider value={editing}>
            <PlacePanel
              place={selected}
              events={events}
              eventsError={eventsError}
              articles={articles}
              places={places ?? []}
              timings={timings}
              time={time}
              onRetry={retry}
              onClose={() => {
                setHighlight(null);
                setReading(null);
                setPlace(null);
              }}
              onSelectEvent={(e) => showEvent(e.id, e.date.start)}
              onRead={(e, source) => setReading({ article: e.sources[source]!.article, event: e.id, source })}
            />
          </EditingProvider>
        )}
        {reading && events && <ArticlePanel reading={reading} events={events} onClose={() => setReading(null)} onEvent={(e) => showEvent(e.id, e.date.start)} />}
      </main>
      {timeline && (
        <footer className="timeline-dock">
          <OnThisDate time={time} events={events ?? []} timings={timings} places={placesById} />
          <TimelineBar timeline={timeline} clock={clock} />
        </footer>
      )}
    </div>
  );
}
