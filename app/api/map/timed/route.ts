import type { NextRequest } from 'next/server';
import { errorResponse } from '@/lib/api/errors';
import { serverTiming } from '@/lib/api/stream';
import { mapLayers } from '@/lib/store/map-server';

export const dynamic = 'force-dynamic';

/**
 * The timed map layer, binary (lib/map/archive-layers.ts). `?v=` names the store version the page's
 * summary came from: that version's bytes never change, so the browser keeps them; any other `v`
 * gets the current layer, not cached, and the page sees from its header that its summary is stale.
 */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const started = performance.now();
    const { summary, timed } = await mapLayers();
    const current = request.nextUrl.searchParams.get('v') === String(summary.version);
    return new Response(timed, {
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-Sitrep-Version': String(summary.version),
        'Cache-Control': current ? 'private, max-age=31536000, immutable' : 'no-store',
        ...serverTiming(started),
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
