import type { NextRequest } from 'next/server';
import { ApiError, errorResponse } from '@/lib/api/errors';
import { DEFAULT_PAGE } from '@/lib/api/events-query';
import type { PageResponse } from '@/lib/api/responses';
import { articleIdSchema, type ArticleMeta } from '@/lib/data/schema';
import { MAX_PAGE } from '@/lib/store/lists';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

/** An opaque cursor: the last id of the page before. */
const encodeCursor = (id: string) => Buffer.from(JSON.stringify([id]), 'utf8').toString('base64url');

function decodeCursor(cursor: string): string | null {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(key) && key.length === 1 && articleIdSchema.safeParse(key[0]).success ? (key[0] as string) : null;
  } catch {
    return null;
  }
}

/** `limit` and `cursor`, each given at most once; anything else is ignored. */
function pageQuery(params: URLSearchParams): { limit: number; after: string | null } {
  const one = (key: string) => {
    const values = params.getAll(key);
    if (values.length > 1) throw new ApiError(400, 'repeated_parameter', `${key} is given ${values.length} times; give it once`, key);
    return values[0];
  };
  const limitParam = one('limit');
  const limit = limitParam === undefined ? DEFAULT_PAGE : /^\d{1,3}$/.test(limitParam) ? Number(limitParam) : NaN;
  if (!(limit >= 1 && limit <= MAX_PAGE)) throw new ApiError(400, 'invalid_parameter', `limit: must be a whole number from 1 to ${MAX_PAGE}`, 'limit');
  const cursor = one('cursor');
  const after = cursor === undefined ? null : decodeCursor(cursor);
  if (cursor !== undefined && after === null) throw new ApiError(400, 'invalid_parameter', 'cursor: is not a cursor this API gave', 'cursor');
  return { limit, after };
}

/**
 * The articles' metadata, without their texts, a page at a time in id order (`limit`, `cursor`):
 * an archive of thousands of articles is megabytes of metadata, never sent whole.
 */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const { limit, after } = pageQuery(request.nextUrl.searchParams);
    const store = await serverStore();
    const [count, rows] = await Promise.all([
      store.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      store.db
        .selectFrom('articles')
        .select(['id', 'record'])
        .$if(after !== null, (q) => q.where('id', '>', after!))
        .orderBy('id')
        .limit(limit + 1)
        .execute(),
    ]);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const body: PageResponse<ArticleMeta> = {
      items: page.map((r) => JSON.parse(r.record) as ArticleMeta),
      next: rows.length > limit && last ? encodeCursor(last.id) : null,
      total: Number(count.n),
    };
    return Response.json(body);
  } catch (error) {
    return errorResponse(error);
  }
}
