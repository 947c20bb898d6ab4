'use client';

import { useCallback, useMemo, useRef } from 'react';
import useSWRInfinite from 'swr/infinite';
import { fetchJson } from '@/hooks/use-dashboard-data';
import type { EventsResponse } from '@/lib/api/responses';
import type { ArticleMeta, EventRecord } from '@/lib/data/schema';
import { feedPageUrl, matchesNothing, type FeedFilters } from '@/lib/reports/feed';
import type { EventLink } from '@/lib/reports/reports';

/** The page the server rendered, under the URL the browser would have fetched it from. */
export interface FirstPage {
  url: string;
  page: EventsResponse;
}

export interface FeedPages {
  events: EventRecord[];
  links: ReadonlyMap<string, readonly EventLink[]>;
  articles: ReadonlyMap<string, ArticleMeta>;
  /** How many reports pass the filters, in all (null until the first page has come). */
  total: number | null;
  /** More pages after those loaded. */
  more: boolean;
  loading: boolean;
  error: Error | undefined;
  loadMore: () => void;
  retry: () => void;
}

/**
 * The feed's pages for the filters, one cursor after another (GET /api/events). Each set of
 * filters is its own SWR key, so a change starts again at page 1 and Back finds what it had. The
 * server's first page is the SWR fallback; it also answers the first request for its own URL, so
 * that loading page 2 does not fetch page 1 again.
 */
export function useFeedPages(filters: FeedFilters, first: FirstPage): FeedPages {
  const nothing = matchesNothing(filters);
  const getKey = (index: number, previous: EventsResponse | null) => (nothing ? null : index === 0 ? feedPageUrl(filters, null) : previous?.next ? feedPageUrl(filters, previous.next) : null);
  const seed = useRef<FirstPage | null>(first);
  const fetcher = useCallback((url: string) => {
    const seeded = seed.current;
    if (seeded?.url === url) {
      seed.current = null;
      return Promise.resolve(seeded.page);
    }
    return fetchJson<EventsResponse>(url);
  }, []);
  const { data, error, isValidating, size, setSize } = useSWRInfinite<EventsResponse, Error>(getKey, fetcher, {
    // The list is a record to read down, not a live view: it changes only when asked.
    revalidateIfStale: false,
    revalidateOnFocus: false,
    revalidateOnReconnect: false,
    revalidateFirstPage: false,
    // A failed page shows an error row with Retry instead of retrying behind the reader's back.
    shouldRetryOnError: false,
  });

  const pages = useMemo(() => data ?? [], [data]);
  const events = useMemo(() => pages.flatMap((p) => p.items), [pages]);
  const links = useMemo(() => new Map(pages.flatMap((p) => Object.entries(p.links ?? {}))), [pages]);
  const articles = useMemo(() => new Map(pages.flatMap((p) => Object.entries(p.articles ?? {}))), [pages]);
  const last = pages.at(-1);
  const more = !nothing && (last ? last.next !== null : true);
  const loading = !nothing && (isValidating || (!error && pages.length < size));
  return {
    events,
    links,
    articles,
    total: nothing ? 0 : (last?.total ?? null),
    more,
    loading,
    // While a retry runs, the row says it is loading rather than that it failed.
    error: isValidating ? undefined : error,
    loadMore: useCallback(() => void setSize((n) => n + 1), [setSize]),
    // Asks again for the page that failed; the pages before it are kept.
    retry: useCallback(() => void setSize((n) => n), [setSize]),
  };
}
