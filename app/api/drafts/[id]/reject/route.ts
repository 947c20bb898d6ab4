import type { NextRequest } from 'next/server';
import { errorResponse } from '@/lib/api/errors';
import { routeId } from '@/lib/api/params';
import { authorOf, jsonBody, noteOf, requireWriter } from '@/lib/api/writes';
import { articleIdSchema } from '@/lib/data/schema';
import { rejectDraft } from '@/lib/store/drafts';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

/** Rejects a whole draft: it leaves the review list and nothing enters the dataset. Body: {author, note?}. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    requireWriter();
    const id = await routeId(params, articleIdSchema, 'a draft id');
    const body = await jsonBody(request);
    const draft = await rejectDraft(await serverStore(), id, { author: authorOf(body), note: noteOf(body, 'rejected') });
    return Response.json({ draft: { id: draft.id, state: draft.state } });
  } catch (error) {
    return errorResponse(error);
  }
}
