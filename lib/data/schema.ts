/**
 * The data contract: every file in data/ is validated by these schemas, and every type the app uses
 * for its data is inferred from them. `npm run schema` exports them as JSON Schema to data/schema/.
 *
 * A movement is a claim from a source, not a fact: each event carries a status, the evidence for its
 * date, and verbatim quotes from the stored articles.
 */
import { z } from 'zod';
import { firstOfMonth, isIsoDate, lastOfMonth } from '@/lib/time/date';

// The schemas also run in the browser, under a Content-Security-Policy without eval: zod must not
// compile parsers with `new Function` (even its probe for it is reported as a violation).
z.config({ jitless: true });

export const PRIMARY_PLACE_IDS = ['ain-al-asad', 'al-waleed', 'al-qaim-al-bukamal', 'baghdad', 'erbil', 'kuwait'] as const;
export const PLACE_KINDS = ['air-base', 'airport', 'border-crossing', 'city', 'province', 'country', 'area'] as const;
export const COORDINATE_SOURCES = ['reference', 'gazetteer', 'centroid', 'derived'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'range', 'year'] as const;
export const PART_KINDS = ['main', 'appended', 'furniture'] as const;
export const EVENT_KINDS = [
  'movement', 'withdrawal', 'strike', 'attack', 'handover', 'statement',
  'agreement', 'deadline', 'posture', 'exercise', 'disarmament',
] as const;
export const EVENT_STATUSES = ['reported', 'claimed', 'planned', 'denied', 'confirmed'] as const;
export const RELATION_KINDS = ['denies', 'contradicts', 'updates', 'same-as'] as const;

const text = z.string().trim().min(1, 'must not be empty');
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');
/** A serial number of three or more digits (000, 001, … 1234) and the start of the text's sha256. */
export const articleIdSchema = z.string().regex(/^\d{3,}_[0-9a-f]{16}$/, 'must look like 000_0123456789abcdef');
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isIsoDate, 'is not a real calendar date');
const bilingual = z.strictObject({ en: text, ar: text });

/** [longitude, latitude] in WGS84 degrees. */
export const coordinatesSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const placeSchema = z.strictObject({
  id: idSchema,
  name: bilingual,
  aliases: z.array(text).min(1),
  kind: z.enum(PLACE_KINDS),
  primary: z.boolean(),
  coordinates: coordinatesSchema,
  coordinatesSource: z.strictObject({ kind: z.enum(COORDINATE_SOURCES), detail: text }),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  subsites: z
    .array(z.strictObject({ name: bilingual, coordinates: coordinatesSchema, country: z.string().regex(/^[A-Z]{2}$/) }))
    .optional(),
  note: text.optional(),
});
export const placesFileSchema = z.array(placeSchema);

/**
 * When something happened, and how we know. `day`: start = end. `month`/`year`: the whole calendar
 * month/year. `range`: start < end. `inferred` is true when the date was worked out rather than read.
 */
export const dateClaimSchema = z
  .strictObject({
    start: isoDateSchema,
    end: isoDateSchema,
    precision: z.enum(DATE_PRECISIONS),
    inferred: z.boolean(),
    basis: text,
  })
  .superRefine((d, ctx) => {
    if (!isIsoDate(d.start) || !isIsoDate(d.end)) return;
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['end'] });
    if (d.start > d.end) return fail(`start ${d.start} is after end ${d.end}`);
    if (d.precision === 'day' && d.start !== d.end) fail('a day-precision date has start = end');
    if (d.precision === 'range' && d.start === d.end) fail('a range has start < end; use day precision');
    if (d.precision === 'month' && (d.start !== firstOfMonth(d.start) || d.end !== lastOfMonth(d.start)))
      fail('a month-precision date runs from the first to the last day of one month');
    if (d.precision === 'year' && (d.start !== `${d.start.slice(0, 4)}-01-01` || d.end !== `${d.start.slice(0, 4)}-12-31`))
      fail('a year-precision date runs from 1 January to 31 December of one year');
  });

/** A publication date: `date` is its first day; `end` is given only for a range. */
export const publicationSchema = z
  .strictObject({
    date: isoDateSchema,
    end: isoDateSchema.optional(),
    precision: z.enum(DATE_PRECISIONS),
    inferred: z.boolean(),
    basis: text,
  })
  .superRefine((p, ctx) => {
    if ((p.precision === 'range') !== (p.end !== undefined))
      ctx.addIssue({ code: 'custom', message: 'end is given exactly when precision is range', path: ['end'] });
    if (p.end !== undefined && p.end <= p.date)
      ctx.addIssue({ code: 'custom', message: `end ${p.end} is not after date ${p.date}`, path: ['end'] });
  });

/**
 * A stretch of the stored text, as [start, end) offsets in UTF-16 code units (JavaScript string
 * indices). `appended` marks an unrelated story that the aggregator added; `furniture` marks page
 * chrome (mastheads, related-headline lists, tags, comment forms, footers).
 */
export const articlePartSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(PART_KINDS),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    title: bilingual.optional(),
    outlet: bilingual.optional(),
    published: publicationSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.end <= p.start) ctx.addIssue({ code: 'custom', message: `end ${p.end} is not after start ${p.start}`, path: ['end'] });
    if (p.kind === 'appended' && (!p.title || !p.published))
      ctx.addIssue({ code: 'custom', message: 'an appended story needs its own title and published date', path: ['published'] });
  });

export const articleMetaSchema = z.strictObject({
  id: articleIdSchema,
  outlet: bilingual,
  title: bilingual,
  published: publicationSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex sha256'),
  bytes: z.number().int().positive(),
  parts: z.array(articlePartSchema).min(1),
});

export const sourceSchema = z.strictObject({
  article: articleIdSchema,
  quote: z.string().min(1, 'must not be empty'),
  translation: text,
});

/**
 * How exactly a place is known, as ACLED codes it: 1 the place itself, 2 near it or a part of a
 * region, 3 only the region (a province, a country).
 */
export const GEO_PRECISIONS = [1, 2, 3] as const;
export const geoPrecisionSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const relationSchema = z.strictObject({ kind: z.enum(RELATION_KINDS), event: idSchema });

export const eventSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(EVENT_KINDS),
    status: z.enum(EVENT_STATUSES),
    actor: bilingual,
    from: idSchema.optional(),
    via: z.array(idSchema).optional(),
    to: idSchema.optional(),
    place: idSchema.optional(),
    date: dateClaimSchema,
    summary: bilingual,
    sources: z.array(sourceSchema).min(1),
    relations: z.array(relationSchema),
    strength: z
      .strictObject({ count: z.number().int().positive(), unit: text, approximate: z.boolean().optional() })
      .optional(),
    /** The geo precision of each place the event names (see GEO_PRECISIONS). */
    geoPrecision: z
      .strictObject({ place: geoPrecisionSchema.optional(), from: geoPrecisionSchema.optional(), to: geoPrecisionSchema.optional() })
      .optional(),
    note: text.optional(),
  })
  .superRefine((e, ctx) => {
    const need = (field: 'from' | 'to' | 'place', message: string) => ctx.addIssue({ code: 'custom', message, path: [field] });
    if (e.kind === 'movement') {
      if (!e.from) need('from', 'a movement needs a from place');
      if (!e.to) need('to', 'a movement needs a to place');
      if (e.place) need('place', 'a movement has from/to, not place');
    } else {
      if (!e.place) need('place', `a ${e.kind} event needs a place`);
      if (e.from || e.to || e.via) need('from', `a ${e.kind} event has a place, not from/via/to`);
    }
  });
export const eventsFileSchema = z.array(eventSchema);

/**
 * Where a briefing step points the map: a centre and zoom (and a bearing, 0 = north up), or "fit
 * these places" (with padding in pixels around them).
 */
export const cameraSchema = z.union([
  z.strictObject({
    center: coordinatesSchema,
    zoom: z.number().min(0).max(20),
    bearing: z.number().min(-180).max(180).optional(),
  }),
  z.strictObject({ fit: z.array(idSchema).min(1), padding: z.number().int().min(0).max(400).optional() }),
]);

/**
 * One step of a briefing: the map's date (a day, or a range the map shows at its end), the camera,
 * what to highlight, a caption in both languages that cites its events, optional speaker notes, and
 * how long an unattended screen dwells on it.
 */
export const briefingStepSchema = z
  .strictObject({
    date: z.strictObject({ start: isoDateSchema, end: isoDateSchema.optional() }),
    camera: cameraSchema,
    highlight: z.strictObject({ places: z.array(idSchema).default([]), events: z.array(idSchema).default([]) }),
    caption: bilingual,
    cites: z.array(idSchema).min(1, 'a caption cites at least one event'),
    notes: z.strictObject({ en: text.optional(), ar: text.optional() }).optional(),
    dwell: z.number().min(2).max(600).optional(),
  })
  .superRefine((step, ctx) => {
    if (step.date.end !== undefined && step.date.end < step.date.start)
      ctx.addIssue({ code: 'custom', message: `end ${step.date.end} is before start ${step.date.start}`, path: ['date', 'end'] });
  });

/** A narrative to present: data/briefings/<id>.json. */
export const briefingSchema = z.strictObject({
  id: idSchema,
  title: bilingual,
  summary: bilingual.optional(),
  steps: z.array(briefingStepSchema).min(1, 'a briefing has at least one step'),
});

export type Place = z.infer<typeof placeSchema>;
export type DateClaim = z.infer<typeof dateClaimSchema>;
export type Publication = z.infer<typeof publicationSchema>;
export type ArticlePart = z.infer<typeof articlePartSchema>;
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type GeoPrecision = z.infer<typeof geoPrecisionSchema>;
export type EventSource = z.infer<typeof sourceSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type EventKind = EventRecord['kind'];
export type EventStatus = EventRecord['status'];
export type Camera = z.infer<typeof cameraSchema>;
export type BriefingStep = z.infer<typeof briefingStepSchema>;
export type Briefing = z.infer<typeof briefingSchema>;

export interface Article {
  meta: ArticleMeta;
  text: string;
}

export interface Dataset {
  places: Place[];
  events: EventRecord[];
  articles: Article[];
  briefings: Briefing[];
}
