/** The store's lists on SQLite and PostgreSQL: filters, date order, pages that walk the whole list once, links both ways. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, EventRecord } from '@/lib/data/schema';
import { readFixture } from '@/lib/testing/fixture';
import { removeStores, seededStore, testDialects } from '@/lib/testing/stores';
import { eachEvent, eventsPage, pageLinks, type EventFilter } from './lists';
import type { Store } from './connect';

let ds: Dataset;
beforeAll(async () => {
  ds = await readFixture();
});
afterEach(removeStores);

const inOrder = (events: readonly EventRecord[]) => [...events].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || (a.id < b.id ? -1 : 1));

async function all(store: Store, filter: EventFilter, limit: number): Promise<EventRecord[]> {
  const out: EventRecord[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof eventsPage>> = await eventsPage(store, filter, limit, cursor);
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
}

describe.each(testDialects())('lists of events (%s)', (dialect) => {
  it('walks the whole list once, in date order, a page at a time, and counts it', async () => {
    const { store } = await seededStore(dialect);
    const first = await eventsPage(store, {}, 7);
    expect(first.total).toBe(ds.events.length);
    expect(first.items).toHaveLength(7);
    expect((await all(store, {}, 7)).map((e) => e.id)).toEqual(inOrder(ds.events).map((e) => e.id));
    const streamed: string[] = [];
    for await (const e of eachEvent(store, {}, 5)) streamed.push(e.id);
    expect(streamed).toEqual(inOrder(ds.events).map((e) => e.id));
  });

  it('filters by place (as place, from, via or to), dates, day, status, kind, outlet, article and plans', async () => {
    const { store } = await seededStore(dialect);
    const ids = async (filter: EventFilter) => (await all(store, filter, 100)).map((e) => e.id);
    const want = (keep: (e: EventRecord) => boolean) => inOrder(ds.events.filter(keep)).map((e) => e.id);
    const names = (e: EventRecord) => [e.place, e.from, e.to, ...(e.via ?? [])];
    expect(await ids({ place: 'al-waleed' })).toEqual(want((e) => names(e).includes('al-waleed')));
    expect(await ids({ place: 'erbil' })).toEqual(want((e) => names(e).includes('erbil')));
    expect(await ids({ from: '2024-12-19', to: '2024-12-19' })).toEqual(want((e) => e.date.start <= '2024-12-19' && e.date.end >= '2024-12-19'));
    expect(await ids({ activeOn: '2024-10-02' })).toEqual(want((e) => e.date.start <= '2024-10-02' && e.date.end >= '2024-10-02'));
    expect(await ids({ status: ['planned'], kind: ['movement'], place: 'kuwait' })).toEqual(want((e) => e.status === 'planned' && e.kind === 'movement' && names(e).includes('kuwait')));
    expect(await ids({ outlet: 'Baghdad Today' })).toContain('us-convoy-syria-al-waleed-ain-al-asad-2024-10-02');
    expect(await ids({ article: '004_1f1f26cba22a6fd6' })).toEqual(want((e) => e.sources.some((s) => s.article === '004_1f1f26cba22a6fd6')));
    const isPlan = (e: EventRecord) => e.status === 'planned' || e.kind === 'deadline';
    expect(await ids({ plans: 'only', place: 'erbil' })).toEqual(want((e) => isPlan(e) && names(e).includes('erbil')));
    expect(await ids({ plans: 'exclude', place: 'erbil' })).toEqual(want((e) => !isPlan(e) && names(e).includes('erbil')));
    expect((await eventsPage(store, { place: 'erbil', status: ['denied'] }, 10)).total).toBe(1);
  });

  it('gives each event of a page its links, both ways', async () => {
    const { store } = await seededStore(dialect);
    const page = await eventsPage(store, { place: 'baghdad', activeOn: '2025-08-30' }, 50);
    const links = await pageLinks(store, page.items);
    expect(links['claimed-withdrawal-baghdad-to-erbil-2025-08-16']).toContainEqual({ kind: 'denied-by', event: expect.objectContaining({ id: 'us-embassy-denies-full-baghdad-exit-2025-08-16' }) });
    const denial = (await eventsPage(store, { activeOn: '2025-08-29' }, 50)).items;
    const denialLinks = await pageLinks(store, denial);
    expect(denialLinks['us-embassy-denies-full-baghdad-exit-2025-08-16']!.map((l) => `${l.kind}:${l.event.id}`)).toContain('denies:claimed-withdrawal-baghdad-to-erbil-2025-08-16');
  });
});
