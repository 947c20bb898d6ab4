/**
 * JSON Schema renderings of the data contract, for editors and other tools. They describe each
 * file's shape only: the cross-file rules and the refinements (real dates, precision, parts tiling)
 * are enforced by `npm run validate`.
 */
import { z } from 'zod';
import { articleMetaSchema, briefingSchema, eventsFileSchema, placesFileSchema } from './schema';

export const JSON_SCHEMAS = {
  'places.schema.json': { schema: placesFileSchema, title: 'Sitrep places (data/places.json)' },
  'events.schema.json': { schema: eventsFileSchema, title: 'Sitrep events (data/events.json)' },
  'article.schema.json': { schema: articleMetaSchema, title: 'Sitrep article metadata (data/articles/<id>.json)' },
  'briefing.schema.json': { schema: briefingSchema, title: 'Sitrep briefing (data/briefings/<id>.json)' },
} as const;

export function renderJsonSchema(name: keyof typeof JSON_SCHEMAS): string {
  const { schema, title } = JSON_SCHEMAS[name];
  return JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) }, null, 2) + '\n';
}
