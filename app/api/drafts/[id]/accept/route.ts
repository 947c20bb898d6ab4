import type { NextRequest } from 'next/server';
import { errorResponse } from '@/lib/api/errors';
import { routeId } from '@/lib/api/params';
import { authorOf, jsonBody, optionalIfMatchVersion, requireWriter } from '@/lib/api/writes';
import { articleIdSchema } from '@/lib/data/schema';
import { acceptDraft } from '@/lib/store/drafts';
import { serverStore } from '@/lib/store/server';
import { testPause } from '@/lib/store/test-pause';

export const dynamic = 'force-dynamic';

/**
 * Moves a draft's accepted events and its article into the dataset, and its merged events' quotes
 * into the archived events they are (`sources`: those events' ids): all of it, once, or nothing. A
 * possible duplicate stored since the review refuses it (409 possible_duplicate).
 * Body: {author}; If-Match is optional here (the draft's state is what guards a double accept).
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    requireWriter();
    const id = await routeId(params, articleIdSchema, 'a draft id');
    const body = await jsonBody(request);
    const accepted = await acceptDraft(await serverStore(), id, { author: authorOf(body), expectedVersion: optionalIfMatchVersion(request), between: testPause('accept') });
    return Response.json({ accepted: { article: accepted.article, events: accepted.events, sources: accepted.sources } });
  } catch (error) {
    return errorResponse(error);
  }
}
