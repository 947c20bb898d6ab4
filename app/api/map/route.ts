import { errorResponse } from '@/lib/api/errors';
import { serverTiming } from '@/lib/api/stream';
import { mapLayers } from '@/lib/store/map-server';

export const dynamic = 'force-dynamic';

/** The map's summary: timeline, marked places, lanes and symbols (lib/map/archive-layers.ts). */
export async function GET(): Promise<Response> {
  try {
    const started = performance.now();
    const { summary } = await mapLayers();
    return Response.json(summary, { headers: { ...serverTiming(started), ETag: `"${summary.version}"` } });
  } catch (error) {
    return errorResponse(error);
  }
}
