import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import { movementHighlightFilter, movementLayers, movementRoutes } from './movement-layers';

let ds: Dataset;
beforeAll(async () => {
  ds = await readFixture();
});

describe('movementRoutes', () => {
  it('draws every movement, from its from place to its to place', () => {
    const { features } = movementRoutes(ds.events, ds.places);
    const movements = ds.events.filter((e) => e.kind === 'movement');
    expect(features.map((f) => f.id)).toEqual(movements.map((e) => e.id));
    const at = (id: string) => ds.places.find((p) => p.id === id)!.coordinates;
    for (const [i, feature] of features.entries()) {
      expect(feature.geometry.coordinates[0]).toEqual(at(movements[i]!.from!));
      expect(feature.geometry.coordinates.at(-1)).toEqual(at(movements[i]!.to!));
    }
  });

  // A quarter of the way along: every leg's middle bows out, while a via place is shared.
  it('keeps movements between the same places apart', () => {
    const { features } = movementRoutes(ds.events, ds.places);
    const groups = new Map<string, typeof features>();
    for (const f of features) groups.set(f.properties.places, [...(groups.get(f.properties.places) ?? []), f]);
    const shared = [...groups.values()].filter((g) => g.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const group of shared) {
      const middles = group.map((f) => JSON.stringify(f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 4)]));
      expect(new Set(middles).size).toBe(group.length);
    }
  });
});

describe('movementLayers', () => {
  it('holds only the highlight and the invisible hit area: the routes are drawn on the GPU', () => {
    expect(movementLayers().map((l) => l.id)).toEqual(['movement-highlight', 'movement-hit']);
    expect(movementLayers()).toMatchSnapshot();
  });
  it('highlights only the chosen routes, or none', () => {
    expect(movementHighlightFilter(['a', 'b'])).toEqual(['in', ['get', 'id'], ['literal', ['a', 'b']]]);
    expect(movementHighlightFilter([])).toEqual(['in', ['get', 'id'], ['literal', []]]);
  });
});
