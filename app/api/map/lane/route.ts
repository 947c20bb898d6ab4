import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { serverTiming } from '@/lib/api/stream';
import { dateParam, limitParam } from '@/lib/api/params';
import { laneEvents } from '@/lib/map/archive-detail';
import { eventsById, pageLinks } from '@/lib/store/lists';
import { mapLayers } from '@/lib/store/map-server';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

/** The movements on one lane (`id`) that show at a date (`on`, or every date), most recent first: `limit` of them, with their links. */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const started = performance.now();
    const params = request.nextUrl.searchParams;
    const id = params.get('id') ?? '';
    const on = dateParam(params, 'on');
    const limit = limitParam(params, 5, 50);
    if (!/^[a-z0-9>-]+\|[a-z]+$/.test(id) || id.length > 500) throw new ApiError(400, 'invalid_parameter', 'id: a lane, as from>via>to|status', 'id');
    const { summary, events } = await mapLayers();
    if (!summary.lanes.some((l) => l.id === id)) throw new ApiError(404, 'unknown_lane', `no movement runs on ${id}`, 'id');
    const ids = laneEvents(events, id, on);
    const store = await serverStore();
    const items = await eventsById(store, ids.slice(0, limit));
    return Response.json({ id, total: ids.length, items, links: await pageLinks(store, items) }, { headers: serverTiming(started) });
  } catch (error) {
    return errorResponse(error);
  }
}
