import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { loadDataset } from '@/lib/data/load';
import { idSchema } from '@/lib/data/schema';

export const dynamic = 'force-dynamic';

/** One briefing, as validated from data/briefings/<id>.json. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await params;
    if (!idSchema.safeParse(id).success) throw new ApiError(400, 'invalid_parameter', 'id must be kebab-case', 'id');
    const briefing = (await loadDataset()).briefings.find((b) => b.id === id);
    if (!briefing) throw new ApiError(404, 'unknown_briefing', `no briefing has the id "${id}"`, 'id');
    return Response.json({ briefing });
  } catch (error) {
    return errorResponse(error);
  }
}
