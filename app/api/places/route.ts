import { errorResponse } from '@/lib/api/errors';
import { mapLayers } from '@/lib/store/map-server';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    const { places } = await mapLayers();
    return Response.json({ count: places.length, places });
  } catch (error) {
    return errorResponse(error);
  }
}
