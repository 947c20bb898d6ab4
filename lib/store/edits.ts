/**
 * Corrections from the interface: an event edited or deleted, a briefing written. Each carries the
 * version it was based on; each keeps the record's id (a correction is the same event, corrected,
 * as in ACLED's living dataset) and leaves a revision with who, when and why.
 */
import type { z } from 'zod';
import { briefingSchema, eventSchema, type Briefing, type EventRecord } from '@/lib/data/schema';
import type { Store } from './connect';
import { StoreNotFoundError } from './errors';
import { stored } from './rows';
import { writeTransaction } from './transaction';
import { applyChange, requestProblems, type ChangeSummary } from './write';

export interface EditOptions {
  author: string;
  /** Why: kept with the revision. */
  note: string;
  /** The version the edit was based on. */
  expectedVersion: number;
  /** The request, for messages: "PUT /api/events/…". */
  origin: string;
}

const originsOf = (origin: string) => ({ places: origin, events: origin, article: () => origin, articleText: () => origin, briefing: () => origin });

/** The record the body holds, or the schema's problems named by the request, the record and the field. */
function parseBody<T>(schema: z.ZodType<T>, body: unknown, id: string, origin: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw requestProblems(origin, id, parsed.error.issues);
  return parsed.data;
}

export async function updateEvent(store: Store, id: string, body: unknown, options: EditOptions): Promise<{ event: EventRecord; version: number; summary: ChangeSummary }> {
  const event = parseBody(eventSchema, body, id, options.origin);
  if (event.id !== id) throw requestProblems(options.origin, id, [{ path: ['id'], message: `is "${event.id}"; a correction keeps the event's id (${id})` }]);
  return writeTransaction(store, async (tx) => {
    if (!(await tx.selectFrom('events').select('id').where('id', '=', id).executeTakeFirst())) throw new StoreNotFoundError('unknown_event', `there is no event ${id}`);
    const summary = await applyChange(tx, { events: [stored(event)] }, { author: options.author, note: options.note, mode: 'upsert', expected: new Map([[`event:${id}`, options.expectedVersion]]), origins: originsOf(options.origin) });
    return { event, version: summary.versions.get(`event:${id}`)!, summary };
  });
}

export async function deleteEvent(store: Store, id: string, options: EditOptions): Promise<ChangeSummary> {
  return writeTransaction(store, (tx) =>
    applyChange(tx, { deleteEvents: [id] }, { author: options.author, note: options.note, mode: 'upsert', expected: new Map([[`event:${id}`, options.expectedVersion]]), origins: originsOf(options.origin) }),
  );
}

/** Writes a briefing, new (`expectedVersion` 0) or replacing the version it was based on. */
export async function putBriefing(store: Store, id: string, body: unknown, options: EditOptions): Promise<{ briefing: Briefing; version: number }> {
  const briefing = parseBody(briefingSchema, body, id, options.origin);
  if (briefing.id !== id) throw requestProblems(options.origin, id, [{ path: ['id'], message: `is "${briefing.id}", not ${id}` }]);
  return writeTransaction(store, async (tx) => {
    const expected = options.expectedVersion === 0 ? undefined : options.expectedVersion;
    const exists = await tx.selectFrom('briefings').select('version').where('id', '=', id).executeTakeFirst();
    const summary = await applyChange(
      tx,
      { briefings: [{ value: briefing, json: JSON.stringify(body) }] },
      {
        author: options.author,
        note: options.note,
        mode: options.expectedVersion === 0 ? 'create' : 'upsert',
        expected: expected === undefined ? undefined : new Map([[`briefing:${id}`, expected]]),
        origins: originsOf(options.origin),
        replaceHint: exists ? `Send If-Match: "${exists.version}" to replace it.` : undefined,
      },
    );
    return { briefing, version: summary.versions.get(`briefing:${id}`)! };
  });
}
