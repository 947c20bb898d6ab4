import { describe, expect, it } from 'vitest';
import { syntheticDataset, syntheticMovements } from './synthetic';

describe('syntheticDataset', () => {
  it('is the same for the same seed, and spreads statuses and precisions', () => {
    const a = syntheticDataset(500);
    expect(syntheticDataset(500)).toEqual(a);
    expect(new Set(a.routes.map((r) => r.status)).size).toBe(5);
    expect(new Set(a.routes.map((r) => r.precision)).size).toBe(3);
    for (const r of a.routes) {
      expect(r.endMs).toBeGreaterThan(r.startMs);
      expect(r.line.length).toBe(24);
    }
  });
  it('becomes GeoJSON routes and timings for the map', () => {
    const { movements, timings } = syntheticMovements(syntheticDataset(20));
    expect(movements.features).toHaveLength(20);
    expect(movements.features[0]!.geometry.coordinates).toHaveLength(12);
    expect(timings.size).toBe(20);
  });
});
