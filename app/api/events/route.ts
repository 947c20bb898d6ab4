import type { NextRequest } from 'next/server';
import { errorResponse } from '@/lib/api/errors';
import { eventsToCsv } from '@/lib/api/events-csv';
import { filterEvents, parseEventsQuery } from '@/lib/api/events-query';
import { loadDataset } from '@/lib/store/server';
import { eventFeatureCollection } from '@/lib/geo/event-features';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest): Promise<Response> {
  try {
    const query = parseEventsQuery(request.nextUrl.searchParams);
    const dataset = await loadDataset();
    const events = filterEvents(dataset, query);
    switch (query.format) {
      case 'geojson':
        return Response.json(eventFeatureCollection(events, dataset.places), { headers: { 'Content-Type': 'application/geo+json' } });
      case 'csv':
        return new Response(eventsToCsv(events), {
          headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="sitrep-events.csv"' },
        });
      case 'json':
        return Response.json({ count: events.length, events, edits: Object.fromEntries(events.flatMap((e) => (dataset.edits[e.id] ? [[e.id, dataset.edits[e.id]]] : []))) });
    }
  } catch (error) {
    return errorResponse(error);
  }
}
