/**
 * A place's reports as the sidebar shows them: grouped by event date, oldest first, with what was
 * reported as done kept apart from plans and deadlines; and the links between events (a denial and
 * what it denies, a contradiction, an update), readable from both ends.
 */
import { eventPlaceIds } from '@/lib/events/places';
import type { EventRecord } from '@/lib/data/schema';
import { DAY_MS, toUtcMs } from '@/lib/time/date';

export interface DateGroup {
  /** start/end/precision: events with the same date claim share a group. */
  key: string;
  date: EventRecord['date'];
  events: EventRecord[];
}

export interface PlaceReports {
  /** What was reported, claimed, confirmed or denied as having happened. */
  reported: DateGroup[];
  /** Plans and deadlines: what is meant to happen. */
  planned: DateGroup[];
}

const isPlan = (e: EventRecord) => e.status === 'planned' || e.kind === 'deadline';

function groups(events: readonly EventRecord[]): DateGroup[] {
  const byKey = new Map<string, DateGroup>();
  for (const e of events) {
    const key = `${e.date.start}/${e.date.end}/${e.date.precision}`;
    const group = byKey.get(key) ?? { key, date: e.date, events: [] };
    group.events.push(e);
    byKey.set(key, group);
  }
  return [...byKey.values()].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end));
}

export function placeReports(placeId: string, events: readonly EventRecord[]): PlaceReports {
  const here = events.filter((e) => eventPlaceIds(e).includes(placeId));
  return { reported: groups(here.filter((e) => !isPlan(e))), planned: groups(here.filter(isPlan)) };
}

/**
 * The place whose panel shows an event when it is opened from elsewhere (search, the feed): its own
 * place, or where a movement ends, starts or passes, primary places first; else the first it names.
 */
export function placeToShow(event: EventRecord, primary: ReadonlySet<string>): string | null {
  const candidates = [event.place, event.to, event.from, ...(event.via ?? [])].filter((p): p is string => p !== undefined);
  return candidates.find((p) => primary.has(p)) ?? candidates[0] ?? null;
}

/** True when the timeline's time falls within the group's dates. */
export function groupCovers(group: DateGroup, t: number): boolean {
  return toUtcMs(group.date.start) <= t && t < toUtcMs(group.date.end) + DAY_MS;
}

export type LinkKind = 'denied-by' | 'denies' | 'contradicted-by' | 'contradicts' | 'updated-by' | 'updates' | 'same-as';

/** A relation read from each end: from the event that states it, and from the event it is about. */
export const LINK_KINDS: Readonly<Record<EventRecord['relations'][number]['kind'], readonly [forward: LinkKind, backward: LinkKind]>> = {
  denies: ['denies', 'denied-by'],
  contradicts: ['contradicts', 'contradicted-by'],
  updates: ['updates', 'updated-by'],
  'same-as': ['same-as', 'same-as'],
};

export interface EventLink {
  kind: LinkKind;
  event: EventRecord;
}

/** Every event's links, both ways: a denial lists what it denies, and the denied claim its denial. */
export function eventLinks(events: readonly EventRecord[]): Map<string, EventLink[]> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const links = new Map<string, EventLink[]>();
  const add = (id: string, link: EventLink) => links.set(id, [...(links.get(id) ?? []), link]);
  for (const e of events) {
    for (const r of e.relations) {
      const other = byId.get(r.event);
      if (!other) continue;
      const [forward, backward] = LINK_KINDS[r.kind];
      add(e.id, { kind: forward, event: other });
      add(other.id, { kind: backward, event: e });
    }
  }
  return links;
}
