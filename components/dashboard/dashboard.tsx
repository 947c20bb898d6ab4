'use client';

import { useMemo } from 'react';
import { SWRConfig } from 'swr';
import { EventsLoadError } from '@/components/events/event-item';
import { EventList } from '@/components/events/event-list';
import { EventOverlays } from '@/components/map/event-overlays';
import { MapLegend } from '@/components/map/map-legend';
import { MapView } from '@/components/map/map-view';
import { PlaceMarkers } from '@/components/map/place-markers';
import { PlaceList } from '@/components/places/place-list';
import { PlacePanel } from '@/components/sidebar/place-panel';
import { useDashboardParams } from '@/hooks/use-dashboard-params';
import { useEvents, usePlaces } from '@/hooks/use-dashboard-data';
import { eventPlaceIds } from '@/lib/api/events-query';
import { placesBounds } from '@/lib/map/base-style';
import { pointEventSymbols } from '@/lib/map/event-symbols';
import { movementRoutes } from '@/lib/map/movement-layers';

/** The dashboard, with the server's data as SWR's starting point so the first paint needs no fetch. */
export function Dashboard({ fallback }: { fallback: Record<string, unknown> }) {
  return (
    <SWRConfig value={{ fallback }}>
      <DashboardView />
    </SWRConfig>
  );
}

function DashboardView() {
  const { places, error: placesError } = usePlaces();
  const { events, error: eventsError, retry } = useEvents();
  const primary = useMemo(() => (places ?? []).filter((p) => p.primary), [places]);
  const primaryIds = useMemo(() => primary.map((p) => p.id), [primary]);
  const { params, notices, setPlace } = useDashboardParams(primaryIds);
  const selected = primary.find((p) => p.id === params.place) ?? null;
  const movements = useMemo(() => movementRoutes(events ?? [], places ?? []), [events, places]);
  const pointEvents = useMemo(() => pointEventSymbols(events ?? [], places ?? []), [events, places]);
  // Marked on the map, and fitted into view: the primary places and every place an event names.
  const marked = useMemo(() => {
    const named = new Set((events ?? []).flatMap(eventPlaceIds));
    return (places ?? []).filter((p) => p.primary || named.has(p.id));
  }, [events, places]);
  const bounds = useMemo(() => (marked.length > 0 ? placesBounds(marked) : null), [marked]);
  const refreshError = placesError ?? (events ? eventsError : undefined);

  return (
    <div className="dashboard">
      <header className="app-header">
        <h1>Sitrep</h1>
        <p className="app-subtitle">Reported troop movements · Iraq, Syria and Kuwait · 2024–2026</p>
        {(refreshError || notices.length > 0) && (
          <p className="notice" role="status">
            {refreshError ? `Could not refresh the data (${refreshError.message}). Showing the last data received. ` : ''}
            {notices.join(' ')}
          </p>
        )}
      </header>
      <main className="dashboard-main">
        {primary.length === 0 || !bounds ? (
          <p className="empty-state">There are no places in the dataset yet.</p>
        ) : (
          <MapView
            places={marked}
            bounds={bounds}
            movements={movements}
            pointEvents={pointEvents}
            fallback={
              <>
                <PlaceList places={primary} selectedPlaceId={params.place} onSelectPlace={setPlace} />
                <h2>Events</h2>
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
                <PlaceMarkers map={map} places={primary} selectedPlaceId={params.place} onSelectPlace={setPlace} />
                <EventOverlays map={map} movements={movements} events={events ?? []} places={places ?? []} />
              </>
            )}
          </MapView>
        )}
        <MapLegend movements={movements} pointEvents={pointEvents} />
        {selected && <PlacePanel place={selected} events={events} eventsError={eventsError} onRetry={retry} onClose={() => setPlace(null)} />}
      </main>
    </div>
  );
}
