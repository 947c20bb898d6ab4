import { distance, point, pointToLineDistance, lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { MAX_BOW, curvedRoute } from './routes';

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
