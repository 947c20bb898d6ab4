'use client';

import type { MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Place } from '@/lib/data/schema';
import { PlaceLabel } from './place-label';

interface PlaceMarkersProps {
  map: MapLibreMap;
  places: readonly Place[];
  /** Each place's state at the timeline's date, in a few words; null when the map shows every date. */
  states: ReadonlyMap<string, string | null> | null;
  selectedPlaceId: string | null;
  onSelectPlace: (id: string) => void;
}

/**
 * One MapLibre marker per primary place, rendered by React through a portal. Each holds a real
 * <button>, so it is reachable with Tab and activated with Enter or Space. Other places are drawn
 * by the map's own layers (see lib/map/base-style.ts).
 */
export function PlaceMarkers({ map, places, states, selectedPlaceId, onSelectPlace }: PlaceMarkersProps) {
  const [elements, setElements] = useState<ReadonlyMap<string, HTMLElement>>(new Map());

  useEffect(() => {
    let cancelled = false;
    const markers: { remove(): void }[] = [];
    import('maplibre-gl').then(({ Marker }) => {
      if (cancelled) return;
      const next = new Map<string, HTMLElement>();
      for (const place of places) {
        const element = document.createElement('div');
        // The label hangs below its point, leaving the space above for event symbols.
        element.className = 'place-marker-anchor';
        markers.push(new Marker({ element, anchor: 'top' }).setLngLat(place.coordinates).addTo(map));
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
        return createPortal(
          <button
            type="button"
            className="place-marker"
            aria-pressed={place.id === selectedPlaceId}
            data-place-id={place.id}
            onClick={() => onSelectPlace(place.id)}
          >
            <PlaceLabel place={place} />
            {states?.get(place.id) && <span className="place-state">{states.get(place.id)}</span>}
          </button>,
          element,
          place.id,
        );
      })}
    </>
  );
}

/** The map's own layers for the places other than the primary ones: a click on a dot or a label opens that place. */
const OTHER_PLACE_LAYERS = ['place-dot', 'place-label', 'place-label-near'] as const;

export function OtherPlaceClicks({ map, onSelectPlace }: { map: MapLibreMap; onSelectPlace: (id: string) => void }) {
  useEffect(() => {
    const layers = OTHER_PLACE_LAYERS.filter((id) => map.getLayer(id));
    const click = (e: MapLayerMouseEvent) => {
      // A click on a marker or handle above the map reaches the map too: only the map's own count here.
      if (e.originalEvent.target !== map.getCanvas()) return;
      const id = e.features?.[0]?.properties.id as string | undefined;
      if (id) onSelectPlace(id);
    };
    const enter = () => (map.getCanvas().style.cursor = 'pointer');
    const leave = () => (map.getCanvas().style.cursor = '');
    for (const layer of layers) {
      map.on('click', layer, click);
      map.on('mouseenter', layer, enter);
      map.on('mouseleave', layer, leave);
    }
    return () => {
      for (const layer of layers) {
        map.off('click', layer, click);
        map.off('mouseenter', layer, enter);
        map.off('mouseleave', layer, leave);
      }
    };
  }, [map, onSelectPlace]);
  return null;
}
