/** The places an event touches, for every filter, map and list that asks "is this event here?". */
import type { EventRecord } from '@/lib/data/schema';

type Placed = Pick<EventRecord, 'place' | 'from' | 'via' | 'to'>;

/** Every place an event touches: its place, or its from, via and to. */
export function eventPlaceIds(event: Placed): string[] {
  return [event.place, event.from, ...(event.via ?? []), event.to].filter((id): id is string => id !== undefined);
}

/** True when the event touches the place. */
export const touchesPlace = (event: Placed, placeId: string): boolean => eventPlaceIds(event).includes(placeId);
