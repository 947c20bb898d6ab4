import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import { feedEvents, parseFeedFilters } from './feed';

let ds: Dataset;
beforeAll(async () => {
  ds = await readFixture();
});
const feed = (query: string) => feedEvents(ds.events, ds.articles.map((a) => a.meta), parseFeedFilters(new URLSearchParams(query)));

describe('the feed', () => {
  it('lists every report in time order when nothing is filtered', () => {
    const all = feed('');
    expect(all).toHaveLength(ds.events.length);
    const starts = all.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
  });
  it('filters by place, kind, status, outlet and dates that overlap the range', () => {
    expect(feed('place=erbil').every((e) => [e.place, e.from, e.to, ...(e.via ?? [])].includes('erbil'))).toBe(true);
    expect(feed('kind=movement&status=denied').map((e) => e.id)).toEqual(['claimed-withdrawal-baghdad-to-erbil-2025-08-16']);
    const convoyDay = feed('from=2024-10-02&to=2024-10-02').map((e) => e.id);
    expect(convoyDay).toContain('us-convoy-syria-al-waleed-ain-al-asad-2024-10-02');
    expect(feed('from=2024-10-02&to=2024-10-02').every((e) => e.date.start <= '2024-10-02' && e.date.end >= '2024-10-02')).toBe(true);
    expect(feed('outlet=Baghdad Today').map((e) => e.id)).toContain('us-convoy-syria-al-waleed-ain-al-asad-2024-10-02');
  });
  it('drops unknown filter values instead of failing', () => {
    expect(parseFeedFilters(new URLSearchParams('kind=parade&status=rumoured&from=yesterday'))).toEqual({ place: null, kind: null, status: null, outlet: null, from: null, to: null });
  });
});
