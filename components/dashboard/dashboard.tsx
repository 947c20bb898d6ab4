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
import { useDashboardParams } from '@/hooks/use-dashboard-params';
import { useArticles, useEvents, usePlaces } from '@/hooks/use-dashboard-data';
import { useRouteLayer } from '@/hooks/use-route-layer';
import { useTimelineClock } from '@/hooks/use-timeline-clock';
import { eventPlaceIds } from '@/lib/api/events-query';
import { placesBounds } from '@/lib/map/base-style';
import { pointEventSymbols } from '@/lib/map/event-symbols';
import { movementRoutes } from '@/lib/map/movement-layers';
import { symbolStates, framesAt } from '@/lib/time/frames';
import { DAY_MS, type MovementPhase } from '@/lib/time/animation';
import { describePlaceState, placeStateAt } from '@/lib/time/place-state';
import { buildTimeline } from '@/lib/time/timeline';
import { eventTimings } from '@/lib/time/timings';

/** The dashboard, with the server's data as SWR's starting point so the first paint needs no fetch. */
export function Dashboard({ fallback }: { fallback: Record<string, unknown> }) {
  return (
    <SWRConfig value={{ fallback }}>
      <DashboardView />
    </SWRConfig>
  );
}

function DashboardView() {
  const { m, f, href } = useI18n();
  const { places, error: placesError } = usePlaces();
  const { events, error: eventsError, retry } = useEvents();
  const primary = useMemo(() => (places ?? []).filter((p) => p.primary), [places]);
  const { articles } = useArticles();
  // Marked on the map, and fitted into view: the primary places and every place an event names.
  // Each can be opened: the primary ones by their buttons, the others by their dots and labels.
  const marked = useMemo(() => {
    const named = new Set((events ?? []).flatMap(eventPlaceIds));
    return (places ?? []).filter((p) => p.primary || named.has(p.id));
  }, [events, places]);
  const markedIds = useMemo(() => marked.map((p) => p.id), [marked]);
  const { params, notices, setParams, setPlace } = useDashboardParams(markedIds);
  const selected = marked.find((p) => p.id === params.place) ?? null;
  // The report a user chose last (from a panel or a search): the map marks its route or place.
  const [highlight, setHighlight] = useState<string | null>(null);
  const showEvent = (eventId: string, date: string, place?: string | null) => {
    setHighlight(eventId);
    setParams(place === undefined ? { t: date } : { t: date, place }, 'push');
  };
  // The article open beside the map, at a report's quote.
  const [reading, setReading] = useState<Reading | null>(null);
  const movements = useMemo(() => movementRoutes(events ?? [], places ?? []), [events, places]);
  const pointEvents = useMemo(() => pointEventSymbols(events ?? [], places ?? []), [events, places]);
  const bounds = useMemo(() => (marked.length > 0 ? placesBounds(marked) : null), [marked]);
  const refreshError = placesError ?? (events ? eventsError : undefined);

  // Time: the clock, and what the map shows at its date (nothing changes while it shows every date).
  const timings = useMemo(() => eventTimings(events ?? [], articles ?? []), [events, articles]);
  const timeline = useMemo(() => (timings.size > 0 ? buildTimeline(timings) : null), [timings]);
  const clock = useTimelineClock(timeline, params, setParams);
  const { time } = clock;
  const symbolEvents = useMemo(() => pointEvents.features.map((f) => ({ key: f.properties.key, events: f.properties.events.split(',') })), [pointEvents]);
  const { routeSegments, routeTime, heads } = useRouteLayer(movements, timings, timeline?.startMs ?? 0, time);
  // Everything else the date changes on the map changes only from one day to the next (the rules
  // work in whole days), so it is worked out once a day, not every frame.
  const day = time === null ? null : Math.floor(time / DAY_MS) * DAY_MS + DAY_MS / 2;
  const frames = useMemo(
    () => (day === null ? null : framesAt(day, timings, movements.features.map((f) => f.properties.id), symbolEvents)),
    [day, timings, movements, symbolEvents],
  );
  const symbols = useMemo(() => (frames ? symbolStates(frames) : null), [frames]);
  // Which routes the date hides changes a few times over the whole timeline, not every frame: keep
  // the set's identity while its members stay the same, so the legend and handles do not re-render.
  const hiddenKey = useMemo(() => [...(frames?.movements ?? [])].filter(([, f]) => f.phase === 'hidden').map(([id]) => id).join(','), [frames]);
  const hiddenRoutes = useMemo(() => new Set(hiddenKey ? hiddenKey.split(',') : []), [hiddenKey]);
  const phaseKey = useMemo(() => [...new Set([...(frames?.movements.values() ?? [])].map((f) => f.phase))].sort().join(','), [frames]);
  const phases = useMemo(() => new Set(phaseKey ? (phaseKey.split(',') as MovementPhase[]) : []), [phaseKey]);
  // The legend explains the route styles on screen at the date.
  const onScreen = useMemo(
    () => (hiddenRoutes.size === 0 ? movements : { ...movements, features: movements.features.filter((f) => !hiddenRoutes.has(f.properties.id)) }),
    [movements, hiddenRoutes],
  );
  const placeStates = useMemo(
    () =>
      day === null
        ? null
        : new Map(
            primary.map((p) => {
              const state = placeStateAt(p.id, events ?? [], timings, day);
              return [p.id, state && describePlaceState(state, m, f)];
            }),
          ),
    [day, primary, events, timings, m, f],
  );
  const placesById = useMemo(() => new Map((places ?? []).map((p) => [p.id, p])), [places]);

  return (
    <div className="dashboard">
      <header className="app-header">
        <h1>Sitrep</h1>
        <p className="app-subtitle">{m.app.subtitle}</p>
        <SearchBox onPlace={setPlace} onEvent={(id, date, place) => showEvent(id, date, place)} />
        <Link className="app-header-link" href={href('/feed')}>
          {m.app.allReports}
        </Link>
        <LanguageSwitch />
        {(refreshError || notices.length > 0) && (
          <p className="notice" role="status">
            {[refreshError ? m.app.refreshError(refreshError.message) : null, ...notices.map(m.app.notice)].filter(Boolean).join(' ')}
          </p>
        )}
      </header>
      <main className="dashboard-main">
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
            highlight={highlight}
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
