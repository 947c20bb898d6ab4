/**
 * Every event in the dataset can be reached from each place it names and from the feed, and each of
 * its quotes opens its article at that quote. That search reaches each one by its summary in either
 * language is proved on the store's index, in lib/store/search.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import { eventPlaceIds } from '@/lib/events/places';
import { openingPassage } from '@/lib/articles/reader';
import type { Dataset } from '@/lib/data/schema';
import { feedEvents, parseFeedFilters } from './feed';
import { placeReports, placeToShow } from './reports';

let ds: Dataset;
beforeAll(async () => {
  ds = await readFixture();
});

describe('every event is reachable', () => {
  it("from each place it names, in that place's panel", () => {
    const places = new Set(ds.places.map((p) => p.id));
    for (const event of ds.events) {
      expect(eventPlaceIds(event).length, event.id).toBeGreaterThan(0);
      for (const place of eventPlaceIds(event)) {
        expect(places.has(place), `${event.id} → ${place}`).toBe(true);
        const { reported, planned } = placeReports(place, ds.events);
        expect([...reported, ...planned].flatMap((g) => g.events.map((e) => e.id)), `${event.id} at ${place}`).toContain(event.id);
      }
    }
  });

  it('from the unfiltered feed, which opens each at a place that has it', () => {
    const primary = new Set(ds.places.filter((p) => p.primary).map((p) => p.id));
    const shown = feedEvents(ds.events, ds.articles.map((a) => a.meta), parseFeedFilters(new URLSearchParams()));
    expect(shown.map((e) => e.id).sort()).toEqual(ds.events.map((e) => e.id).sort());
    for (const event of ds.events) expect(eventPlaceIds(event), event.id).toContain(placeToShow(event, primary));
  });

  it('with each verbatim quote opening its article at that quote', () => {
    const texts = new Map(ds.articles.map((a) => [a.meta.id, a.text]));
    for (const event of ds.events) {
      event.sources.forEach((source, i) => {
        const text = texts.get(source.article)!;
        const span = openingPassage(source.article, text, ds.events, { event: event.id, source: String(i) });
        expect(span && text.slice(...span), `${event.id} source ${i}`).toBe(source.quote);
      });
    }
  });
});
