'use client';

import { useI18n } from '@/components/i18n/locale-provider';
import type { LineString } from 'geojson';
import type { Map as MapLibreMap, MapLayerMouseEvent, Popup } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import useSWR from 'swr';
import { fetchJson } from '@/hooks/use-dashboard-data';
import type { EventRecord, Place } from '@/lib/data/schema';
import { describeMovementDenied } from '@/lib/events/describe';
import { pointAlongRoute } from '@/lib/geo/routes';
import type { Lane } from '@/lib/map/archive-layers';
import { POINT_EVENTS_LAYER } from '@/lib/map/event-symbols';
import { MOVEMENT_HIT_LAYER } from '@/lib/map/movement-layers';
import type { EventLink } from '@/lib/reports/reports';
import { MovementDetails, PointEventsDetails } from './event-tooltip';

export const TOOLTIP_ID = 'map-tooltip';

/** Handles past this many lanes would crowd the map and slow it: the busiest lanes get them (the feed lists every movement). */
const MAX_HANDLES = 400;
/** Movements or events a tooltip lists; it says how many more there are. */
const SHOWN = 3;

/** What the tooltip is about: one lane, or one point symbol. */
type Target = { kind: 'lane'; id: string; at: [number, number] } | { kind: 'symbol'; key: string; at: [number, number] };

interface EventOverlaysProps {
  map: MapLibreMap;
  lanes: readonly Lane[];
  geometries: readonly LineString[];
  /** Lanes that the timeline's date hides: their handles go too. */
  hidden: ReadonlySet<string>;
  places: ReadonlyMap<string, Place>;
  /** The timeline's day (YYYY-MM-DD), or null for every date: what the tooltip asks about. */
  day: string | null;
}

interface LaneAnswer {
  total: number;
  items: EventRecord[];
  links: Record<string, EventLink[]>;
}

/** A lane's tooltip: the movements on it at the date, from the server, a few of them and how many more. */
function LaneDetails({ id, day, places }: { id: string; day: string | null; places: ReadonlyMap<string, Place> }) {
  const { m, f } = useI18n();
  const { data, error } = useSWR<LaneAnswer, Error>(`/api/map/lane?id=${encodeURIComponent(id)}&limit=${SHOWN}${day ? `&on=${day}` : ''}`, fetchJson);
  if (error) return <p className="tooltip-body">{error.message}</p>;
  if (!data) return <p className="tooltip-body">{m.tooltip.loading}</p>;
  return (
    <>
      {data.items.map((e) => (
        <MovementDetails key={e.id} movement={describeMovementDenied(e, places, (data.links[e.id] ?? []).filter((l) => l.kind === 'denied-by').map((l) => l.event))} />
      ))}
      {data.total > data.items.length && <p className="tooltip-more muted">{m.tooltip.more(f.number(data.total - data.items.length))}</p>}
    </>
  );
}

/** A symbol's tooltip: the events behind it at the date, from the server. */
function SymbolDetails({ symbolKey, day, places }: { symbolKey: string; day: string | null; places: ReadonlyMap<string, Place> }) {
  const { m, f } = useI18n();
  const { data, error } = useSWR<{ total: number; items: EventRecord[] }, Error>(`/api/map/symbol?key=${encodeURIComponent(symbolKey)}&limit=${SHOWN}${day ? `&on=${day}` : ''}`, fetchJson);
  if (error) return <p className="tooltip-body">{error.message}</p>;
  if (!data) return <p className="tooltip-body">{m.tooltip.loading}</p>;
  return (
    <>
      <PointEventsDetails events={data.items} places={places} />
      {data.total > data.items.length && <p className="tooltip-more muted">{m.tooltip.morePoints(f.number(data.total - data.items.length))}</p>}
    </>
  );
}

/**
 * What sits on the map above the layers: a focusable handle part-way along each lane (the busiest,
 * past MAX_HANDLES), turned to its direction of travel, and one tooltip for whatever a pointer hovers
 * or the keyboard focuses (a lane, its handle, or a point symbol), whose content comes from the server.
 */
export function EventOverlays({ map, lanes, geometries, hidden, places, day }: EventOverlaysProps) {
  const words = useI18n();
  const { m, f, locale } = words;
  const [target, setTarget] = useState<Target | null>(null);
  const [popupElement, setPopupElement] = useState<HTMLElement | null>(null);
  const [anchors, setAnchors] = useState<ReadonlyMap<string, HTMLElement>>(new Map());

  const handled = useMemo(() => {
    const indexed = lanes.map((lane, i) => ({ lane, geometry: geometries[i]! }));
    return indexed.length <= MAX_HANDLES ? indexed : [...indexed].sort((a, b) => b.lane.count - a.lane.count).slice(0, MAX_HANDLES);
  }, [lanes, geometries]);
  const handles = useMemo(() => new Map(handled.map(({ lane, geometry }) => [lane.id, pointAlongRoute(geometry, lane.share)])), [handled]);

  // One handle per lane, part-way along it, turned to its direction of travel.
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

  // Pointer hover on lanes and on point symbols.
  useEffect(() => {
    const at = (e: MapLayerMouseEvent): [number, number] => [e.lngLat.lng, e.lngLat.lat];
    const onLane = (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties.id as string | undefined;
      if (id) setTarget((t) => (t?.kind === 'lane' && t.id === id ? { ...t, at: at(e) } : { kind: 'lane', id, at: at(e) }));
    };
    const onSymbol = (e: MapLayerMouseEvent) => {
      const key = e.features?.[0]?.properties.key as string | undefined;
      if (key) setTarget({ kind: 'symbol', key, at: at(e) });
    };
    const enter = () => (map.getCanvas().style.cursor = 'pointer');
    const leave = () => {
      map.getCanvas().style.cursor = '';
      setTarget((t) => (t && document.activeElement?.closest('.route-handle') ? t : null));
    };
    map.on('mousemove', MOVEMENT_HIT_LAYER, onLane);
    map.on('mousemove', POINT_EVENTS_LAYER, onSymbol);
    for (const layer of [MOVEMENT_HIT_LAYER, POINT_EVENTS_LAYER]) {
      map.on('mouseenter', layer, enter);
      map.on('mouseleave', layer, leave);
    }
    return () => {
      map.off('mousemove', MOVEMENT_HIT_LAYER, onLane);
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
    if (handle) setTarget({ kind: 'lane', id, at: handle.coordinates as [number, number] });
  };
  const hide = (id: string) => setTarget((t) => (t?.kind === 'lane' && t.id === id ? null : t));
  const label = (lane: Lane) => {
    const route = lane.places.map((id) => places.get(id)?.name[locale] ?? id).join(m.routeJoin);
    if (lane.only) return m.movementLabel(m.status[lane.status], route, f.dateClaim(lane.only.date));
    return m.laneLabel(f.number(lane.count), m.status[lane.status], route, f.dateClaim({ start: lane.first, end: lane.first, precision: 'day' }), f.dateClaim({ start: lane.last, end: lane.last, precision: 'day' }));
  };

  return (
    <>
      {handled.map(({ lane }) => {
        const anchor = anchors.get(lane.id);
        if (!anchor) return null;
        const active = target?.kind === 'lane' && target.id === lane.id;
        return createPortal(
          <button
            type="button"
            className={`route-handle route-handle-${lane.status}`}
            data-lane-id={lane.id}
            data-event-id={lane.only?.id}
            hidden={hidden.has(lane.id)}
            aria-label={label(lane)}
            aria-describedby={active ? TOOLTIP_ID : undefined}
            onFocus={() => show(lane.id)}
            onBlur={() => hide(lane.id)}
            onMouseEnter={() => show(lane.id)}
            onMouseLeave={() => document.activeElement?.getAttribute('data-lane-id') !== lane.id && hide(lane.id)}
            onKeyDown={(e) => e.key === 'Escape' && setTarget(null)}
          >
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
              <circle cx="12" cy="12" r="10.5" />
              <path className="route-handle-chevron" d="M7 14.5 L12 8.5 L17 14.5" />
              {lane.status === 'denied' && <path className="route-handle-cross" d="M4.6 4.6 L19.4 19.4" />}
            </svg>
          </button>,
          anchor,
          lane.id,
        );
      })}
      {popupElement &&
        target &&
        createPortal(
          target.kind === 'lane' ? <LaneDetails id={target.id} day={day} places={places} /> : <SymbolDetails symbolKey={target.key} day={day} places={places} />,
          popupElement,
        )}
    </>
  );
}
