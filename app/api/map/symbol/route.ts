import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { serverTiming } from '@/lib/api/stream';
import { dateParam, limitParam } from '@/lib/api/params';
import { symbolEvents } from '@/lib/map/archive-detail';
import { eventsById } from '@/lib/store/lists';
import { mapLayers } from '@/lib/store/map-server';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

/** The events behind one symbol (`key`, place/family) at a date (`on`, or every date): those of the day first, `limit` of them. */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const started = performance.now();
    const params = request.nextUrl.searchParams;
    const key = params.get('key') ?? '';
    const on = dateParam(params, 'on');
    const limit = limitParam(params, 5, 50);
    if (!/^[a-z0-9-]+\/[a-z]+$/.test(key) || key.length > 200) throw new ApiError(400, 'invalid_parameter', 'key: a symbol, as place/family', 'key');
    const { summary, events } = await mapLayers();
    if (!summary.symbols.some((s) => s.key === key)) throw new ApiError(404, 'unknown_symbol', `no events stand at ${key}`, 'key');
    const ids = symbolEvents(events, key, on);
    return Response.json({ key, total: ids.length, items: await eventsById(await serverStore(), ids.slice(0, limit)) }, { headers: serverTiming(started) });
  } catch (error) {
    return errorResponse(error);
  }
}
