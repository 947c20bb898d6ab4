/**
 * The query of GET /api/events: parsed from URL parameters with zod, then applied as a pure filter.
 * Unknown parameters are ignored; a known one given twice, or with a bad value, is a 400.
 */
import { z } from 'zod';
import { EVENT_KINDS, EVENT_STATUSES, idSchema, isoDateSchema, type Dataset, type EventRecord } from '@/lib/data/schema';
import { rangesOverlap } from '@/lib/time/date';
import { eventPlaceIds } from '@/lib/events/places';
import { ApiError } from './errors';

export const EVENT_FORMATS = ['json', 'geojson', 'csv'] as const;
const MAX_PARAM_LENGTH = 200;

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values, { error: `must be a comma-separated list of: ${values.join(', ')}` })).min(1, 'must not be empty'));

export const eventsQuerySchema = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    place: idSchema.optional(),
    status: list(EVENT_STATUSES).optional(),
    kind: list(EVENT_KINDS).optional(),
    format: z.enum(EVENT_FORMATS, { error: `must be one of: ${EVENT_FORMATS.join(', ')}` }).default('json'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

export type EventsQuery = z.infer<typeof eventsQuerySchema>;

const KNOWN = ['from', 'to', 'place', 'status', 'kind', 'format'] as const;

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

/** The events that match a query, in dataset order. Throws a 404 ApiError for an unknown place. */
export function filterEvents(dataset: Dataset, query: EventsQuery): EventRecord[] {
  if (query.place && !dataset.places.some((p) => p.id === query.place))
    throw new ApiError(404, 'unknown_place', `no place has the id "${query.place}"`, 'place');
  const from = query.from ?? '0000-01-01';
  const to = query.to ?? '9999-12-31';
  return dataset.events.filter(
    (e) =>
      rangesOverlap(e.date.start, e.date.end, from, to) &&
      (!query.place || eventPlaceIds(e).includes(query.place)) &&
      (!query.status || query.status.includes(e.status)) &&
      (!query.kind || query.kind.includes(e.kind)),
  );
}
