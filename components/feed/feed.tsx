'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { ReportItem } from '@/components/reports/report-item';
import { useI18n } from '@/components/i18n/locale-provider';
import { PageNav } from '@/components/i18n/page-nav';
import { ExportReports } from '@/components/reports/export-reports';
import { eventPlaceIds } from '@/lib/events/places';
import { EVENT_KINDS, EVENT_STATUSES, type ArticleMeta, type EventRecord, type Place } from '@/lib/data/schema';
import { FEED_KEYS, feedEvents, parseFeedFilters } from '@/lib/reports/feed';
import { eventLinks, placeToShow } from '@/lib/reports/reports';

interface FeedProps {
  places: readonly Place[];
  events: readonly EventRecord[];
  articles: readonly ArticleMeta[];
}

/** Every report in time order, filtered by place, kind, status, outlet and dates; the filters are the URL. */
export function Feed({ places, events, articles }: FeedProps) {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const { locale, m, f, href } = useI18n();
  const filters = useMemo(() => parseFeedFilters(new URLSearchParams(search.toString())), [search]);
  const shown = useMemo(() => feedEvents(events, articles, filters), [events, articles, filters]);
  const links = useMemo(() => eventLinks(events), [events]);
  const articlesById = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const named = useMemo(() => {
    const ids = new Set(events.flatMap(eventPlaceIds));
    return places.filter((p) => ids.has(p.id));
  }, [places, events]);
  const outlets = useMemo(() => {
    const byKey = new Map(articles.map((a) => [a.outlet.en, a.outlet]));
    return [...byKey.keys()].sort().map((key) => [key, byKey.get(key)![locale]] as const);
  }, [articles, locale]);
  const primary = useMemo(() => new Set(places.filter((p) => p.primary).map((p) => p.id)), [places]);
  const placeOf = (e: EventRecord) => placeToShow(e, primary) ?? '';

  const set = (key: (typeof FEED_KEYS)[number], value: string) => {
    const next = new URLSearchParams(search.toString());
    if (value) next.set(key, value);
    else next.delete(key);
    router.replace(next.size > 0 ? `${pathname}?${next}` : pathname, { scroll: false });
  };
  const select = (key: (typeof FEED_KEYS)[number], label: string, options: readonly (readonly [string, string])[]) => (
    <label>
      {label}{' '}
      <select value={filters[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
        <option value="">{m.feed.all}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <main className="feed">
      <PageNav />
      <h1>{m.feed.title}</h1>
      <form className="feed-filters" aria-label={m.feed.filters} onSubmit={(e) => e.preventDefault()}>
        {select('place', m.feed.place, named.map((p) => [p.id, p.name[locale]] as const))}
        {select('kind', m.feed.kind, EVENT_KINDS.map((k) => [k, m.kind[k]] as const))}
        {select('status', m.feed.status, EVENT_STATUSES.map((s) => [s, m.status[s]] as const))}
        {select('outlet', m.feed.outlet, outlets)}
        <label>
          {m.feed.from} <input type="date" value={filters.from ?? ''} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          {m.feed.to} <input type="date" value={filters.to ?? ''} onChange={(e) => set('to', e.target.value)} />
        </label>
        <button type="button" onClick={() => router.replace(href(pathname), { scroll: false })} disabled={FEED_KEYS.every((key) => !search.has(key))}>
          {m.feed.clear}
        </button>
      </form>
      <p className="feed-summary">
        <span role="status" className="feed-count">
          {m.feed.count(f.number(shown.length), f.number(events.length))}
        </span>{' '}
        <ExportReports events={shown} places={places} name="sitrep-reports" />
      </p>
      {shown.length === 0 ? (
        <p>{m.feed.none}</p>
      ) : (
        <ol className="feed-list">
          {shown.map((e) => (
            <li key={e.id}>
              <ReportItem
                event={e}
                placeId={placeOf(e)}
                links={links.get(e.id) ?? []}
                articles={articlesById}
                onSelect={(chosen) => router.push(href(`/?place=${encodeURIComponent(placeOf(chosen))}&t=${chosen.date.start}`))}
              />
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
