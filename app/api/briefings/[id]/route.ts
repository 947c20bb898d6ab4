import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { routeId } from '@/lib/api/params';
import { authorOf, etag, jsonBody, noteOf, requireWriter } from '@/lib/api/writes';
import { idSchema } from '@/lib/data/schema';
import { putBriefing } from '@/lib/store/edits';
import { readBriefing } from '@/lib/store/briefings';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };
const briefingId = (params: Params['params']) => routeId(params, idSchema, 'a briefing id (kebab-case)');

/** One briefing, as validated when it was stored, and its version (the ETag). */
export async function GET(_request: NextRequest, { params }: Params): Promise<Response> {
  try {
    const id = await briefingId(params);
    const found = await readBriefing(await serverStore(), id);
    if (!found) throw new ApiError(404, 'unknown_briefing', `no briefing has the id "${id}"`, 'id');
    return Response.json({ briefing: found.briefing }, { headers: { ETag: etag(found.version) } });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * Writes a briefing. Body: {briefing, author, note}. A new one: If-None-Match: *; a replacement:
 * If-Match with the version it was based on.
 */
export async function PUT(request: NextRequest, { params }: Params): Promise<Response> {
  try {
    requireWriter();
    const id = await briefingId(params);
    const match = /^\s*"(\d{1,9})"\s*$/.exec(request.headers.get('if-match') ?? '');
    const creating = request.headers.get('if-none-match')?.trim() === '*';
    if (!match && !creating) throw new ApiError(428, 'if_match_required', 'send If-Match with the ETag of the briefing you changed, or If-None-Match: * for a new one');
    const body = await jsonBody(request);
    const done = await putBriefing(await serverStore(), id, body.briefing, {
      author: authorOf(body),
      note: noteOf(body, creating ? 'written' : 'revised'),
      expectedVersion: creating ? 0 : Number(match![1]),
      origin: `PUT /api/briefings/${id}`,
    });
    return Response.json({ briefing: done.briefing, version: done.version }, { status: creating ? 201 : 200, headers: { ETag: etag(done.version) } });
  } catch (error) {
    return errorResponse(error);
  }
}
