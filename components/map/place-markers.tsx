'use client';

import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Place } from '@/lib/data/schema';
import { PlaceLabel } from './place-label';

interface PlaceMarkersProps {
  map: MapLibreMap;
  places: readonly Place[];
  selectedPlaceId: string | null;
  onSelectPlace: (id: string) => void;
}

/**
 * One MapLibre marker per place, rendered by React through a portal. A primary place holds a real
 * <button>, so it is reachable with Tab and activated with Enter or Space.
 */
export function PlaceMarkers({ map, places, selectedPlaceId, onSelectPlace }: PlaceMarkersProps) {
  const [elements, setElements] = useState<ReadonlyMap<string, HTMLElement>>(new Map());

  useEffect(() => {
    let cancelled = false;
    const markers: { remove(): void }[] = [];
    import('maplibre-gl').then(({ Marker }) => {
      if (cancelled) return;
      const next = new Map<string, HTMLElement>();
      for (const place of places) {
        const element = document.createElement('div');
        // Primary labels hang below their point and stay on top; secondary ones sit above theirs.
        element.className = place.primary ? 'place-marker-anchor' : 'place-marker-anchor place-marker-anchor-secondary';
        const anchor = place.primary ? 'top' : 'bottom';
        markers.push(new Marker({ element, anchor }).setLngLat(place.coordinates).addTo(map));
        next.set(place.id, element);
      }
      setElements(next);
    });
    return () => {
      cancelled = true;
      for (const marker of markers) marker.remove();
    };
  }, [map, places]);

  return (
    <>
      {places.map((place) => {
        const element = elements.get(place.id);
        if (!element) return null;
        if (!place.primary) {
          // Secondary places only label the ends of routes; they are not selectable.
          return createPortal(
            <span className="place-marker place-marker-secondary">
              <PlaceLabel place={place} />
            </span>,
            element,
            place.id,
          );
        }
        return createPortal(
          <button
            type="button"
            className="place-marker"
            aria-pressed={place.id === selectedPlaceId}
            data-place-id={place.id}
            onClick={() => onSelectPlace(place.id)}
          >
            <PlaceLabel place={place} />
          </button>,
          element,
          place.id,
        );
      })}
    </>
  );
}
