import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Briefing, Dataset } from '@/lib/data/schema';
import { parseBriefParams, shownDate, stepCamera, stepTime } from './briefing';

let ds: Dataset;
let seed: Briefing;
beforeAll(async () => {
  ds = await readFixture();
  seed = ds.briefings.find((b) => b.id === 'coalition-drawdown')!;
});

describe('briefing steps', () => {
  it('reads the 1-based step from the URL, keeping it in range', () => {
    const parse = (q: string) => parseBriefParams((k) => new URLSearchParams(q).get(k), 10);
    expect(parse('')).toEqual({ step: 0, auto: false, loop: false });
    expect(parse('step=3&auto=1&loop=1')).toEqual({ step: 2, auto: true, loop: true });
    expect(parse('step=99').step).toBe(9);
    expect(parse('step=-4').step).toBe(0);
    expect(parse('step=soon').step).toBe(0);
  });

  it('shows a range at its last day, and fits the places a step names', () => {
    const step = seed.steps.find((s) => s.date.end && s.date.end !== s.date.start)!;
    expect(new Date(stepTime(step)).toISOString()).toBe(`${step.date.end}T12:00:00.000Z`);
    const places = new Map(ds.places.map((p) => [p.id, p]));
    const camera = stepCamera(seed.steps[3]!, places);
    expect('bounds' in camera).toBe(true);
    if (!('bounds' in camera)) return;
    for (const id of 'fit' in seed.steps[3]!.camera ? seed.steps[3]!.camera.fit : []) {
      const [lon, lat] = places.get(id)!.coordinates;
      expect(lon).toBeGreaterThanOrEqual(camera.bounds[0][0]);
      expect(lat).toBeLessThanOrEqual(camera.bounds[1][1]);
    }
  });

  it('shows a day only when a cited source gives that day, else the month', () => {
    const stepCiting = (id: string) => seed.steps.find((s) => s.cites.includes(id))!;
    // 27 Sept 2024 is written in the joint statement's article; 30 Aug 2025 is worked out from «اليوم».
    expect(shownDate(stepCiting('joint-statement-end-coalition-mission-2024-09-27'), ds.events)).toEqual({ start: '2024-09-27', end: '2024-09-27', precision: 'day' });
    expect(shownDate(stepCiting('us-embassy-denies-full-baghdad-exit-2025-08-16'), ds.events)).toEqual({ start: '2025-08-01', end: '2025-08-31', precision: 'month' });
    expect(shownDate(stepCiting('planned-baghdad-to-kuwait-2025-09'), ds.events).precision).toBe('month');
  });

  it('cites, in the seed briefing, only what each step can show: a plan or a denial is never captioned as done', () => {
    const byId = new Map(ds.events.map((e) => [e.id, e]));
    for (const [i, step] of seed.steps.entries()) {
      for (const id of step.cites) {
        const event = byId.get(id)!;
        // The caption says each cited event's status in capitals: PLANNED, DENIED, CLAIMS, REPORTED, CONFIRMS…
        const stem = { planned: 'PLAN', denied: 'DENI', claimed: 'CLAIM', reported: 'REPORT', confirmed: 'CONFIRM' }[event.status];
        expect(step.caption.en, `step ${i + 1} cites ${id} (${event.status})`).toContain(stem);
      }
    }
  });
});
