/** The map's lean events, read from the store's columns on SQLite and PostgreSQL, equal their projection from the dataset. */
import { afterEach, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import { removeStores, seededStore, testDialects } from '@/lib/testing/stores';
import { mapEventsOfDataset, readMapEvents } from './map-events';

afterEach(removeStores);

describe.each(testDialects())('readMapEvents (%s)', (dialect) => {
  it('gives every event, in the dataset order, with its places, first report, first denial and what it denies', async () => {
    const [{ store }, ds] = await Promise.all([seededStore(dialect), readFixture()]);
    const { events } = await readMapEvents(store);
    expect(events).toEqual(mapEventsOfDataset(ds));
    // The fixture has denials, so the last two fields are exercised.
    expect(events.some((e) => e.denies && e.deniedOn === undefined)).toBe(true);
    expect(events.some((e) => e.deniedOn)).toBe(true);
  });
});
