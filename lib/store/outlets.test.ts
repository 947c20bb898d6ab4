/**
 * Outlet counts, on SQLite and PostgreSQL: distinct outlets, not sources (two quotes from one
 * outlet are one outlet), and only events that more than one outlet reports. The expected counts
 * are read off the fixture's articles by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { removeStores, seededStore, testDialects } from '@/lib/testing/stores';
import { detailedPage } from './lists';
import { outletCounts } from './outlets';

afterEach(removeStores);

describe.each(testDialects())('outlet counts (%s)', (dialect) => {
  it('counts the distinct outlets of an event’s sources, leaving out events with one', async () => {
    const { store } = await seededStore(dialect);
    const ids = ['deadline-coalition-mission-iraq-2025-09', 'deadline-coalition-kurdistan-2026-09', 'us-convoy-leaves-ain-al-asad-toward-syria-2025-08-18', 'us-strike-jurf-al-sakhar-2024-01'];
    expect(await outletCounts(store, ids)).toEqual({ 'deadline-coalition-mission-iraq-2025-09': 3, 'deadline-coalition-kurdistan-2026-09': 2 });
    expect(await outletCounts(store, [])).toEqual({});
  });

  it('comes with a page of events when the page asks for its articles', async () => {
    const { store } = await seededStore(dialect);
    const page = await detailedPage(store, { place: 'erbil' }, 100, null, { articles: true });
    expect(page.items.map((e) => e.id)).toContain('deadline-coalition-kurdistan-2026-09');
    expect(page.outlets?.['deadline-coalition-kurdistan-2026-09']).toBe(2);
    expect((await detailedPage(store, { place: 'erbil' }, 100, null, { links: true })).outlets).toBeUndefined();
  });
});
