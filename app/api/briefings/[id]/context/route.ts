import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { routeId } from '@/lib/api/params';
import { serverTiming } from '@/lib/api/stream';
import { idSchema } from '@/lib/data/schema';
import { briefingContext, readBriefing } from '@/lib/store/briefings';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

/**
 * What a presentation reads besides the map: the briefing, the events its steps name and their
 * articles, each step's sources, and, with `since` (a mark this answer gave), the events added since.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const started = performance.now();
    const id = await routeId(params, idSchema, 'a briefing id (kebab-case)');
    const raw = request.nextUrl.searchParams.get('since');
    if (raw !== null && !/^\d{1,15}$/.test(raw)) throw new ApiError(400, 'invalid_parameter', 'since: a mark from an earlier answer (a whole number)', 'since');
    const store = await serverStore();
    const found = await readBriefing(store, id);
    if (!found) throw new ApiError(404, 'unknown_briefing', `no briefing has the id "${id}"`, 'id');
    const context = await briefingContext(store, found.briefing, raw === null ? null : Number(raw));
    return Response.json({ briefing: found.briefing, ...context }, { headers: serverTiming(started) });
  } catch (error) {
    return errorResponse(error);
  }
}
