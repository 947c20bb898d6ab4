import { errorResponse } from '@/lib/api/errors';
import { loadDataset } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

/** Every article's metadata, without its text. */
export async function GET(): Promise<Response> {
  try {
    const { articles } = await loadDataset();
    return Response.json({ count: articles.length, articles: articles.map((a) => a.meta) });
  } catch (error) {
    return errorResponse(error);
  }
}
