import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import { toUtcMs } from '@/lib/time/date';
import { eventLinks, groupCovers, placeReports } from './reports';

let ds: Dataset;
beforeAll(async () => {
  ds = await readFixture();
});

describe('placeReports', () => {
  it("groups a place's reports by date, oldest first, with plans and deadlines apart", () => {
    const { reported, planned } = placeReports('ain-al-asad', ds.events);
    const starts = reported.map((g) => g.date.start);
    expect(starts).toEqual([...starts].sort());
    expect(reported.flatMap((g) => g.events).some((e) => e.status === 'planned' || e.kind === 'deadline')).toBe(false);
    expect(planned.flatMap((g) => g.events).every((e) => e.status === 'planned' || e.kind === 'deadline')).toBe(true);
    expect(planned.length).toBeGreaterThan(0);
    const convoy = reported.find((g) => g.events.some((e) => e.id === 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02'))!;
    expect(groupCovers(convoy, toUtcMs('2024-10-02') + 1000)).toBe(true);
    expect(groupCovers(convoy, toUtcMs('2024-10-03'))).toBe(false);
  });
  it('puts every event that names the place in exactly one group', () => {
    const { reported, planned } = placeReports('baghdad', ds.events);
    const ids = [...reported, ...planned].flatMap((g) => g.events.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('eventLinks', () => {
  it('links the claimed withdrawal to Erbil with the embassy statement that denies it, both ways', () => {
    const links = eventLinks(ds.events);
    const claim = links.get('claimed-withdrawal-baghdad-to-erbil-2025-08-16')!;
    expect(claim).toContainEqual(expect.objectContaining({ kind: 'denied-by', event: expect.objectContaining({ id: 'us-embassy-denies-full-baghdad-exit-2025-08-16' }) }));
    const denial = links.get('us-embassy-denies-full-baghdad-exit-2025-08-16')!;
    expect(denial.map((l) => `${l.kind}:${l.event.id}`)).toContain('denies:claimed-withdrawal-baghdad-to-erbil-2025-08-16');
    expect(denial.filter((l) => l.kind === 'contradicts')).toHaveLength(2);
    expect(links.get('claimed-withdrawal-ain-al-asad-to-erbil-2025-08-16')!.map((l) => l.kind)).toEqual(['contradicted-by']);
  });
});
