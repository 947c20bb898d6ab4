/** A route's id parameter, checked against the id's schema: a 400 that names it otherwise. */
import type { z } from 'zod';
import { isoDateSchema } from '@/lib/data/schema';
import { ApiError } from './errors';

export async function routeId(params: Promise<{ id: string }>, schema: z.ZodType<string>, what: string): Promise<string> {
  const { id } = await params;
  if (!schema.safeParse(id).success) throw new ApiError(400, 'invalid_parameter', `"${id}" is not ${what}`, 'id');
  return id;
}

/** An optional date parameter, written YYYY-MM-DD: null when absent, a 400 that names it when malformed. */
export function dateParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  if (value !== null && !isoDateSchema.safeParse(value).success) throw new ApiError(400, 'invalid_parameter', `${name}: a date written YYYY-MM-DD`, name);
  return value;
}

/** `limit`: a whole number from 1 to `max`, `fallback` when absent. */
export function limitParam(params: URLSearchParams, fallback: number, max: number): number {
  const raw = params.get('limit');
  const limit = raw === null ? fallback : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw new ApiError(400, 'invalid_parameter', `limit: a whole number from 1 to ${max}`, 'limit');
  return limit;
}
