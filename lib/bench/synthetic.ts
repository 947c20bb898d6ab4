/**
 * Synthetic movements for the benchmark only: random routes over Iraq and Syria with random dates
 * and statuses, from a fixed seed, so every run draws the same thing. Nothing here is a reported
 * event or a real place; the files are written to public/bench/ (not committed) and only the
 * benchmark page reads them.
 */
import type { FeatureCollection, LineString } from 'geojson';
import type { EventStatus } from '@/lib/data/schema';
import { curvedRoute } from '@/lib/geo/routes';
import { DAY_MS } from '@/lib/time/date';
import { type EventTiming } from '@/lib/time/animation';

/** 0 is the basemap alone: what any frame costs before a single route is drawn (floor only). */
export const BENCH_SIZES = [0, 1_000, 10_000, 100_000] as const;
export const benchFile = (count: number) => `movements-${count}.json`;

export interface SyntheticRoute {
  id: string;
  status: EventStatus;
  precision: 'day' | 'month' | 'range';
  startMs: number;
  endMs: number;
  announcedMs?: number;
  deniedMs?: number;
  /** [lon, lat, lon, lat, …] */
  line: number[];
}

export interface SyntheticDataset {
  synthetic: true;
  seed: number;
  routes: SyntheticRoute[];
}

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const STATUSES: [EventStatus, number][] = [['confirmed', 0.15], ['reported', 0.4], ['claimed', 0.2], ['planned', 0.15], ['denied', 0.1]];
const FIRST = Date.UTC(2024, 0, 1);
const DAYS = 1000;
/** Points per route: a gentle curve, cheaper than the app's 24 samples per leg. */
const SAMPLES = 12;

export function syntheticDataset(count: number, seed = 20240101): SyntheticDataset {
  const next = random(seed + count);
  const pick = <T>(weighted: [T, number][]) => {
    let r = next();
    for (const [value, weight] of weighted) if ((r -= weight) < 0) return value;
    return weighted[weighted.length - 1]![0];
  };
  const point = () => [36 + next() * 12, 29.5 + next() * 7.5];
  const routes: SyntheticRoute[] = [];
  for (let i = 0; i < count; i++) {
    const status = pick(STATUSES);
    const precision = pick<SyntheticRoute['precision']>([['day', 0.75], ['month', 0.2], ['range', 0.05]]);
    const startMs = FIRST + Math.floor(next() * DAYS) * DAY_MS;
    const length = precision === 'day' ? 1 : precision === 'month' ? 30 : 3 + Math.floor(next() * 20);
    const route = curvedRoute([point(), point()], { bow: next() * 0.25, samples: SAMPLES });
    routes.push({
      id: `synthetic-${i}`,
      status,
      precision,
      startMs,
      endMs: startMs + length * DAY_MS,
      ...(status === 'planned' ? { announcedMs: startMs - Math.floor(30 + next() * 270) * DAY_MS } : {}),
      ...(status === 'denied' ? { deniedMs: startMs + Math.floor(next() * 10) * DAY_MS } : {}),
      line: route.coordinates.flatMap(([lon, lat]) => [Math.round(lon! * 1e4) / 1e4, Math.round(lat! * 1e4) / 1e4]),
    });
  }
  return { synthetic: true, seed, routes };
}

/** The dataset as the map takes it: routes as GeoJSON, and each one's timing. */
export function syntheticMovements(data: SyntheticDataset): {
  movements: FeatureCollection<LineString, { id: string; status: EventStatus }>;
  timings: Map<string, EventTiming>;
} {
  const features = data.routes.map((r) => {
    const coordinates = [];
    for (let i = 0; i < r.line.length; i += 2) coordinates.push([r.line[i]!, r.line[i + 1]!]);
    return { type: 'Feature' as const, id: r.id, geometry: { type: 'LineString' as const, coordinates }, properties: { id: r.id, status: r.status } };
  });
  const timings = new Map<string, EventTiming>(
    data.routes.map((r) => [
      r.id,
      {
        kind: 'movement',
        status: r.status,
        precision: r.precision,
        startMs: r.startMs,
        endMs: r.endMs,
        ...(r.announcedMs !== undefined ? { announcedMs: r.announcedMs } : {}),
        ...(r.deniedMs !== undefined ? { deniedMs: r.deniedMs } : {}),
      },
    ]),
  );
  return { movements: { type: 'FeatureCollection', features }, timings };
}
