import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { routeId } from '@/lib/api/params';
import { authorOf, etag, ifMatchVersion, jsonBody, requireWriter } from '@/lib/api/writes';
import { articleIdSchema } from '@/lib/data/schema';
import { readDraft, saveDraft } from '@/lib/store/drafts';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

export async function GET(_request: NextRequest, { params }: Params): Promise<Response> {
  try {
    const id = await routeId(params, articleIdSchema, 'a draft id');
    const found = await readDraft(await serverStore(), id);
    if (!found) throw new ApiError(404, 'unknown_draft', `there is no draft ${id}`, 'id');
    return Response.json(found, { headers: { ETag: etag(found.version) } });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Saves a reviewed draft (fields and review states; never the quotes or the text). Body: {draft, author}; If-Match. */
export async function PUT(request: NextRequest, { params }: Params): Promise<Response> {
  try {
    requireWriter();
    const id = await routeId(params, articleIdSchema, 'a draft id');
    const expectedVersion = ifMatchVersion(request);
    const body = await jsonBody(request);
    const saved = await saveDraft(await serverStore(), id, body.draft, { author: authorOf(body), expectedVersion });
    return Response.json({ draft: saved.draft, version: saved.version }, { headers: { ETag: etag(saved.version) } });
  } catch (error) {
    return errorResponse(error);
  }
}
