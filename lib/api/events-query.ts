/**
 * The query of GET /api/events: parsed from URL parameters with zod, then run by the store (lists.ts).
 * Unknown parameters are ignored; a known one given twice, or with a bad value, is a 400. JSON is one
 * page at a time (`limit`, `cursor`); CSV and GeoJSON stream every event that passes the filter.
 */
import { z } from 'zod';
import { EVENT_KINDS, EVENT_STATUSES, idSchema, isoDateSchema, articleIdSchema } from '@/lib/data/schema';
import { MAX_PAGE, decodeCursor, type EventFilter } from '@/lib/store/lists';
import { ApiError } from './errors';

export const EVENT_FORMATS = ['json', 'geojson', 'csv'] as const;
const MAX_PARAM_LENGTH = 200;
export const DEFAULT_PAGE = 50;

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values, { error: `must be a comma-separated list of: ${values.join(', ')}` })).min(1, 'must not be empty'));

export const eventsQuerySchema = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    on: isoDateSchema.optional(),
    place: idSchema.optional(),
    status: list(EVENT_STATUSES).optional(),
    kind: list(EVENT_KINDS).optional(),
    outlet: z.string().min(1, 'must not be empty').optional(),
    article: articleIdSchema.optional(),
    plans: z.enum(['only', 'exclude'], { error: 'must be only or exclude' }).optional(),
    format: z.enum(EVENT_FORMATS, { error: `must be one of: ${EVENT_FORMATS.join(', ')}` }).default('json'),
    limit: z
      .string()
      .regex(/^\d+$/, `must be a whole number from 1 to ${MAX_PAGE}`)
      .transform(Number)
      .refine((n) => n >= 1 && n <= MAX_PAGE, `must be a whole number from 1 to ${MAX_PAGE}`)
      .optional(),
    cursor: z.string().refine((c) => decodeCursor(c) !== null, 'is not a cursor this API gave').optional(),
    links: z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional(),
    articles: z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

export type EventsQuery = z.infer<typeof eventsQuerySchema>;

const KNOWN = ['from', 'to', 'on', 'place', 'status', 'kind', 'outlet', 'article', 'plans', 'format', 'limit', 'cursor', 'links', 'articles'] as const;

export function parseEventsQuery(params: URLSearchParams): EventsQuery {
  const raw: Record<string, string> = {};
  for (const key of KNOWN) {
    const values = params.getAll(key);
    if (values.length > 1) throw new ApiError(400, 'repeated_parameter', `${key} is given ${values.length} times; give it once`, key);
    const value = values[0];
    if (value === undefined) continue;
    if (value.length > MAX_PARAM_LENGTH) throw new ApiError(400, 'invalid_parameter', `${key} is longer than ${MAX_PARAM_LENGTH} characters`, key);
    raw[key] = value;
  }
  const parsed = eventsQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const param = String(issue.path[0] ?? '');
    throw new ApiError(400, 'invalid_parameter', `${param}: ${issue.message}`, param);
  }
  return parsed.data;
}

/** The store's filter for a query. */
export const eventFilter = (q: EventsQuery): EventFilter => ({
  from: q.from,
  to: q.to,
  activeOn: q.on,
  place: q.place,
  status: q.status,
  kind: q.kind,
  outlet: q.outlet,
  article: q.article,
  plans: q.plans,
});
