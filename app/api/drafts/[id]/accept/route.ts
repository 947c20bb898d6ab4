import path from 'node:path';
import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { DataValidationError } from '@/lib/data/errors';
import { dataDir } from '@/lib/data/load';
import { acceptDraft } from '@/lib/ingest/accept';
import { canEdit, readDraft } from '@/lib/ingest/drafts-store';
import { IngestInputError } from '@/lib/ingest/input';

export const dynamic = 'force-dynamic';

/** Moves a draft's accepted events and its article into the dataset (all or nothing). */
export async function POST(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    if (!canEdit()) throw new ApiError(403, 'read_only', 'This server does not write: run it in development or with SITREP_EDIT=1.');
    const { id } = await params;
    if (!readDraft(dataDir(), id)) throw new ApiError(404, 'unknown_draft', `there is no draft ${id}`, 'id');
    const accepted = await acceptDraft(dataDir(), path.join(dataDir(), 'drafts', `${id}.json`));
    return Response.json({ accepted });
  } catch (error) {
    if (error instanceof IngestInputError) return errorResponse(new ApiError(422, 'not_accepted', error.message));
    if (error instanceof DataValidationError) return errorResponse(new ApiError(422, 'not_accepted', error.message));
    return errorResponse(error);
  }
}
