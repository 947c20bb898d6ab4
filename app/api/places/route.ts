import { errorResponse } from '@/lib/api/errors';
import { loadDataset } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    const { places } = await loadDataset();
    return Response.json({ count: places.length, places });
  } catch (error) {
    return errorResponse(error);
  }
}
