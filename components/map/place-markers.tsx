'use client';

import type { MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { Place } from '@/lib/data/schema';
import { PlaceLabel } from './place-label';
import { useMarkerAnchors } from './use-marker-anchors';

interface PlaceMarkersProps {
  map: MapLibreMap;
  places: readonly Place[];
  /** Each place's state at the timeline's date, in a few words; null when the map shows every date. */
  states: ReadonlyMap<string, string | null> | null;
  selectedPlaceId: string | null;
  /** Places to emphasise (a briefing step's). */
  highlighted?: ReadonlySet<string>;
  /** Without it (a briefing), the markers are labels, not buttons. */
  onSelectPlace?: (id: string) => void;
}

/**
 * One MapLibre marker per primary place, rendered by React through a portal. Each holds a real
 * <button>, so it is reachable with Tab and activated with Enter or Space. Other places are drawn
 * by the map's own layers (see lib/map/base-style.ts).
 */
export function PlaceMarkers({ map, places, states, selectedPlaceId, highlighted, onSelectPlace }: PlaceMarkersProps) {
  const elements = useMarkerAnchors(map, places, (place) => place.id, (place, Marker) => {
    const element = document.createElement('div');
    // The label hangs below its point, leaving the space above for event symbols.
    element.className = 'place-marker-anchor';
    return { anchors: element, markers: [new Marker({ element, anchor: 'top' }).setLngLat(place.coordinates).addTo(map)] };
  });

  return (
    <>
      {places.map((place) => {
        const element = elements.get(place.id);
        if (!element) return null;
        const className = highlighted?.has(place.id) ? 'place-marker place-marker-highlighted' : 'place-marker';
        const content = (
          <>
            <PlaceLabel place={place} />
            {states?.get(place.id) && <span className="place-state">{states.get(place.id)}</span>}
          </>
        );
        return createPortal(
          onSelectPlace ? (
            <button type="button" className={className} aria-pressed={place.id === selectedPlaceId} data-place-id={place.id} onClick={() => onSelectPlace(place.id)}>
              {content}
            </button>
          ) : (
            <div className={className} data-place-id={place.id}>
              {content}
            </div>
          ),
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
    // One handler for the map, not one per layer: where a dot and its label overlap, a click opens the place once.
    const click = (e: MapMouseEvent) => {
      // A click on a marker or handle above the map reaches the map too: only the map's own count here.
      if (e.originalEvent.target !== map.getCanvas()) return;
      const id = map.queryRenderedFeatures(e.point, { layers: [...layers] })[0]?.properties.id as string | undefined;
      if (id) onSelectPlace(id);
    };
    const enter = () => (map.getCanvas().style.cursor = 'pointer');
    const leave = () => (map.getCanvas().style.cursor = '');
    map.on('click', click);
    for (const layer of layers) {
      map.on('mouseenter', layer, enter);
      map.on('mouseleave', layer, leave);
    }
    return () => {
      map.off('click', click);
      for (const layer of layers) {
        map.off('mouseenter', layer, enter);
        map.off('mouseleave', layer, leave);
      }
    };
  }, [map, onSelectPlace]);
  return null;
}
