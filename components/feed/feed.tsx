'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { ReportItem } from '@/components/reports/report-item';
import { eventsToCsv } from '@/lib/api/events-csv';
import { eventFeatureCollection } from '@/lib/geo/event-features';
import { eventPlaceIds } from '@/lib/api/events-query';
import { EVENT_KINDS, EVENT_STATUSES, type ArticleMeta, type EventRecord, type Place } from '@/lib/data/schema';
import { STATUS_STYLES } from '@/lib/map/status-style';
import { FEED_KEYS, feedEvents, parseFeedFilters } from '@/lib/reports/feed';
import { eventLinks, primaryPlaceOf } from '@/lib/reports/reports';

interface FeedProps {
  places: readonly Place[];
  events: readonly EventRecord[];
  articles: readonly ArticleMeta[];
}

/** Hands a file to the browser to save, without a round trip to the server. */
function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** Every report in time order, filtered by place, kind, status, outlet and dates; the filters are the URL. */
export function Feed({ places, events, articles }: FeedProps) {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = useMemo(() => parseFeedFilters(new URLSearchParams(search.toString())), [search]);
  const shown = useMemo(() => feedEvents(events, articles, filters), [events, articles, filters]);
  const links = useMemo(() => eventLinks(events), [events]);
  const articlesById = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const named = useMemo(() => {
    const ids = new Set(events.flatMap(eventPlaceIds));
    return places.filter((p) => ids.has(p.id));
  }, [places, events]);
  const outlets = useMemo(() => [...new Set(articles.map((a) => a.outlet.en))].sort(), [articles]);
  const primary = useMemo(() => new Set(places.filter((p) => p.primary).map((p) => p.id)), [places]);
  const placeOf = (e: EventRecord) => primaryPlaceOf(e, primary) ?? eventPlaceIds(e)[0] ?? '';

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
        <option value="">All</option>
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
      <p>
        <Link href="/">← Back to the map</Link>
      </p>
      <h1>All reports</h1>
      <form className="feed-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        {select('place', 'Place', named.map((p) => [p.id, p.name.en] as const))}
        {select('kind', 'Kind', EVENT_KINDS.map((k) => [k, k] as const))}
        {select('status', 'Status', EVENT_STATUSES.map((s) => [s, STATUS_STYLES[s].label] as const))}
        {select('outlet', 'Outlet', outlets.map((o) => [o, o] as const))}
        <label>
          From <input type="date" value={filters.from ?? ''} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          To <input type="date" value={filters.to ?? ''} onChange={(e) => set('to', e.target.value)} />
        </label>
        <button type="button" onClick={() => router.replace(pathname, { scroll: false })} disabled={search.size === 0}>
          Clear filters
        </button>
      </form>
      <p className="feed-summary">
        <span role="status" className="feed-count">
          {shown.length} of {events.length} reports
        </span>{' '}
        <button type="button" disabled={shown.length === 0} onClick={() => download('sitrep-reports.csv', 'text/csv;charset=utf-8', eventsToCsv(shown))}>
          Export CSV
        </button>{' '}
        <button
          type="button"
          disabled={shown.length === 0}
          onClick={() => download('sitrep-reports.geojson', 'application/geo+json', JSON.stringify(eventFeatureCollection(shown, places), null, 2))}
        >
          Export GeoJSON
        </button>
      </p>
      {shown.length === 0 ? (
        <p>No report matches these filters.</p>
      ) : (
        <ol className="feed-list">
          {shown.map((e) => (
            <li key={e.id}>
              <ReportItem
                event={e}
                placeId={placeOf(e)}
                links={links.get(e.id) ?? []}
                articles={articlesById}
                onSelect={(chosen) => router.push(`/?place=${encodeURIComponent(placeOf(chosen))}&t=${chosen.date.start}`)}
              />
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
