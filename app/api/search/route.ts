import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { limitParam } from '@/lib/api/params';
import { serverTiming } from '@/lib/api/stream';
import type { SearchResponse } from '@/lib/api/responses';
import { SEARCH_LIMIT, SearchCursorError, searchStore } from '@/lib/store/search';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

/** The longest query taken, in characters. */
const MAX_QUERY = 200;

/**
 * Places, events and article passages matching `q`, in Arabic or English (see lib/store/search.ts),
 * a page at a time: `limit` (1–50, 20 by default) from `cursor`, the last page's `next`.
 * `Server-Timing: db;dur=` gives the time the store took.
 */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const params = request.nextUrl.searchParams;
    const q = params.get('q') ?? '';
    if (q.length > MAX_QUERY) throw new ApiError(400, 'invalid_parameter', `q must be at most ${MAX_QUERY} characters`, 'q');
    const limit = limitParam(params, SEARCH_LIMIT.default, SEARCH_LIMIT.max);
    const cursor = params.get('cursor') ?? undefined;

    const store = await serverStore();
    const started = performance.now();
    const page = await searchStore(store, q, { limit, cursor }).catch((error: unknown) => {
      throw error instanceof SearchCursorError ? new ApiError(400, 'invalid_parameter', error.message, 'cursor') : error;
    });
    const body: SearchResponse = { query: q, ...page };
    return Response.json(body, { headers: serverTiming(started) });
  } catch (error) {
    return errorResponse(error);
  }
}
