'use client';

import { useMemo, useState } from 'react';
import { SWRConfig } from 'swr';
import { MapView } from '@/components/map/map-view';
import { PlaceCard } from '@/components/places/place-card';
import { PlaceList } from '@/components/places/place-list';
import { usePlaces } from '@/hooks/use-dashboard-data';

/** The dashboard, with the server's data as SWR's starting point so the first paint needs no fetch. */
export function Dashboard({ fallback }: { fallback: Record<string, unknown> }) {
  return (
    <SWRConfig value={{ fallback }}>
      <DashboardView />
    </SWRConfig>
  );
}

function DashboardView() {
  const { places, error } = usePlaces();
  const [selectedPlaceId, setSelectedPlaceId] = useState<string | null>(null);
  const primary = useMemo(() => (places ?? []).filter((p) => p.primary), [places]);
  const selected = primary.find((p) => p.id === selectedPlaceId) ?? null;

  return (
    <div className="dashboard">
      <header className="app-header">
        <h1>Sitrep</h1>
        <p className="app-subtitle">Reported troop movements · Iraq, Syria and Kuwait · 2024–2026</p>
        {error && (
          <p className="notice" role="status">
            Could not refresh the data ({error.message}). Showing the last data received.
          </p>
        )}
      </header>
      <main className="dashboard-main">
        {primary.length === 0 ? (
          <p className="empty-state">There are no places in the dataset yet.</p>
        ) : (
          <MapView
            places={primary}
            selectedPlaceId={selectedPlaceId}
            onSelectPlace={setSelectedPlaceId}
            fallback={<PlaceList places={primary} selectedPlaceId={selectedPlaceId} onSelectPlace={setSelectedPlaceId} />}
          />
        )}
        {selected && <PlaceCard place={selected} onClose={() => setSelectedPlaceId(null)} />}
      </main>
    </div>
  );
}
