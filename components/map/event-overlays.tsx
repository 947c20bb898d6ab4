'use client';

import { useI18n } from '@/components/i18n/locale-provider';
import type { FeatureCollection, LineString } from 'geojson';
import type { Map as MapLibreMap, MapLayerMouseEvent, Popup } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { EventRecord, Place } from '@/lib/data/schema';
import { describeMovement, movementLabel } from '@/lib/events/describe';
import { pointAlongRoute } from '@/lib/geo/routes';
import { POINT_EVENTS_LAYER } from '@/lib/map/event-symbols';
import { MOVEMENT_HIT_LAYER, type MovementProperties } from '@/lib/map/movement-layers';
import { MovementDetails, PointEventsDetails } from './event-tooltip';

export const TOOLTIP_ID = 'map-tooltip';

/** What the tooltip is about: one route, or the events behind one point symbol. */
type Target = { kind: 'movement'; id: string; at: [number, number] } | { kind: 'points'; ids: string[]; at: [number, number] };

interface EventOverlaysProps {
  map: MapLibreMap;
  movements: FeatureCollection<LineString, MovementProperties>;
  /** Routes that the timeline's date hides: their handles go too. */
  hidden: ReadonlySet<string>;
  events: readonly EventRecord[];
  places: readonly Place[];
}

/**
 * What sits on the map above the layers: a focusable handle at the middle of each route, turned to
 * its direction of travel, and one tooltip for whatever a pointer hovers or the keyboard focuses
 * (a route, its handle, or a point symbol).
 */
export function EventOverlays({ map, movements, hidden, events, places }: EventOverlaysProps) {
  const words = useI18n();
  const [target, setTarget] = useState<Target | null>(null);
  const [popupElement, setPopupElement] = useState<HTMLElement | null>(null);
  const [anchors, setAnchors] = useState<ReadonlyMap<string, HTMLElement>>(new Map());
  const placesById = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const eventsById = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  const descriptions = useMemo(
    () => new Map(movements.features.map((f) => [f.properties.id, describeMovement(eventsById.get(f.properties.id)!, placesById, events)])),
    [movements, eventsById, placesById, events],
  );

  const handles = useMemo(
    () => new Map(movements.features.map((f) => [f.properties.id, pointAlongRoute(f.geometry, f.properties.handleAt)])),
    [movements],
  );

  // One handle per route, part-way along it, turned to its direction of travel.
  useEffect(() => {
    let cancelled = false;
    const markers: { remove(): void }[] = [];
    import('maplibre-gl').then(({ Marker }) => {
      if (cancelled) return;
      const next = new Map<string, HTMLElement>();
      for (const [id, { coordinates, bearing }] of handles) {
        const element = document.createElement('div');
        element.className = 'route-handle-anchor';
        markers.push(new Marker({ element, rotation: bearing, rotationAlignment: 'map' }).setLngLat(coordinates as [number, number]).addTo(map));
        next.set(id, element);
      }
      setAnchors(next);
    });
    return () => {
      cancelled = true;
      for (const marker of markers) marker.remove();
    };
  }, [map, handles]);

  // Pointer hover on routes and on point symbols.
  useEffect(() => {
    const at = (e: MapLayerMouseEvent): [number, number] => [e.lngLat.lng, e.lngLat.lat];
    const onRoute = (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties.id as string | undefined;
      if (id) setTarget({ kind: 'movement', id, at: at(e) });
    };
    const onSymbol = (e: MapLayerMouseEvent) => {
      const ids = String(e.features?.[0]?.properties.events ?? '').split(',').filter(Boolean);
      if (ids.length > 0) setTarget({ kind: 'points', ids, at: at(e) });
    };
    const enter = () => (map.getCanvas().style.cursor = 'pointer');
    const leave = () => {
      map.getCanvas().style.cursor = '';
      setTarget((t) => (t && document.activeElement?.closest('.route-handle') ? t : null));
    };
    map.on('mousemove', MOVEMENT_HIT_LAYER, onRoute);
    map.on('mousemove', POINT_EVENTS_LAYER, onSymbol);
    for (const layer of [MOVEMENT_HIT_LAYER, POINT_EVENTS_LAYER]) {
      map.on('mouseenter', layer, enter);
      map.on('mouseleave', layer, leave);
    }
    return () => {
      map.off('mousemove', MOVEMENT_HIT_LAYER, onRoute);
      map.off('mousemove', POINT_EVENTS_LAYER, onSymbol);
      for (const layer of [MOVEMENT_HIT_LAYER, POINT_EVENTS_LAYER]) {
        map.off('mouseenter', layer, enter);
        map.off('mouseleave', layer, leave);
      }
    };
  }, [map]);

  // The tooltip: a MapLibre popup that follows its point, with React content portalled into it.
  const open = target !== null;
  const popupRef = useRef<Popup | null>(null);
  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    import('maplibre-gl').then(({ Popup }) => {
      if (cancelled) return;
      const element = document.createElement('div');
      element.id = TOOLTIP_ID;
      element.setAttribute('role', 'tooltip');
      popupRef.current = new Popup({ closeButton: false, closeOnClick: false, focusAfterOpen: false, maxWidth: '380px', offset: 16, className: 'map-tooltip' })
        .setLngLat(map.getCenter())
        .setDOMContent(element)
        .addTo(map);
      setPopupElement(element);
    });
    return () => {
      cancelled = true;
      popupRef.current?.remove();
      popupRef.current = null;
      setPopupElement(null);
    };
  }, [map, open]);
  useEffect(() => {
    if (target) popupRef.current?.setLngLat(target.at);
  }, [target, popupElement]);

  const show = (id: string) => {
    const handle = handles.get(id);
    if (handle) setTarget({ kind: 'movement', id, at: handle.coordinates as [number, number] });
  };
  const hide = (id: string) => setTarget((t) => (t?.kind === 'movement' && t.id === id ? null : t));

  return (
    <>
      {movements.features.map(({ properties: { id, status } }) => {
        const anchor = anchors.get(id);
        const description = descriptions.get(id);
        if (!anchor || !description) return null;
        const active = target?.kind === 'movement' && target.id === id;
        return createPortal(
          <button
            type="button"
            className={`route-handle route-handle-${status}`}
            data-event-id={id}
            hidden={hidden.has(id)}
            aria-label={movementLabel(description, words)}
            aria-describedby={active ? TOOLTIP_ID : undefined}
            onFocus={() => show(id)}
            onBlur={() => hide(id)}
            onMouseEnter={() => show(id)}
            onMouseLeave={() => document.activeElement?.getAttribute('data-event-id') !== id && hide(id)}
            onKeyDown={(e) => e.key === 'Escape' && setTarget(null)}
          >
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
              <circle cx="12" cy="12" r="10.5" />
              <path className="route-handle-chevron" d="M7 14.5 L12 8.5 L17 14.5" />
              {status === 'denied' && <path className="route-handle-cross" d="M4.6 4.6 L19.4 19.4" />}
            </svg>
          </button>,
          anchor,
          id,
        );
      })}
      {popupElement &&
        target &&
        createPortal(
          target.kind === 'movement' ? (
            descriptions.get(target.id) ? <MovementDetails movement={descriptions.get(target.id)!} /> : null
          ) : (
            <PointEventsDetails events={target.ids.flatMap((id) => eventsById.get(id) ?? [])} places={placesById} />
          ),
          popupElement,
        )}
    </>
  );
}
