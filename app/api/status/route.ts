import { errorResponse } from '@/lib/api/errors';
import { dataStatus, loadDataset } from '@/lib/data/load';

export const dynamic = 'force-dynamic';

/** Whether the data served is the data on disk, or the last good data while the disk is invalid. */
export async function GET(): Promise<Response> {
  try {
    // Looking at the files is what notices an edit.
    await loadDataset().catch(() => undefined);
    return Response.json(dataStatus());
  } catch (error) {
    return errorResponse(error);
  }
}
