import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/data/read';
import type { Dataset } from '@/lib/data/schema';
import type { EventTiming } from './animation';
import { toUtcMs } from './date';
import { placeStateAt } from './place-state';
import { eventTimings } from './timings';

let ds: Dataset;
let timings: Map<string, EventTiming>;
beforeAll(async () => {
  ds = await readDataset(path.resolve('data'));
  timings = eventTimings(ds.events, ds.articles.map((a) => a.meta));
});
const state = (place: string, date: string) => placeStateAt(place, ds.events, timings, toUtcMs(date) + 43_200_000);

describe('placeStateAt', () => {
  it('says nothing before anything has happened at a place', () => {
    expect(state('kuwait', '2024-01-01')).toBeNull();
  });
  it('describes the latest event the timeline has reached', () => {
    expect(state('al-waleed', '2024-10-02')).toBe('passage reported');
    expect(state('ain-al-asad', '2024-10-02')).toBe('arrival reported');
  });
  it('speaks of plans with their deadline and of denied claims as denied', () => {
    expect(state('kuwait', '2025-08-20')).toMatch(/^arrival planned by Sept? 202[56]$/);
    expect(state('baghdad', '2025-08-16')).not.toBeNull();
  });
  it('calls a plan overdue once its deadline has passed', () => {
    expect(state('kuwait', '2026-10-15')).toMatch(/^arrival overdue \(planned by Sept? 2026\)$/);
  });
});
