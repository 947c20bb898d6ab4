import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { loadDataset } from '@/lib/store/server';
import type { Dataset } from '@/lib/data/schema';
import { buildSearchIndex, search, type SearchIndex } from '@/lib/search/search';

export const dynamic = 'force-dynamic';

/** The longest query taken, in characters. */
const MAX_QUERY = 200;

/** Built once per dataset: loadDataset returns the same object until a data file changes. */
let cached: { dataset: Dataset; index: SearchIndex } | undefined;

/** Places, events and article passages matching `q`, in Arabic or English (see lib/search). */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const q = request.nextUrl.searchParams.get('q') ?? '';
    if (q.length > MAX_QUERY) throw new ApiError(400, 'invalid_parameter', `q must be at most ${MAX_QUERY} characters`, 'q');
    const dataset = await loadDataset();
    if (cached?.dataset !== dataset) cached = { dataset, index: buildSearchIndex(dataset.places, dataset.events, dataset.articles) };
    const results = search(cached.index, q);
    return Response.json({ query: q, count: results.length, results });
  } catch (error) {
    return errorResponse(error);
  }
}
