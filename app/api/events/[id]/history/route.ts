import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { routeId } from '@/lib/api/params';
import { idSchema } from '@/lib/data/schema';
import { readHistory } from '@/lib/store/read';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

/** Every revision of an event, oldest first: when, who, why, which fields, and the record before and after. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const id = await routeId(params, idSchema, 'an event id');
    const revisions = await readHistory(await serverStore(), 'event', id);
    if (!revisions) throw new ApiError(404, 'unknown_event', `there is no event ${id}, and none was ever stored`, 'id');
    return Response.json({ id, count: revisions.length, revisions });
  } catch (error) {
    return errorResponse(error);
  }
}
