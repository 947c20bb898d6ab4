/**
 * What every state-changing route asks of a request: that this server writes at all, a JSON body
 * of a sensible size, the writer's name, and (for an edit) the version it was based on, as
 * `If-Match: "3"` with the ETag the record was read with.
 */
import { ApiError } from './errors';

/** Whether this server may write: in development, or when started with SITREP_EDIT=1. */
export const canEdit = () => process.env.NODE_ENV === 'development' || process.env.SITREP_EDIT === '1';

export function requireWriter(): void {
  if (!canEdit()) throw new ApiError(403, 'read_only', 'This server does not write: run it in development or with SITREP_EDIT=1.');
}

/** An article of 1 MB, as JSON with its escapes, fits; nothing larger is read. */
export const MAX_BODY_BYTES = 4_000_000;

export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  if (type && !/^application\/json\b/i.test(type)) throw new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) throw new ApiError(413, 'body_too_large', `the body is ${length} bytes; at most ${MAX_BODY_BYTES} are read`);
  const text = await request.text();
  if (Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES) throw new ApiError(413, 'body_too_large', `the body is larger than ${MAX_BODY_BYTES} bytes`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_body', 'the body is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, 'invalid_body', 'the body is not a JSON object');
  return body as Record<string, unknown>;
}

/** The writer's name, as the page asked for it (accounts come later): kept with the revision. */
export function authorOf(body: Record<string, unknown>): string {
  const author = typeof body.author === 'string' ? body.author.trim() : '';
  if (!author) throw new ApiError(400, 'author_required', 'say who is writing: "author" is your name, as it will stand in the history', 'author');
  if (author.length > 100) throw new ApiError(400, 'invalid_parameter', 'author: at most 100 characters', 'author');
  return author;
}

/** The note that says why, optional; at most 2,000 characters. */
export function noteOf(body: Record<string, unknown>, fallback: string): string {
  if (body.note === undefined || body.note === null || body.note === '') return fallback;
  if (typeof body.note !== 'string' || body.note.length > 2000) throw new ApiError(400, 'invalid_parameter', 'note: a text of at most 2,000 characters', 'note');
  return body.note.trim() || fallback;
}

/** The version an edit is based on, from `If-Match: "3"`; required (428 without it). */
export function ifMatchVersion(request: Request): number {
  const header = request.headers.get('if-match');
  if (!header) throw new ApiError(428, 'if_match_required', 'send If-Match with the ETag the record was read with, so that an edit never overwrites one made since');
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match) throw new ApiError(400, 'invalid_parameter', 'If-Match: an ETag such as "3"', 'If-Match');
  return Number(match[1]);
}

/** The version a write may be based on, from `If-Match: "3"`, where it is optional: none when absent or not a version. */
export function optionalIfMatchVersion(request: Request): number | undefined {
  const match = /^"(\d+)"$/.exec(request.headers.get('if-match') ?? '');
  return match ? Number(match[1]) : undefined;
}

export const etag = (version: number) => `"${version}"`;
