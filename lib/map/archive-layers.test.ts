/**
 * The archive's map layers against the per-event rules they stand for: on the seed data, the lanes,
 * symbols and place states read off the timed layer at any moment are what the rules of
 * lib/time/animation.ts give event by event; and the layers stay small for a large archive.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticArchive } from '@/lib/archive/synthetic';
import type { Dataset, EventRecord } from '@/lib/data/schema';
import { mapEventsOfDataset } from '@/lib/store/map-events';
import { readFixture } from '@/lib/testing/fixture';
import { movementFrame, pointFrame, type MovementPhase } from '@/lib/time/animation';
import { DAY_MS, middayOf } from '@/lib/time/date';
import { placeStateAt } from '@/lib/time/place-state';
import { eventTimings } from '@/lib/time/timings';
import { lanesAtDay, laneGeometries, placeStateAtDay, symbolsAtDay, timedMapData } from './archive-at';
import { decodeTimedLayer, encodeTimedLayer, laneOf, mapSummary, symbolKeyOf, timedLayer } from './archive-layers';

let ds: Dataset;
beforeAll(async () => {
  ds = await readFixture();
});

const build = (dataset: Dataset) => {
  const events = mapEventsOfDataset({ events: dataset.events, articles: dataset.articles });
  const summary = mapSummary(events, dataset.places, 1);
  const layer = timedLayer(events, summary, dataset.places);
  return { events, summary, layer };
};

/** Each day of the seed's timeline, at its midday the way the map reads it, and the days around it. */
function days(summary: ReturnType<typeof mapSummary>): number[] {
  const out = new Set<number>();
  for (let t = summary.timeline!.startMs - 2 * DAY_MS; t < summary.timeline!.endMs + 60 * DAY_MS; t += DAY_MS) out.add(middayOf(t));
  return [...out];
}

describe('the archive map layers', () => {
  it('put each movement on the lane of its places and status, and each point event on its place and family', () => {
    const { summary } = build(ds);
    const movements = ds.events.filter((e) => e.kind === 'movement');
    expect(summary.lanes.reduce((n, l) => n + l.count, 0)).toBe(movements.length);
    for (const e of movements) expect(summary.lanes.map((l) => l.id), e.id).toContain(laneOf(e));
    const points = ds.events.filter((e) => e.kind !== 'movement');
    expect(summary.symbols.reduce((n, s) => n + s.count, 0)).toBe(points.length);
    for (const e of points) expect(summary.symbols.map((s) => s.key)).toContain(symbolKeyOf(e));
    expect(summary.marked).toEqual(expect.arrayContaining(['ain-al-asad', 'al-waleed', 'baghdad', 'erbil', 'kuwait', 'al-qaim-al-bukamal', 'syria']));
  });

  it('show at each moment the lanes and styles that the movements on them show, by the timeline rules', () => {
    const { summary, layer } = build(ds);
    const timings = eventTimings(ds.events, ds.articles.map((a) => a.meta));
    const movements = ds.events.filter((e) => e.kind === 'movement');
    const data = timedMapData(layer, summary.lanes, laneGeometries(summary.lanes, new Map(ds.places.map((p) => [p.id, p]))));
    const mismatches: string[] = [];
    for (const day of days(summary)) {
      const frames = movements.map((e) => ({ e, phase: movementFrame(timings.get(e.id)!, day).phase }));
      const wantShown = new Set(frames.filter((f) => f.phase !== 'hidden').map((f) => laneOf(f.e)!));
      const wantPhases = new Set<MovementPhase>(frames.map((f) => f.phase).filter((p) => p !== 'hidden'));
      const got = lanesAtDay(data, summary.lanes, day);
      const gotShown = summary.lanes.map((l) => l.id).filter((id) => !got.hidden.has(id));
      if ([...wantShown].sort().join() !== gotShown.sort().join()) mismatches.push(`${new Date(day).toISOString()}: lanes ${gotShown} not ${[...wantShown]}`);
      if ([...wantPhases].sort().join() !== [...got.phases].sort().join()) mismatches.push(`${new Date(day).toISOString()}: phases ${[...got.phases]} not ${[...wantPhases]}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('give each symbol and each primary place the look and the state that its events give', () => {
    const { summary, layer } = build(ds);
    const timings = eventTimings(ds.events, ds.articles.map((a) => a.meta));
    const primary = ds.places.filter((p) => p.primary).map((p) => p.id);
    const byKey = new Map<string, EventRecord[]>();
    for (const e of ds.events) {
      const key = symbolKeyOf(e);
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), e]);
    }
    const mismatches: string[] = [];
    let placed = 0;
    for (const day of days(summary)) {
      const symbols = symbolsAtDay(layer, summary, day);
      for (const [key, events] of byKey) {
        const frames = events.map((e) => pointFrame(timings.get(e.id)!, day));
        const want = { opacity: Math.max(0, ...frames.map((f) => f.opacity)), pulse: frames.some((f) => f.phase === 'pulse') ? 1 : 0 };
        if (JSON.stringify(symbols.get(key)) !== JSON.stringify(want)) mismatches.push(`${key} on ${new Date(day).toISOString()}: ${JSON.stringify(symbols.get(key))}, not ${JSON.stringify(want)}`);
      }
      for (const place of primary) {
        const want = placeStateAt(place, ds.events, timings, day);
        const got = placeStateAtDay(layer, place, day);
        if (got) placed++;
        if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${place} on ${new Date(day).toISOString()}: ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(placed).toBeGreaterThan(0);
  });

  it('decode to what was encoded', () => {
    const { summary, layer } = build(ds);
    expect(decodeTimedLayer(encodeTimedLayer(layer, summary, ds.places), ds.places)).toEqual(layer);
  });

  it('stay small for a large archive: a lane per route and status, not per movement, and a few bytes an event', () => {
    const big = syntheticArchive({ places: ds.places, events: 2_000, articles: 200, seed: 3 });
    const { summary, layer } = build(big);
    const movements = big.events.filter((e) => e.kind === 'movement');
    expect(movements.length).toBeGreaterThan(800);
    expect(summary.lanes.length).toBe(new Set(movements.map(laneOf)).size);
    expect(summary.lanes.length).toBeLessThan(movements.length);
    expect(JSON.stringify(summary).length).toBeLessThan(150_000);
    expect(encodeTimedLayer(layer, summary, big.places).byteLength / big.events.length).toBeLessThan(32);
  });
});
