import { DataValidationError } from '@/lib/data/errors';
import { IngestInputError } from '@/lib/ingest/input';
import { StoreConflictError, StoreCorruptError, StoreLockedError, StoreNotFoundError, StoreUnavailableError, isUnreachable } from '@/lib/store/errors';

export type ApiStatus = 400 | 403 | 404 | 409 | 413 | 415 | 422 | 428 | 503;

/** A request the API refuses, with the HTTP status and a stable machine-readable code. */
export class ApiError extends Error {
  readonly status: ApiStatus;
  readonly code: string;
  readonly param?: string;
  /** The version now stored, for a 409 about versions (also sent as the ETag). */
  readonly current?: number;

  constructor(status: ApiStatus, code: string, message: string, param?: string, current?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.param = param;
    this.current = current;
  }
}

/** The store's and the data's own errors as the API answers them. */
function asApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error instanceof StoreConflictError) return new ApiError(409, error.code, error.message, undefined, error.current);
  if (error instanceof StoreNotFoundError) return new ApiError(404, error.code, error.message);
  // A write the schema or the rules refuse: each problem names the request, the record and the field.
  if (error instanceof DataValidationError) return new ApiError(422, 'invalid_record', error.problems.map((p) => p.message).join('\n'));
  if (error instanceof IngestInputError) return new ApiError(422, 'not_accepted', error.message);
  if (error instanceof StoreUnavailableError || error instanceof StoreLockedError) return new ApiError(503, 'store_unavailable', error.message);
  if (error instanceof StoreCorruptError) return new ApiError(503, 'store_corrupt', error.message);
  if (isUnreachable(error)) return new ApiError(503, 'store_unavailable', `The database cannot be reached: ${(error as Error).message}`);
  return null;
}

/** The JSON body and status for any error thrown while answering; never a stack trace. */
export function errorResponse(error: unknown): Response {
  const known = asApiError(error);
  if (known) {
    if (known.status === 503) console.error(known.message);
    const headers: HeadersInit = known.current !== undefined ? { ETag: `"${known.current}"` } : {};
    if (known.status === 503) Object.assign(headers, { 'Retry-After': '5' });
    return Response.json({ error: { status: known.status, code: known.code, message: known.message, param: known.param } }, { status: known.status, headers });
  }
  console.error(error);
  return Response.json({ error: { status: 500, code: 'internal', message: 'Internal error; see the server log.' } }, { status: 500 });
}
