import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { loadDataset } from '@/lib/store/server';
import { articleIdSchema } from '@/lib/data/schema';

export const dynamic = 'force-dynamic';

/** One article: its metadata and its stored text, exactly as in data/articles/<id>.txt. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await params;
    if (!articleIdSchema.safeParse(id).success)
      throw new ApiError(400, 'invalid_parameter', 'id must look like 000_0123456789abcdef', 'id');
    const article = (await loadDataset()).articles.find((a) => a.meta.id === id);
    if (!article) throw new ApiError(404, 'unknown_article', `no article has the id "${id}"`, 'id');
    return Response.json({ article: article.meta, text: article.text });
  } catch (error) {
    return errorResponse(error);
  }
}
