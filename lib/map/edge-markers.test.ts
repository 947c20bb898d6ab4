/**
 * The map's layer data for places beyond the basemap's box: the lanes' geometry stops at the edge,
 * symbols are pinned there, one edge marker names each place, and the seed data (all inside the box)
 * draws exactly as before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Place } from '@/lib/data/schema';
import { curvedRoute, MAX_BOW } from '@/lib/geo/routes';
import { mapEventsOfDataset } from '@/lib/store/map-events';
import { readFixture } from '@/lib/testing/fixture';
import { laneGeometries } from './archive-at';
import { laneId, mapSummary, type Lane } from './archive-layers';
import { BASEMAP_BBOX, placesBounds, placesGeoJson } from './base-style';
import { arrowBearing, edgeMarkers, LABEL_ANCHOR } from './edge-markers';
import { pointEventFeatures, SYMBOL_COLOR, type MapSymbol } from './event-symbols';
import { segmentInstances, SEGMENT_FLOATS, mercator } from './movement-gpu';
import { isInsideBox } from './off-map';
import { STATUS_STYLES } from './status-style';

let ds: Dataset;
let byId: Map<string, Place>;
/** The United States and Germany as the gazetteer has them (lib/geo/gazetteer.json: country-us, country-de). */
const country = (id: string, en: string, ar: string, code: string, coordinates: [number, number]): Place => ({
  id, name: { en, ar }, aliases: [en, ar], kind: 'country', primary: false, coordinates,
  coordinatesSource: { kind: 'centroid', detail: 'Natural Earth 1:50m largest polygon, via the gazetteer' }, country: code,
});
const US = country('country-us', 'United States', 'الولايات المتحدة', 'US', [-90.26251, 37.97232]);
const DE = country('country-de', 'Germany', 'ألمانيا', 'DE', [10.26585, 50.69245]);

beforeAll(async () => {
  ds = await readFixture();
  byId = new Map([...ds.places, US, DE].map((p) => [p.id, p]));
});

/** A lane as the summary gives one: only its places and status matter here. */
const lane = (places: string[], status: Lane['status'], share = 0.5): Lane => ({ id: laneId(places, status), places, status, count: 1, share, first: '2025-01-01', last: '2025-01-01' });
const symbol = (place: string): MapSymbol => ({ key: `${place}/statement`, place, family: 'statement', count: 1, filled: true, slot: 0 });

describe('the seed data, every place inside the box', () => {
  it('draws its lanes as curves through their places, and has no edge marker', () => {
    const { lanes, symbols } = mapSummary(mapEventsOfDataset(ds), ds.places, 1);
    expect(lanes.length).toBeGreaterThan(0);
    const geometries = laneGeometries(lanes, byId);
    lanes.forEach((l, i) => expect(geometries[i]).toEqual(curvedRoute(l.places.map((id) => byId.get(id)!.coordinates), { bow: MAX_BOW * l.share })));
    expect(pointEventFeatures(symbols, byId, BASEMAP_BBOX)).toEqual(pointEventFeatures(symbols, byId));
    expect(edgeMarkers(lanes, symbols, byId, BASEMAP_BBOX)).toEqual([]);
    expect(placesGeoJson(ds.places).features).toHaveLength(ds.places.length);
  });
});

describe('a route to a place beyond the box', () => {
  const reported = () => lane(['ain-al-asad', 'country-us'], 'reported', 1 / 3);
  const planned = () => lane(['ain-al-asad', 'country-us'], 'planned', 2 / 3);

  it('stops at the edge: every segment the GPU draws lies inside the box', () => {
    const [geometry] = laneGeometries([reported()], byId);
    const line = geometry!.coordinates;
    expect(line[0]).toEqual(byId.get('ain-al-asad')!.coordinates);
    for (const p of line) expect(isInsideBox(p, BASEMAP_BBOX), JSON.stringify(p)).toBe(true);
    const { data } = segmentInstances([{ id: 'x', status: 'reported', coordinates: line, schedule: { mode: 0, appear: 0, arrive: 1 } }]);
    const [west, south] = mercator([BASEMAP_BBOX[0], BASEMAP_BBOX[3]]);
    const [east, north] = mercator([BASEMAP_BBOX[2], BASEMAP_BBOX[1]]);
    expect(data.length).toBe((line.length - 1) * SEGMENT_FLOATS);
    for (let i = 0; i < data.length; i += SEGMENT_FLOATS) {
      for (const [x, y] of [[data[i]!, data[i + 1]!], [data[i + 2]!, data[i + 3]!]]) {
        expect(x).toBeGreaterThanOrEqual(west - 1e-6);
        expect(x).toBeLessThanOrEqual(east + 1e-6);
        expect(y).toBeGreaterThanOrEqual(south - 1e-6);
        expect(y).toBeLessThanOrEqual(north + 1e-6);
      }
    }
  });

  it('has one edge marker for every lane on those places, in the colour of the most certain', () => {
    const lanes = [planned(), reported()];
    const geometries = laneGeometries(lanes, byId);
    const markers = edgeMarkers(lanes, [], byId, BASEMAP_BBOX);
    expect(markers).toHaveLength(1);
    const [marker] = markers;
    expect(marker).toMatchObject({ role: 'to', side: 'north', places: ['country-us'], lanes: lanes.map((l) => l.id), symbols: [], color: STATUS_STYLES.reported.color });
    // Both lanes bow differently but end under the one arrowhead.
    for (const g of geometries) expect(g.coordinates.at(-1)).toEqual(marker!.at);
    expect(arrowBearing(marker!)).toBeCloseTo(marker!.bearing, 9);
    expect(LABEL_ANCHOR[marker!.side]).toBe('top');
  });

  it('points a route that comes from beyond into the map', () => {
    const [marker] = edgeMarkers([lane(['country-de', 'erbil'], 'claimed')], [], byId, BASEMAP_BBOX);
    expect(marker).toMatchObject({ role: 'from', places: ['country-de'], color: STATUS_STYLES.claimed.color });
    expect(arrowBearing(marker!)).toBeCloseTo((marker!.bearing + 180) % 360, 9);
  });
});

describe('a point event at a place beyond the box', () => {
  it('is pinned at the edge with a marker pointing out, and the view fits the pin, not the place', () => {
    const s = symbol('country-us');
    const [feature] = pointEventFeatures([s], byId, BASEMAP_BBOX).features;
    const [marker] = edgeMarkers([], [s], byId, BASEMAP_BBOX);
    expect(marker).toMatchObject({ role: 'at', places: ['country-us'], lanes: [], symbols: [s.key], color: SYMBOL_COLOR });
    expect(feature!.geometry.coordinates).toEqual(marker!.at);
    const [[west, south], [east, north]] = placesBounds([byId.get('baghdad')!, US]);
    expect(isInsideBox([west, south], BASEMAP_BBOX) && isInsideBox([east, north], BASEMAP_BBOX)).toBe(true);
    expect([west, north]).toEqual(marker!.at);
    expect(placesGeoJson([byId.get('baghdad')!, US]).features.map((f) => f.properties.id)).toEqual(['baghdad']);
  });
});
