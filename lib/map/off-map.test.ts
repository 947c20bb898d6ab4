import { rhumbBearing } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_BBOX } from './base-style';
import { EDGE_INSET, boxCentre, clampPoint, clampRoute, edgePoint, isInsideBox, trueBearing } from './off-map';

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
const [WEST, SOUTH, EAST, NORTH] = BASEMAP_BBOX;
/** On the box shrunk by the inset, and on the side named. */
function expectOnEdge(p: Position, side: string) {
  const inner = { west: WEST + EDGE_INSET, south: SOUTH + EDGE_INSET, east: EAST - EDGE_INSET, north: NORTH - EDGE_INSET };
  expect(p[0]).toBeGreaterThanOrEqual(inner.west - 1e-9);
  expect(p[0]).toBeLessThanOrEqual(inner.east + 1e-9);
  expect(p[1]).toBeGreaterThanOrEqual(inner.south - 1e-9);
  expect(p[1]).toBeLessThanOrEqual(inner.north + 1e-9);
  const coordinate = side === 'north' || side === 'south' ? p[1] : p[0];
  expect(coordinate).toBeCloseTo(inner[side as keyof typeof inner], 9);
}

describe('edgePoint', () => {
  it('goes straight east and south from Baghdad, keeping its latitude and longitude (a rhumb line on the map)', () => {
    const east = edgePoint(at('baghdad'), 90, BASEMAP_BBOX);
    expect(east.side).toBe('east');
    expect(east.at[0]).toBeCloseTo(EAST - EDGE_INSET, 9);
    expect(east.at[1]).toBeCloseTo(33.3152, 9);
    const south = edgePoint(at('baghdad'), 180, BASEMAP_BBOX);
    expect(south).toEqual({ at: [44.3661, SOUTH + EDGE_INSET], side: 'south' });
  });

  it('clamps a start outside the box into it first', () => {
    expect(edgePoint([80, 50], 0, BASEMAP_BBOX)).toEqual({ at: [EAST - EDGE_INSET, NORTH - EDGE_INSET], side: 'north' });
    expect(edgePoint([0, 0], 270, BASEMAP_BBOX)).toEqual({ at: [WEST + EDGE_INSET, SOUTH + EDGE_INSET], side: 'west' });
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
