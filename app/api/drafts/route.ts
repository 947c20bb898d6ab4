import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { authorOf, canEdit, jsonBody, requireWriter } from '@/lib/api/writes';
import { isoDateSchema } from '@/lib/data/schema';
import { createDraft, flaggedEvents, listDrafts } from '@/lib/store/drafts';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

/** The drafts waiting for review, whether this server may save them, and the archived events their possible duplicates name. */
export async function GET(): Promise<Response> {
  try {
    const store = await serverStore();
    const drafts = await listDrafts(store);
    return Response.json({ editable: canEdit(), count: drafts.length, drafts, archived: await flaggedEvents(store, drafts) });
  } catch (error) {
    return errorResponse(error);
  }
}

/** A new draft from an article's text: what `npm run ingest` does. Body: {text, published?, name?, author}. Answers {draft, archived}. */
export async function POST(request: NextRequest): Promise<Response> {
  try {
    requireWriter();
    const body = await jsonBody(request);
    const author = authorOf(body);
    if (typeof body.text !== 'string' || body.text.length === 0) throw new ApiError(400, 'invalid_parameter', 'text: the article, as plain text', 'text');
    if (body.published !== undefined && body.published !== '' && !isoDateSchema.safeParse(body.published).success)
      throw new ApiError(400, 'invalid_parameter', 'published: a date written YYYY-MM-DD', 'published');
    const name = typeof body.name === 'string' && body.name.trim() ? body.name.trim().slice(0, 200) : 'the text';
    const store = await serverStore();
    const draft = await createDraft(store, {
      bytes: Buffer.from(body.text, 'utf8'),
      name,
      published: typeof body.published === 'string' && body.published ? body.published : undefined,
      author,
    });
    return Response.json({ draft, archived: await flaggedEvents(store, [draft]) }, { status: 201, headers: { ETag: `"${draft.version}"`, Location: `/api/drafts/${draft.id}` } });
  } catch (error) {
    return errorResponse(error);
  }
}
