/**
 * How many outlets report each event: the distinct outlets of the articles its sources cite. One
 * grouped query for a page of events (sources by event, joined to their articles), never one per
 * event, so that a page costs the same in a 100k-event archive as in a small one.
 */
import type { Store } from './connect';
import { selectIn } from './sql';
import { storeError } from './transaction';

/** Each event of `ids` that more than one outlet reports, with the number of outlets. */
export async function outletCounts(store: Store, ids: readonly string[]): Promise<Record<string, number>> {
  try {
    const rows = await selectIn([...ids], (chunk) =>
      store.db
        .selectFrom('sources')
        .innerJoin('articles', 'articles.id', 'sources.article_id')
        .select((eb) => ['sources.event_id', eb.fn.count<number>('articles.outlet_en').distinct().as('outlets')])
        .where('sources.event_id', 'in', chunk)
        .groupBy('sources.event_id')
        .execute(),
    );
    return Object.fromEntries(rows.map((r) => [r.event_id, Number(r.outlets)]).filter(([, n]) => (n as number) > 1));
  } catch (error) {
    throw storeError(store, error);
  }
}
