import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { routeId } from '@/lib/api/params';
import { authorOf, etag, ifMatchVersion, jsonBody, noteOf, requireWriter } from '@/lib/api/writes';
import { idSchema } from '@/lib/data/schema';
import { deleteEvent, updateEvent } from '@/lib/store/edits';
import { readEvent } from '@/lib/store/read';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };
const eventId = (params: Params['params']) => routeId(params, idSchema, 'an event id');

/** One event and its version (also the ETag, for an edit's If-Match). */
export async function GET(_request: NextRequest, { params }: Params): Promise<Response> {
  try {
    const id = await eventId(params);
    const found = await readEvent(await serverStore(), id);
    if (!found) throw new ApiError(404, 'unknown_event', `there is no event ${id}`, 'id');
    return Response.json(found, { headers: { ETag: etag(found.version) } });
  } catch (error) {
    return errorResponse(error);
  }
}

/** A correction: the whole event, same id. Body: {event, author, note}; If-Match: the version it was based on. */
export async function PUT(request: NextRequest, { params }: Params): Promise<Response> {
  try {
    requireWriter();
    const id = await eventId(params);
    const expectedVersion = ifMatchVersion(request);
    const body = await jsonBody(request);
    const done = await updateEvent(await serverStore(), id, body.event, { author: authorOf(body), note: noteOf(body, 'corrected'), expectedVersion, origin: `PUT /api/events/${id}` });
    return Response.json({ event: done.event, version: done.version }, { headers: { ETag: etag(done.version) } });
  } catch (error) {
    return errorResponse(error);
  }
}

/** A deletion, recorded in the history. Body: {author, note}; If-Match: the version it was based on. */
export async function DELETE(request: NextRequest, { params }: Params): Promise<Response> {
  try {
    requireWriter();
    const id = await eventId(params);
    const expectedVersion = ifMatchVersion(request);
    const body = await jsonBody(request);
    await deleteEvent(await serverStore(), id, { author: authorOf(body), note: noteOf(body, 'deleted'), expectedVersion, origin: `DELETE /api/events/${id}` });
    return Response.json({ deleted: id });
  } catch (error) {
    return errorResponse(error);
  }
}
