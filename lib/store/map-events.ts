/**
 * The events as the map needs them, and nothing more: kind, status, dates, the places they name, and
 * the two dates that time a plan and a denied claim (its first report, its first denial), read from
 * the indexed columns and child tables without parsing a single record. About a hundred bytes an
 * event, so the map's layers for a 100k-event archive are built in memory in a second, once per
 * version of the store.
 */
import type { EventRecord } from '@/lib/data/schema';
import type { Store } from './connect';
import { readTransaction } from './transaction';

export interface MapEvent {
  id: string;
  kind: EventRecord['kind'];
  status: EventRecord['status'];
  date: { start: string; end: string; precision: EventRecord['date']['precision'] };
  place?: string;
  from?: string;
  via?: string[];
  to?: string;
  /** The earliest publication of its sources. */
  announced?: string;
  /** The start of its earliest denial. */
  deniedOn?: string;
  /** The events it denies. */
  denies?: string[];
}

export async function readMapEvents(store: Store): Promise<{ version: number; events: MapEvent[] }> {
  return readTransaction(store, async (tx) => {
    const [state, rows, places, published, denials] = await Promise.all([
      tx.selectFrom('store_state').select('version').where('id', '=', 1).executeTakeFirstOrThrow(),
      tx.selectFrom('events').select(['id', 'kind', 'status', 'date_start', 'date_end', 'precision']).orderBy('position').execute(),
      tx.selectFrom('event_places').select(['event_id', 'role', 'place_id']).orderBy('event_id').orderBy('role').orderBy('ordinal').execute(),
      tx
        .selectFrom('sources')
        .innerJoin('articles', 'articles.id', 'sources.article_id')
        .select(['sources.event_id', (eb) => eb.fn.min('articles.published').as('first')])
        .groupBy('sources.event_id')
        .execute(),
      tx
        .selectFrom('relations')
        .innerJoin('events', 'events.id', 'relations.event_id')
        .select(['relations.event_id', 'relations.target_id', 'events.date_start'])
        .where('relations.kind', '=', 'denies')
        .orderBy('relations.event_id')
        .orderBy('relations.ordinal')
        .execute(),
    ]);
    const byId = new Map<string, MapEvent>();
    const events = rows.map((r) => {
      const event: MapEvent = { id: r.id, kind: r.kind as MapEvent['kind'], status: r.status as MapEvent['status'], date: { start: r.date_start, end: r.date_end, precision: r.precision as MapEvent['date']['precision'] } };
      byId.set(r.id, event);
      return event;
    });
    for (const p of places) {
      const event = byId.get(p.event_id);
      if (!event) continue;
      if (p.role === 'via') (event.via ??= []).push(p.place_id);
      else event[p.role] = p.place_id;
    }
    for (const p of published) if (p.first) byId.get(p.event_id)!.announced = String(p.first);
    for (const d of denials) {
      const denier = byId.get(d.event_id)!;
      (denier.denies ??= []).push(d.target_id);
      const target = byId.get(d.target_id);
      if (target && (!target.deniedOn || d.date_start < target.deniedOn)) target.deniedOn = d.date_start;
    }
    return { version: Number(state.version), events };
  });
}

/** The same projection from a dataset in memory: what the store's query must give (map-events.test.ts). */
export function mapEventsOfDataset(ds: { events: readonly EventRecord[]; articles: readonly { meta: { id: string; published: { date: string } } }[] }): MapEvent[] {
  const published = new Map(ds.articles.map((a) => [a.meta.id, a.meta.published.date]));
  const denied = new Map<string, string>();
  for (const e of ds.events) for (const r of e.relations) if (r.kind === 'denies' && (!denied.has(r.event) || e.date.start < denied.get(r.event)!)) denied.set(r.event, e.date.start);
  return ds.events.map((e) => {
    const announced = e.sources.map((s) => published.get(s.article)).filter((d): d is string => d !== undefined).sort()[0];
    const out: MapEvent = { id: e.id, kind: e.kind, status: e.status, date: { start: e.date.start, end: e.date.end, precision: e.date.precision } };
    if (e.place) out.place = e.place;
    if (e.from) out.from = e.from;
    if (e.via?.length) out.via = [...e.via];
    if (e.to) out.to = e.to;
    if (announced) out.announced = announced;
    if (denied.has(e.id)) out.deniedOn = denied.get(e.id);
    const denies = e.relations.filter((r) => r.kind === 'denies').map((r) => r.event);
    if (denies.length > 0) out.denies = denies;
    return out;
  });
}
