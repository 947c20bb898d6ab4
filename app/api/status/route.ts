import { errorResponse } from '@/lib/api/errors';
import { dataStatus } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

/** Whether the database can be reached (200 either way, so that pages can say which). */
export async function GET(): Promise<Response> {
  try {
    return Response.json(await dataStatus());
  } catch (error) {
    return errorResponse(error);
  }
}
