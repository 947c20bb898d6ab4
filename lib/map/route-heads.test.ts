import { describe, expect, it } from 'vitest';
import { ROUTE_MODE } from './movement-gpu';
import { headIndex, headsAt, type HeadRoute } from './route-heads';

const route = (id: string, mode: number, appear: number, arrive: number): HeadRoute => ({
  id,
  status: 'reported',
  coordinates: [[40, 33], [44, 33]],
  schedule: { mode: mode as HeadRoute['schedule']['mode'], appear, arrive },
});

describe('headsAt', () => {
  const index = headIndex([
    route('early', ROUTE_MODE.moving, 10, 11),
    route('long', ROUTE_MODE.moving, 8, 12),
    route('same-day', ROUTE_MODE.moving, 10, 11),
    route('later', ROUTE_MODE.moving, 20, 21),
    route('band', ROUTE_MODE.band, 9, 40),
    route('plan', ROUTE_MODE.plan, 0, 100),
  ]);

  it('finds exactly the day-dated movements under way, never bands or plans', () => {
    const ids = (t: number | null) => headsAt(index, t).features.map((f) => f.properties.id).sort();
    expect(ids(10)).toEqual(['early', 'long', 'same-day']);
    expect(ids(10.5)).toEqual(['early', 'long', 'same-day']);
    expect(ids(11)).toEqual(['long']);
    expect(ids(15)).toEqual([]);
    expect(ids(20.25)).toEqual(['later']);
    expect(ids(null)).toEqual([]);
  });

  it('puts each head as far along its route as its day has gone', () => {
    const [head] = headsAt(index, 20.5).features;
    expect(head!.geometry.coordinates[0]).toBeCloseTo(42, 1);
  });
});
