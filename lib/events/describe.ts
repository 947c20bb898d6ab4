/**
 * Events in words, for tooltips, accessible names and plain lists: what moved, between which places,
 * when (with how precise that date is and whether it was worked out), what the source claims, and
 * what a place's latest event makes of it at a date.
 */
import type { DateClaim, EventRecord, Place } from '@/lib/data/schema';
import type { Formats } from '@/lib/i18n/format';
import { ENGLISH, type Messages, type Words } from '@/lib/i18n/messages';
import type { PlaceState } from '@/lib/time/place-state';

/** "2 Oct 2024 (to the day, inferred)". */
export function describeDate(date: DateClaim, { m, f }: Words = ENGLISH): string {
  return `${f.dateClaim(date)} (${m.precisionLong[date.precision]}${date.inferred ? `${m.listJoin}${m.inferred}` : ''})`;
}

export interface MovementDescription {
  id: string;
  status: EventRecord['status'];
  /** The event's one-line summary, which says what moved. */
  what: EventRecord['summary'];
  from: Place;
  via: Place[];
  to: Place;
  date: DateClaim;
  /** The statements that deny this movement, each with its own date. */
  deniedBy: { id: string; summary: EventRecord['summary']; date: DateClaim }[];
}

export function describeMovement(event: EventRecord, placesById: ReadonlyMap<string, Place>, events: readonly EventRecord[]): MovementDescription {
  return describeMovementDenied(event, placesById, events.filter((e) => e.relations.some((r) => r.kind === 'denies' && r.event === event.id)));
}

/** The same, given the statements that deny it (as the API's links give them). */
export function describeMovementDenied(event: EventRecord, placesById: ReadonlyMap<string, Place>, denials: readonly EventRecord[]): MovementDescription {
  if (event.kind !== 'movement') throw new TypeError(`${event.id} is a ${event.kind}, not a movement`);
  const place = (id: string | undefined) => {
    const found = id === undefined ? undefined : placesById.get(id);
    if (!found) throw new Error(`movement ${event.id} refers to unknown place ${id}`);
    return found;
  };
  return {
    id: event.id,
    status: event.status,
    what: event.summary,
    from: place(event.from),
    via: (event.via ?? []).map(place),
    to: place(event.to),
    date: event.date,
    deniedBy: denials.map((e) => ({ id: e.id, summary: e.summary, date: e.date })),
  };
}

/** One line for a screen reader or a list: "Planned movement, Ain al-Asad to Erbil, during September 2025". */
export function movementLabel(d: MovementDescription, { locale, m, f }: Words = ENGLISH): string {
  const route = [d.from, ...d.via, d.to].map((p) => p.name[locale]).join(m.routeJoin);
  return m.movementLabel(m.status[d.status], route, f.dateClaim(d.date));
}

/** A place's state at a date (lib/time/place-state.ts) in a few words of the interface's language: "arrival reported". */
export function describePlaceState(state: PlaceState, m: Messages, f: Formats): string {
  const what = state.role === 'arrival' || state.role === 'departure' || state.role === 'passage' ? m.placeState.role[state.role] : m.kind[state.role];
  switch (state.status) {
    case 'planned': {
      const deadline = f.monthYear(state.deadlineMs - 1);
      return state.overdue ? m.placeState.overdue(what, deadline) : m.placeState.planned(what, deadline);
    }
    case 'denied':
      return m.placeState.denied(what);
    default:
      return m.placeState.happened(what, state.status);
  }
}
