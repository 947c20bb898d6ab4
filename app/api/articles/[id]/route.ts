import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { routeId } from '@/lib/api/params';
import { articleIdSchema, type ArticleMeta } from '@/lib/data/schema';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

/** One article: its metadata and its stored text, exactly as in data/articles/<id>.txt. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const id = await routeId(params, articleIdSchema, 'an article id (like 000_0123456789abcdef)');
    const row = await (await serverStore()).db.selectFrom('articles').select(['record', 'text']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new ApiError(404, 'unknown_article', `no article has the id "${id}"`, 'id');
    return Response.json({ article: JSON.parse(row.record) as ArticleMeta, text: row.text });
  } catch (error) {
    return errorResponse(error);
  }
}
