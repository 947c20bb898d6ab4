'use client';

import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { memo, useEffect, useMemo, type ReactNode } from 'react';
import { useI18n } from '@/components/i18n/locale-provider';
import { useClockDay } from '@/hooks/use-timeline-clock';
import { useTimedMap, type ArchiveMap } from '@/hooks/use-archive-map';
import { describePlaceState } from '@/lib/events/describe';
import { lanesAtDay, placeStateAtDay, symbolsAtDay } from '@/lib/map/archive-at';
import { BASEMAP_BBOX } from '@/lib/map/base-style';
import { edgeMarkers } from '@/lib/map/edge-markers';
import type { EventStatus } from '@/lib/data/schema';
import type { Clock } from '@/lib/time/clock';
import { fromUtcMs } from '@/lib/time/date';
import { EdgeMarkers } from './edge-markers';
import { EventOverlays } from './event-overlays';
import { MapLegend } from './map-legend';
import { MapView, type CameraTarget } from './map-view';
import { OtherPlaceClicks, PlaceMarkers } from './place-markers';

export interface TimedMapProps {
  data: ArchiveMap;
  clock: Clock;
  /** The lanes that glow and the symbols ringed (a chosen report's, a briefing step's). */
  highlight?: { lanes: readonly string[]; symbols: readonly string[] };
  /** Places to emphasise (a briefing step's). */
  highlightedPlaces?: ReadonlySet<string>;
  selectedPlaceId?: string | null;
  /** Without it (a briefing), places are labels, not buttons. */
  onSelectPlace?: (id: string) => void;
  camera?: CameraTarget | null;
  /** Where the map fits, when no camera says otherwise (the marked places by default). */
  bounds?: LngLatBoundsLike;
  /** Shown in place of the map without WebGL. */
  fallback: ReactNode;
  /** More overlays on the ready map. */
  children?: (map: MapLibreMap) => ReactNode;
  /** Hears the statuses of the routes on screen as they change (the PNG export's legend). */
  onStatuses?: (statuses: ReadonlySet<EventStatus>) => void;
}

const NO_HIGHLIGHT = { lanes: [], symbols: [] } as const;
const NOTHING_HIDDEN: ReadonlySet<string> = new Set();
const NO_PHASES = new Set<never>();

/**
 * The one timed map: the archive's summary and the timed layer, read at the clock's day, drawn by
 * MapView with its markers, handles, tooltips and legend. The dashboard and the briefing both use
 * it. It re-renders once a day of the timeline at most: the routes and the heads follow every frame
 * inside MapView, straight from the clock.
 */
export const TimedMap = memo(function TimedMap({ data, clock, highlight = NO_HIGHLIGHT, highlightedPlaces, selectedPlaceId = null, onSelectPlace, camera = null, bounds, fallback, children, onStatuses }: TimedMapProps) {
  const words = useI18n();
  const { m, f } = words;
  const day = useClockDay(clock);
  const { timed } = useTimedMap(data, day !== null);
  const atDay = useMemo(() => (timed && day !== null ? lanesAtDay(timed, data.summary.lanes, day) : null), [timed, data, day]);
  const symbols = useMemo(() => (timed && day !== null ? symbolsAtDay(timed.layer, data.summary, day) : null), [timed, data, day]);
  const placeStates = useMemo(
    () =>
      timed && day !== null
        ? new Map(
            data.primary.map((p) => {
              const state = placeStateAtDay(timed.layer, p.id, day);
              return [p.id, state && describePlaceState(state, m, f)];
            }),
          )
        : null,
    [timed, data, day, m, f],
  );
  // Places beyond the basemap, named at its edge: once per summary, like the lanes' geometry.
  const edges = useMemo(() => edgeMarkers(data.summary.lanes, data.summary.symbols, data.placesById, BASEMAP_BBOX), [data]);
  const hidden = atDay?.hidden ?? NOTHING_HIDDEN;
  // The legend explains the lanes on screen at the date.
  const onScreen = useMemo(() => (hidden.size === 0 ? data.lanes : { ...data.lanes, features: data.lanes.features.filter((f) => !hidden.has(f.properties.id)) }), [data, hidden]);
  useEffect(() => onStatuses?.(new Set(onScreen.features.map((f) => f.properties.status))), [onScreen, onStatuses]);
  const dayIso = day === null ? null : fromUtcMs(day);
  const fitted = bounds ?? data.bounds;

  return (
    <>
      {fitted && (
        <MapView
          places={data.marked}
          bounds={fitted}
          lanes={data.lanes}
          pointEvents={data.symbols}
          routeSegments={day !== null && timed ? timed.segments : data.overview}
          clock={day !== null ? clock : null}
          timed={day !== null ? timed : null}
          symbols={symbols}
          complete={day === null || timed !== null}
          highlight={highlight}
          camera={camera}
          fallback={fallback}
        >
          {(map) => (
            <>
              {/* Places first: their markers join the map first, so Tab reaches them before the route handles. */}
              <PlaceMarkers map={map} places={data.primary} states={placeStates} selectedPlaceId={selectedPlaceId} highlighted={highlightedPlaces} onSelectPlace={onSelectPlace} />
              {onSelectPlace && <OtherPlaceClicks map={map} onSelectPlace={onSelectPlace} />}
              {edges.length > 0 && <EdgeMarkers map={map} markers={edges} places={data.placesById} hidden={hidden} selectedPlaceId={selectedPlaceId} onSelectPlace={onSelectPlace} />}
              <EventOverlays map={map} lanes={data.summary.lanes} geometries={data.geometries} hidden={hidden} places={data.placesById} day={dayIso} />
              {children?.(map)}
            </>
          )}
        </MapView>
      )}
      <MapLegend movements={onScreen} pointEvents={data.symbols} phases={atDay?.phases ?? NO_PHASES} />
    </>
  );
});
