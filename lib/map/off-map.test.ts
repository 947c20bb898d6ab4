import { rhumbBearing } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_BBOX } from './base-style';
import { EDGE_INSET, boxCentre, clampPoint, clampRoute, edgeFrame, edgePoint, isInsideBox, mercatorY, trueBearing, WIDEST_VIEW } from './off-map';

// Coordinates as the places file and the gazetteer have them (fixtures/dataset/places.json; the
// countries' points from lib/geo/gazetteer.json: Natural Earth centroids), frozen here.
const PLACES = new Map<string, { coordinates: [number, number] }>([
  ['ain-al-asad', { coordinates: [42.4412, 33.7857] }],
  ['baghdad', { coordinates: [44.3661, 33.3152] }],
  ['erbil', { coordinates: [44.0092, 36.1912] }],
  ['kuwait', { coordinates: [47.9783, 29.3697] }],
  ['country-us', { coordinates: [-90.26251, 37.97232] }],
  ['country-de', { coordinates: [10.26585, 50.69245] }],
]);
const at = (id: string) => PLACES.get(id)!.coordinates;
const [WEST, SOUTH, EAST, NORTH] = edgeFrame(BASEMAP_BBOX);
/** On the edge frame, on the side named. */
function expectOnEdge(p: Position, side: string) {
  const inner = { west: WEST, south: SOUTH, east: EAST, north: NORTH };
  expect(p[0]).toBeGreaterThanOrEqual(inner.west - 1e-9);
  expect(p[0]).toBeLessThanOrEqual(inner.east + 1e-9);
  expect(p[1]).toBeGreaterThanOrEqual(inner.south - 1e-9);
  expect(p[1]).toBeLessThanOrEqual(inner.north + 1e-9);
  const coordinate = side === 'north' || side === 'south' ? p[1] : p[0];
  expect(coordinate).toBeCloseTo(inner[side as keyof typeof inner], 9);
}

describe('edgeFrame', () => {
  it('keeps the box’s width and the middle of its height that the widest view shows, inset', () => {
    const [west, south, east, north] = BASEMAP_BBOX;
    expect([WEST, EAST]).toEqual([west + EDGE_INSET, east - EDGE_INSET]);
    // 40° wide over WIDEST_VIEW = 2: a band 20° of longitude tall on the map, about 24.0° N to 40.8° N.
    const band = mercatorY(NORTH + EDGE_INSET) - mercatorY(SOUTH - EDGE_INSET);
    expect(band).toBeCloseTo((40 * Math.PI) / 180 / WIDEST_VIEW, 9);
    expect(SOUTH).toBeCloseTo(24.02 + EDGE_INSET, 1);
    expect(NORTH).toBeCloseTo(40.8 - EDGE_INSET, 1);
    expect(SOUTH).toBeGreaterThan(south);
    expect(NORTH).toBeLessThan(north);
  });

  it('keeps the whole height of a box no taller than the widest view', () => {
    expect(edgeFrame([0, -1, 40, 1], 0)).toEqual([0, expect.closeTo(-1, 9), 40, expect.closeTo(1, 9)]);
  });
});

describe('edgePoint', () => {
  it('goes straight east and south from Baghdad, keeping its latitude and longitude (a rhumb line on the map)', () => {
    const east = edgePoint(at('baghdad'), 90, BASEMAP_BBOX);
    expect(east.side).toBe('east');
    expect(east.at[0]).toBeCloseTo(EAST, 9);
    expect(east.at[1]).toBeCloseTo(33.3152, 9);
    const south = edgePoint(at('baghdad'), 180, BASEMAP_BBOX);
    expect(south).toEqual({ at: [44.3661, SOUTH], side: 'south' });
  });

  it('clamps a start outside the frame into it first', () => {
    expect(edgePoint([80, 50], 0, BASEMAP_BBOX)).toEqual({ at: [EAST, NORTH], side: 'north' });
    expect(edgePoint([0, 0], 270, BASEMAP_BBOX)).toEqual({ at: [WEST, SOUTH], side: 'west' });
  });
});

describe('trueBearing', () => {
  it('is the great-circle bearing: from Ain al-Asad the United States lie north-west, over Europe', () => {
    expect(trueBearing(at('ain-al-asad'), at('country-us'))).toBeCloseTo(324.38, 2);
    expect(trueBearing(at('baghdad'), at('kuwait'))).toBeGreaterThan(90);
    expect(trueBearing(at('baghdad'), at('kuwait'))).toBeLessThan(180);
  });
});

describe('clampRoute', () => {
  it('leaves a route whose places are all inside the box untouched', () => {
    const route = clampRoute(['kuwait', 'baghdad', 'erbil'], PLACES, BASEMAP_BBOX);
    expect(route).toEqual({ waypoints: [at('kuwait'), at('baghdad'), at('erbil')], edges: [] });
    expect(route.waypoints[0]).toBe(at('kuwait'));
  });

  it('ends a move to the United States at the box edge, on the true bearing of the place', () => {
    const { waypoints, edges } = clampRoute(['ain-al-asad', 'country-us'], PLACES, BASEMAP_BBOX);
    expect(waypoints).toHaveLength(2);
    expect(waypoints[0]).toEqual(at('ain-al-asad'));
    expect(edges).toHaveLength(1);
    const [edge] = edges;
    expect(edge).toMatchObject({ role: 'to', side: 'north', places: ['country-us'] });
    expect(waypoints[1]).toEqual(edge!.at);
    expectOnEdge(edge!.at, 'north');
    // Straight on the north-up map (a rhumb line) from the last place inside, at the great-circle bearing.
    expect((rhumbBearing(at('ain-al-asad'), edge!.at) + 360) % 360).toBeCloseTo(edge!.bearing, 6);
    expect(edge!.bearing).toBeCloseTo(trueBearing(at('ain-al-asad'), at('country-us')), 9);
  });

  it('starts a move from Germany at the edge and runs to its place inside', () => {
    const { waypoints, edges } = clampRoute(['country-de', 'erbil'], PLACES, BASEMAP_BBOX);
    expect(edges).toMatchObject([{ role: 'from', places: ['country-de'] }]);
    expect(waypoints).toEqual([edges[0]!.at, at('erbil')]);
    expectOnEdge(edges[0]!.at, edges[0]!.side);
  });

  it('folds places beyond the last one inside into one edge point, named by all of them in order', () => {
    const { waypoints, edges } = clampRoute(['kuwait', 'ain-al-asad', 'country-de', 'country-us'], PLACES, BASEMAP_BBOX);
    expect(waypoints.slice(0, 2)).toEqual([at('kuwait'), at('ain-al-asad')]);
    expect(waypoints).toHaveLength(3);
    expect(edges).toMatchObject([{ role: 'to', places: ['country-de', 'country-us'] }]);
    expect(edges[0]!.bearing).toBeCloseTo(trueBearing(at('ain-al-asad'), at('country-de')), 9);
  });

  it('takes a route through a place beyond to the edge and back', () => {
    const { waypoints, edges } = clampRoute(['kuwait', 'country-de', 'erbil'], PLACES, BASEMAP_BBOX);
    expect(edges).toMatchObject([{ role: 'via', places: ['country-de'] }]);
    expect(waypoints).toEqual([at('kuwait'), edges[0]!.at, at('erbil')]);
  });

  it('draws a route with no place inside between its ends’ edge points, seen from the box’s centre', () => {
    const { waypoints, edges } = clampRoute(['country-de', 'country-us'], PLACES, BASEMAP_BBOX);
    expect(edges.map((e) => [e.role, e.places])).toEqual([
      ['from', ['country-de']],
      ['to', ['country-us']],
    ]);
    expect(waypoints).toEqual(edges.map((e) => e.at));
    expect(edges[1]!.bearing).toBeCloseTo(trueBearing(boxCentre(BASEMAP_BBOX), at('country-us')), 9);
  });
});

describe('clampPoint', () => {
  it('pins a place beyond the box at the edge, on its bearing from the centre, and leaves one inside where it is', () => {
    const us = clampPoint('country-us', PLACES, BASEMAP_BBOX);
    expect(us.edge).toMatchObject({ role: 'at', places: ['country-us'] });
    expect(us.at).toEqual(us.edge!.at);
    expectOnEdge(us.at, us.edge!.side);
    expect(isInsideBox(us.at, BASEMAP_BBOX)).toBe(true);
    expect(clampPoint('erbil', PLACES, BASEMAP_BBOX)).toEqual({ at: at('erbil'), edge: null });
  });
});
