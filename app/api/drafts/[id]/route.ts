import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { dataDir } from '@/lib/data/load';
import { canEdit, readDraft, saveDraft } from '@/lib/ingest/drafts-store';
import { IngestInputError } from '@/lib/ingest/input';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

export async function GET(_request: NextRequest, { params }: Params): Promise<Response> {
  try {
    const { id } = await params;
    const found = readDraft(dataDir(), id);
    if (!found) throw new ApiError(404, 'unknown_draft', `there is no draft ${id}`, 'id');
    return Response.json(found);
  } catch (error) {
    return errorResponse(error instanceof IngestInputError ? new ApiError(400, 'invalid_draft', error.message) : error);
  }
}

/** Saves a reviewed draft (fields and review states; never the quotes or the text). */
export async function PUT(request: NextRequest, { params }: Params): Promise<Response> {
  try {
    if (!canEdit()) throw new ApiError(403, 'read_only', 'This server does not write: run it in development or with SITREP_EDIT=1.');
    const { id } = await params;
    const body = await request.json().catch(() => {
      throw new ApiError(400, 'invalid_body', 'the body is not JSON');
    });
    return Response.json({ draft: saveDraft(dataDir(), id, body) });
  } catch (error) {
    return errorResponse(error instanceof IngestInputError ? new ApiError(422, 'invalid_draft', error.message) : error);
  }
}
