'use client';

import { useMemo } from 'react';
import { SWRConfig } from 'swr';
import { MapLegend } from '@/components/map/map-legend';
import { MapView } from '@/components/map/map-view';
import { PlaceList } from '@/components/places/place-list';
import { PlacePanel } from '@/components/sidebar/place-panel';
import { useDashboardParams } from '@/hooks/use-dashboard-params';
import { useEvents, usePlaces } from '@/hooks/use-dashboard-data';
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
  const marked = useMemo(() => {
    const reached = new Set(movements.features.flatMap((f) => f.properties.places.split(',')));
    return (places ?? []).filter((p) => p.primary || reached.has(p.id));
  }, [movements, places]);
  const statuses = useMemo(() => new Set(movements.features.map((f) => f.properties.status)), [movements]);
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
        {primary.length === 0 ? (
          <p className="empty-state">There are no places in the dataset yet.</p>
        ) : (
          <MapView
            places={marked}
            movements={movements}
            selectedPlaceId={params.place}
            onSelectPlace={setPlace}
            fallback={<PlaceList places={primary} selectedPlaceId={params.place} onSelectPlace={setPlace} />}
          />
        )}
        <MapLegend statuses={statuses} />
        {selected && <PlacePanel place={selected} events={events} eventsError={eventsError} onRetry={retry} onClose={() => setPlace(null)} />}
      </main>
    </div>
  );
}
