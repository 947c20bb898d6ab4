import type { NextRequest } from 'next/server';
import { errorResponse } from '@/lib/api/errors';
import { routeId } from '@/lib/api/params';
import { authorOf, etag, jsonBody, optionalIfMatchVersion, requireWriter } from '@/lib/api/writes';
import { articleIdSchema } from '@/lib/data/schema';
import { flaggedEvents, refreshDuplicates } from '@/lib/store/drafts';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

/**
 * Compares a pending draft's events with the archive again and keeps the possible duplicates found
 * now, for the reviewer to see: after an accept refused for a duplicate stored since the review.
 * Body: {author}; If-Match optional. Answers {draft, version, archived}.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    requireWriter();
    const id = await routeId(params, articleIdSchema, 'a draft id');
    const body = await jsonBody(request);
    const store = await serverStore();
    const found = await refreshDuplicates(store, id, { author: authorOf(body), expectedVersion: optionalIfMatchVersion(request) });
    return Response.json({ draft: found.draft, version: found.version, archived: await flaggedEvents(store, [found]) }, { headers: { ETag: etag(found.version) } });
  } catch (error) {
    return errorResponse(error);
  }
}
