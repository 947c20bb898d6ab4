import { distance, length, lineSlice, point, pointToLineDistance, lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { MAX_BOW, curvedRoute, pointAlongRoute } from './routes';

const SYRIA = [38.5078, 35.0254];
const AL_WALEED = [38.9374, 33.4332];
const AIN_AL_ASAD = [42.4412, 33.7857];

describe('curvedRoute', () => {
  it('starts at from and ends at to exactly', () => {
    const { coordinates } = curvedRoute([AIN_AL_ASAD, SYRIA]);
    expect(coordinates[0]).toEqual(AIN_AL_ASAD);
    expect(coordinates.at(-1)).toEqual(SYRIA);
  });

  it('passes through each via place, in order', () => {
    const { coordinates } = curvedRoute([SYRIA, AL_WALEED, AIN_AL_ASAD], { samples: 10 });
    expect(coordinates).toHaveLength(19);
    expect(coordinates[9]).toEqual(AL_WALEED);
  });

  // The curve is interpolated in degrees, so the bound holds to within a few per cent at these latitudes.
  it('bows out by at most about half the bow times the leg length', () => {
    const legKm = distance(point(SYRIA), point(AIN_AL_ASAD));
    const chord = lineString([SYRIA, AIN_AL_ASAD]);
    const { coordinates } = curvedRoute([SYRIA, AIN_AL_ASAD], { bow: 0.12 });
    const deviations = coordinates.map((c) => pointToLineDistance(point(c), chord));
    const max = Math.max(...deviations);
    expect(max).toBeGreaterThan(legKm * 0.05);
    expect(max).toBeLessThanOrEqual(legKm * 0.06 * 1.08);
  });

  it('caps the bow so that no route becomes a detour', () => {
    const legKm = distance(point(SYRIA), point(AIN_AL_ASAD));
    const chord = lineString([SYRIA, AIN_AL_ASAD]);
    const { coordinates } = curvedRoute([SYRIA, AIN_AL_ASAD], { bow: 5 });
    const max = Math.max(...coordinates.map((c) => pointToLineDistance(point(c), chord)));
    expect(max).toBeLessThanOrEqual(legKm * (MAX_BOW / 2) * 1.08);
  });

  it('curves opposite ways for the two directions, so a route and its return stay apart', () => {
    const there = curvedRoute([SYRIA, AIN_AL_ASAD], { samples: 3 }).coordinates[1]!;
    const back = curvedRoute([AIN_AL_ASAD, SYRIA], { samples: 3 }).coordinates[1]!;
    expect(distance(point(there), point(back))).toBeGreaterThan(20);
  });

  it('refuses a single waypoint', () => {
    expect(() => curvedRoute([SYRIA])).toThrow(RangeError);
  });
});

describe('pointAlongRoute', () => {
  it('lies on the route, halfway along it', () => {
    const route = curvedRoute([SYRIA, AL_WALEED, AIN_AL_ASAD]);
    const mid = pointAlongRoute(route);
    const line = lineString(route.coordinates);
    expect(pointToLineDistance(point(mid.coordinates), line)).toBeLessThan(0.01);
    const firstHalf = length(lineSlice(point(route.coordinates[0]!), point(mid.coordinates), line));
    expect(firstHalf / length(line)).toBeCloseTo(0.5, 2);
    const third = pointAlongRoute(route, 1 / 3);
    expect(length(lineSlice(point(route.coordinates[0]!), point(third.coordinates), line)) / length(line)).toBeCloseTo(1 / 3, 2);
  });

  it('points the way the route goes', () => {
    // Due east along a parallel, then due north along a meridian.
    expect(pointAlongRoute({ type: 'LineString', coordinates: [[40, 33], [44, 33]] }).bearing).toBeCloseTo(90, 0);
    expect(pointAlongRoute({ type: 'LineString', coordinates: [[44, 36], [44, 30]] }).bearing).toBeCloseTo(180, 0);
    // The reverse route points the other way.
    const there = pointAlongRoute(curvedRoute([AIN_AL_ASAD, SYRIA])).bearing;
    const back = pointAlongRoute(curvedRoute([SYRIA, AIN_AL_ASAD])).bearing;
    expect(Math.abs(Math.abs(there - back) - 180)).toBeLessThan(20);
  });
});
