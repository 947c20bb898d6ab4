/**
 * Events as GeoJSON, in [longitude, latitude] order. A movement is a LineString through the points of
 * its from, via and to places (the places the source names, not a track); any other event is a Point
 * at its place. Properties are flat so that map filters can use them with ['get', …].
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { EventRecord, Place } from '@/lib/data/schema';

export interface EventFeatureProperties {
  id: string;
  kind: EventRecord['kind'];
  status: EventRecord['status'];
  dateStart: string;
  dateEnd: string;
  precision: EventRecord['date']['precision'];
  inferred: boolean;
  summaryEn: string;
  summaryAr: string;
  places: string;
  sources: number;
}

export type EventFeature = Feature<LineString | Point, EventFeatureProperties>;

export function eventFeature(event: EventRecord, placesById: ReadonlyMap<string, Place>): EventFeature {
  const coords = (id: string) => {
    const place = placesById.get(id);
    if (!place) throw new Error(`event ${event.id} refers to unknown place ${id}`);
    return place.coordinates;
  };
  const route = [event.from, ...(event.via ?? []), event.to].filter((id): id is string => id !== undefined);
  const geometry: LineString | Point =
    event.kind === 'movement' ? { type: 'LineString', coordinates: route.map(coords) } : { type: 'Point', coordinates: coords(event.place!) };
  return {
    type: 'Feature',
    id: event.id,
    geometry,
    properties: {
      id: event.id,
      kind: event.kind,
      status: event.status,
      dateStart: event.date.start,
      dateEnd: event.date.end,
      precision: event.date.precision,
      inferred: event.date.inferred,
      summaryEn: event.summary.en,
      summaryAr: event.summary.ar,
      places: (event.kind === 'movement' ? route : [event.place!]).join(','),
      sources: event.sources.length,
    },
  };
}

export function eventFeatureCollection(events: readonly EventRecord[], places: readonly Place[]): FeatureCollection<LineString | Point, EventFeatureProperties> {
  const byId = new Map(places.map((p) => [p.id, p]));
  return { type: 'FeatureCollection', features: events.map((e) => eventFeature(e, byId)) };
}
