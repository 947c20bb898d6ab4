/** What a briefing's pages read, on SQLite and PostgreSQL: the named events, each step's sources, and the events added since it opened. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Briefing } from '@/lib/data/schema';
import { readFixture } from '@/lib/testing/fixture';
import { reviewedDrafts } from '@/lib/testing/drafts';
import { removeStores, seededStore, testDialects } from '@/lib/testing/stores';
import { briefingContext, readBriefing, readBriefings } from './briefings';
import { acceptDraft } from './drafts';

afterEach(removeStores);

const CONVOY = 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02';

describe.each(testDialects())('briefing context (%s)', (dialect) => {
  it('gives the events the steps name, their articles, and for each step the outlets behind what its date shows', async () => {
    const [{ store }, ds] = await Promise.all([seededStore(dialect), readFixture()]);
    expect((await readBriefings(store)).map((b) => b.id)).toEqual(ds.briefings.map((b) => b.id).sort());
    const briefing = (await readBriefing(store, 'coalition-drawdown'))!.briefing as Briefing;
    const context = await briefingContext(store, briefing);
    const named = new Set(briefing.steps.flatMap((s) => [...s.cites, ...s.highlight.events]));
    expect(new Set(context.events.map((e) => e.id))).toEqual(named);
    const cited = new Set(context.events.flatMap((e) => e.sources.map((s) => s.article)));
    expect(new Set(context.articles.map((a) => a.id))).toEqual(cited);
    expect(context.steps).toHaveLength(briefing.steps.length);
    const at = briefing.steps.findIndex((s) => s.cites.includes(CONVOY));
    const sources = context.steps[at]!;
    expect(sources.articles.map((a) => a.outlet.en)).toContain('Baghdad Today');
    expect(sources.articles.map((a) => a.published.date)).toEqual([...sources.articles.map((a) => a.published.date)].sort());
    // Every article an event of the step's day cites is counted, as well as the step's own.
    const step = briefing.steps[at]!;
    const day = step.date.end ?? step.date.start;
    const own = new Set([...step.cites, ...step.highlight.events]);
    const expected = new Set(ds.events.filter((e) => (e.date.start <= day && day <= e.date.end) || own.has(e.id)).flatMap((e) => e.sources.map((s) => s.article)));
    expect(sources.total).toBe(expected.size);
    expect(new Set(sources.articles.map((a) => a.id))).toEqual(expected);
    expect(context.fresh).toEqual([]);
  });

  it('lists the events accepted after its mark as new, and none before', async () => {
    const { store } = await seededStore(dialect);
    const briefing = (await readBriefing(store, 'coalition-drawdown'))!.briefing;
    const { mark } = await briefingContext(store, briefing);
    expect((await briefingContext(store, briefing, mark)).fresh).toEqual([]);
    const [draft] = await reviewedDrafts(store, 1);
    await acceptDraft(store, draft!, { author: 'Analyst' });
    const later = await briefingContext(store, briefing, mark);
    expect(later.fresh).toHaveLength(1);
    expect(later.fresh[0]!.id).toMatch(/-copy-0$/);
    expect(later.mark).toBeGreaterThan(mark);
    expect((await briefingContext(store, briefing, later.mark)).fresh).toEqual([]);
  });
});
