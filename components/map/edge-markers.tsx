'use client';

import type { Map as MapLibreMap } from 'maplibre-gl';
import { createPortal } from 'react-dom';
import { useI18n } from '@/components/i18n/locale-provider';
import type { Place } from '@/lib/data/schema';
import { LABEL_ANCHOR, arrowBearing, type EdgeMarker } from '@/lib/map/edge-markers';
import styles from './edge-markers.module.css';
import { useMarkerAnchors } from './use-marker-anchors';

interface EdgeMarkersProps {
  map: MapLibreMap;
  markers: readonly EdgeMarker[];
  places: ReadonlyMap<string, Place>;
  /** Lanes that the timeline's date hides: an arrowhead whose lanes are all hidden goes too. */
  hidden: ReadonlySet<string>;
  selectedPlaceId: string | null;
  /** Without it (a briefing), the names are labels, not buttons. */
  onSelectPlace?: (id: string) => void;
}

/** An arrowhead pointing north in a 24×24 box; its marker turns it to the way it points. */
const ARROW_PATH = 'M12 2 L21 21 L12 16 L3 21 Z';

/**
 * For each place beyond the basemap's box, at the edge where the way to it leaves the map: an
 * arrowhead turned toward the place, and a label naming it in the interface's language, pinned on
 * the map's side of the edge. Each name is a button that opens the place's panel, like a place marker.
 */
export function EdgeMarkers({ map, markers, places, hidden, selectedPlaceId, onSelectPlace }: EdgeMarkersProps) {
  const { m, locale } = useI18n();
  const anchors = useMarkerAnchors(map, markers, (marker) => marker.key, (marker, Marker) => {
    const arrow = document.createElement('div');
    arrow.className = styles.arrowAnchor!;
    const label = document.createElement('div');
    label.className = styles.labelAnchor!;
    return {
      anchors: { arrow, label },
      markers: [
        new Marker({ element: arrow, rotation: arrowBearing(marker), rotationAlignment: 'map' }).setLngLat(marker.at as [number, number]).addTo(map),
        new Marker({ element: label, anchor: LABEL_ANCHOR[marker.side] }).setLngLat(marker.at as [number, number]).addTo(map),
      ],
    };
  });

  return (
    <>
      {markers.map((marker) => {
        const anchor = anchors.get(marker.key);
        if (!anchor) return null;
        const shown = marker.symbols.length > 0 || marker.lanes.some((id) => !hidden.has(id));
        return [
          createPortal(
            <svg className={shown ? undefined : styles.hidden} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" data-edge-arrow={marker.key}>
              <path d={ARROW_PATH} fill={marker.color} stroke="#ffffff" strokeWidth="1.5" strokeLinejoin="round" />
            </svg>,
            anchor.arrow,
            `${marker.key}/arrow`,
          ),
          createPortal(
            <div className={styles.label} data-edge-marker={marker.role} data-edge-places={marker.places.join(' ')}>
              <svg className={styles.arrow} viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" style={{ transform: `rotate(${arrowBearing(marker)}deg)` }}>
                <path d={ARROW_PATH} fill={marker.color} />
              </svg>
              {marker.places.map((id, i) => {
                const name = places.get(id)?.name[locale] ?? id;
                return (
                  <span key={id}>
                    {i > 0 && <span aria-hidden="true">{m.routeArrow}</span>}
                    {onSelectPlace ? (
                      <button type="button" className={styles.place} data-place-id={id} aria-pressed={id === selectedPlaceId} aria-label={m.map.beyond(name)} onClick={() => onSelectPlace(id)}>
                        <span dir="auto" lang={locale}>
                          {name}
                        </span>
                      </button>
                    ) : (
                      <span className={styles.place} data-place-id={id} dir="auto" lang={locale}>
                        {name}
                      </span>
                    )}
                  </span>
                );
              })}
            </div>,
            anchor.label,
            `${marker.key}/label`,
          ),
        ];
      })}
    </>
  );
}
