import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { dateParam, limitParam, routeId } from '@/lib/api/params';
import { serverTiming } from '@/lib/api/stream';
import { idSchema } from '@/lib/data/schema';
import { placeChanges } from '@/lib/reports/compare';
import { eventsById } from '@/lib/store/lists';
import { mapLayers } from '@/lib/store/map-server';
import { serverStore } from '@/lib/store/server';
import { middayOfDate } from '@/lib/time/date';

export const dynamic = 'force-dynamic';

/**
 * What changed at a place from date `a` to date `b` (either order), as the timeline shows it
 * (lib/reports/compare.ts): arrivals, departures, passages, other events, denials and overdue
 * plans, in time order, the first `limit` of them with their events, and how many there are.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const started = performance.now();
    const id = await routeId(params, idSchema, 'a place id');
    const search = request.nextUrl.searchParams;
    const [a, b] = [dateParam(search, 'a'), dateParam(search, 'b')];
    if (a === null) throw new ApiError(400, 'invalid_parameter', 'a: a date written YYYY-MM-DD', 'a');
    if (b === null) throw new ApiError(400, 'invalid_parameter', 'b: a date written YYYY-MM-DD', 'b');
    const limit = limitParam(search, 100, 500);
    const { events, places, timings } = await mapLayers();
    if (!places.some((p) => p.id === id)) throw new ApiError(404, 'unknown_place', `no place has the id "${id}"`, 'id');
    const changes = placeChanges(id, events, timings, middayOfDate(a), middayOfDate(b));
    const shown = changes.slice(0, limit);
    const records = new Map((await eventsById(await serverStore(), shown.map((c) => c.event.id))).map((e) => [e.id, e]));
    const items = shown.flatMap((c) => {
      const event = records.get(c.event.id);
      return event ? [{ kind: c.kind, at: c.at, event }] : [];
    });
    return Response.json({ items, total: changes.length }, { headers: serverTiming(started) });
  } catch (error) {
    return errorResponse(error);
  }
}
