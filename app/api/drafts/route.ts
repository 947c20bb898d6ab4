import { errorResponse } from '@/lib/api/errors';
import { dataDir } from '@/lib/data/load';
import { canEdit, listDrafts } from '@/lib/ingest/drafts-store';

export const dynamic = 'force-dynamic';

/** The drafts waiting for review, and whether this server may save them. */
export async function GET(): Promise<Response> {
  try {
    const drafts = listDrafts(dataDir());
    return Response.json({ editable: canEdit(), count: drafts.length, drafts });
  } catch (error) {
    return errorResponse(error);
  }
}
