import { DataValidationError } from '@/lib/data/errors';

/** A request the API refuses, with the HTTP status and a stable machine-readable code. */
export class ApiError extends Error {
  readonly status: 400 | 403 | 404 | 422;
  readonly code: string;
  readonly param?: string;

  constructor(status: 400 | 403 | 404 | 422, code: string, message: string, param?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.param = param;
  }
}

/** The JSON body and status for any error thrown while answering; never a stack trace. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) {
    return Response.json({ error: { status: error.status, code: error.code, message: error.message, param: error.param } }, { status: error.status });
  }
  if (error instanceof DataValidationError) {
    console.error(error.message);
    const message = `The server's data is invalid: ${error.problems[0]?.message ?? 'see the server log'}`;
    return Response.json({ error: { status: 503, code: 'data_invalid', message } }, { status: 503 });
  }
  console.error(error);
  return Response.json({ error: { status: 500, code: 'internal', message: 'Internal error; see the server log.' } }, { status: 500 });
}
