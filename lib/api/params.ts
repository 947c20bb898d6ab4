/** A route's id parameter, checked against the id's schema: a 400 that names it otherwise. */
import type { z } from 'zod';
import { ApiError } from './errors';

export async function routeId(params: Promise<{ id: string }>, schema: z.ZodType<string>, what: string): Promise<string> {
  const { id } = await params;
  if (!schema.safeParse(id).success) throw new ApiError(400, 'invalid_parameter', `"${id}" is not ${what}`, 'id');
  return id;
}
