/**
 * Possible duplicates of a draft's events, read from the store inside the caller's transaction:
 * when the draft is made (what the reviewer is shown), and again when it is accepted, so that an
 * event accepted meanwhile by a parallel accept is not missed. The match itself is the pure rule of
 * lib/ingest/duplicates.ts; this module only finds its candidates.
 *
 * The candidates are one indexed query per drafted event: events of its kind whose dates overlap
 * its own and that name each of its places in the same role (event_places by place, then events
 * by id), so that the cost follows the events at those places, not the archive's size. At most
 * `MAX_CANDIDATES` are compared: a place with more events of one kind on the same days than that
 * is a list to search, not to review.
 */
import type { EventRecord } from '@/lib/data/schema';
import { findDuplicates, placeKeys, type DuplicateMatch } from '@/lib/ingest/duplicates';
import type { DraftEvent } from '@/lib/ingest/draft-file';
import { StoreConflictError } from './errors';
import type { Tx } from './transaction';

export const MAX_CANDIDATES = 200;

/** Stored events that may be `event`: same kind, overlapping dates, the same places in the same roles. */
export async function duplicateCandidates(tx: Tx, event: EventRecord): Promise<EventRecord[]> {
  const keys = placeKeys(event);
  if (keys.length === 0) return [];
  let query = tx
    .selectFrom('events')
    .select(['events.id', 'events.record'])
    .where('events.kind', '=', event.kind)
    .where('events.date_start', '<=', event.date.end)
    .where('events.date_end', '>=', event.date.start);
  for (const key of keys)
    query = query.where('events.id', 'in', (eb) => eb.selectFrom('event_places').select('event_places.event_id').where('event_places.place_id', '=', key.place).where('event_places.role', '=', key.role));
  const rows = await query.orderBy('events.id').limit(MAX_CANDIDATES).execute();
  return rows.map((r) => JSON.parse(r.record) as EventRecord);
}

/** The stored events that `event` may be, with the reasons. */
export async function storedDuplicates(tx: Tx, event: EventRecord): Promise<DuplicateMatch[]> {
  return findDuplicates(event, await duplicateCandidates(tx, event));
}

/** Each drafted event with its possible duplicates (the list only where there are some). */
export async function flagDuplicates(tx: Tx, events: readonly DraftEvent[]): Promise<DraftEvent[]> {
  const flagged: DraftEvent[] = [];
  for (const entry of events) {
    const duplicates = await storedDuplicates(tx, entry.event);
    flagged.push(duplicates.length > 0 ? { ...entry, duplicates } : entry);
  }
  return flagged;
}

/**
 * Refuses (StoreConflictError, before anything is written) an event accepted as new that now has a
 * possible duplicate the reviewer was not shown, unless they marked it "new, not a duplicate".
 */
export async function recheckDuplicates(tx: Tx, draftId: string, entries: readonly DraftEvent[]): Promise<void> {
  for (const entry of entries) {
    if (entry.duplicateChecked) continue;
    const seen = new Set((entry.duplicates ?? []).map((d) => d.event));
    const unseen = (await storedDuplicates(tx, entry.event)).filter((d) => !seen.has(d.event));
    const first = unseen[0];
    if (first)
      throw new StoreConflictError(
        'possible_duplicate',
        `event ${entry.event.id} of draft ${draftId} may be the same as event ${first.event}, stored since the draft was reviewed (${first.reasons.join('; ')}). ` +
          'Nothing was written. Reload the draft: add it as another source of that event, or mark it "new, not a duplicate" and accept again.',
      );
  }
}
