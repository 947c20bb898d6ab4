import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { csvChunks } from '@/lib/api/events-csv';
import { DEFAULT_PAGE, eventFilter, parseEventsQuery } from '@/lib/api/events-query';
import { serverTiming, streamResponse } from '@/lib/api/stream';
import type { Place } from '@/lib/data/schema';
import { eventFeature } from '@/lib/geo/event-features';
import { detailedPage, eachEvent } from '@/lib/store/lists';
import { serverStore } from '@/lib/store/server';
import type { Store } from '@/lib/store/connect';

export const dynamic = 'force-dynamic';

async function places(store: Store): Promise<Map<string, Place>> {
  return new Map((await store.db.selectFrom('places').select(['id', 'record']).execute()).map((r) => [r.id, JSON.parse(r.record) as Place]));
}

async function* geojsonChunks(store: Store, events: AsyncIterable<Parameters<typeof eventFeature>[0]>): AsyncGenerator<string> {
  const byId = await places(store);
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const e of events) {
    yield `${first ? '' : ','}\n${JSON.stringify(eventFeature(e, byId))}`;
    first = false;
  }
  yield '\n]}\n';
}

/**
 * The events that pass the filters, in date order: as JSON one page at a time (`limit`, `cursor`;
 * `links=1` adds each event's denials, contradictions and updates, both ways; `articles=1` the
 * metadata of the articles they cite), or, as CSV or
 * GeoJSON, every one of them, streamed.
 */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const started = performance.now();
    const query = parseEventsQuery(request.nextUrl.searchParams);
    const store = await serverStore();
    if (query.place && !(await store.db.selectFrom('places').select('id').where('id', '=', query.place).executeTakeFirst()))
      throw new ApiError(404, 'unknown_place', `no place has the id "${query.place}"`, 'place');
    const filter = eventFilter(query);
    switch (query.format) {
      case 'geojson':
        return streamResponse(geojsonChunks(store, eachEvent(store, filter)), { 'Content-Type': 'application/geo+json' });
      case 'csv':
        return streamResponse(csvChunks(eachEvent(store, filter)), { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment' });
      case 'json': {
        const page = await detailedPage(store, filter, query.limit ?? DEFAULT_PAGE, query.cursor ?? null, { links: query.links === '1', articles: query.articles === '1' });
        return Response.json(page, { headers: serverTiming(started) });
      }
    }
  } catch (error) {
    return errorResponse(error);
  }
}
