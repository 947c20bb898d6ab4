'use client';

import { useCallback, useMemo, useRef } from 'react';
import useSWRInfinite from 'swr/infinite';
import type { EventsResponse } from '@/lib/api/responses';
import type { ArticleMeta, EventRecord } from '@/lib/data/schema';
import type { EventLink } from '@/lib/reports/reports';
import { fetchJson } from './use-dashboard-data';

/** A page the server rendered, under the URL the browser would have fetched it from. */
export interface FirstPage {
  url: string;
  page: EventsResponse;
}

export interface EventPages {
  events: EventRecord[];
  links: ReadonlyMap<string, readonly EventLink[]>;
  articles: ReadonlyMap<string, ArticleMeta>;
  /** How many outlets report each event loaded that more than one reports. */
  outlets: ReadonlyMap<string, number>;
  /** How many times each corrected event loaded has been corrected. */
  edits: Readonly<Record<string, number>>;
  /** How many events the whole list holds (null until the first page has come). */
  total: number | null;
  /** More pages after those loaded. */
  more: boolean;
  loading: boolean;
  error: Error | undefined;
  loadMore: () => void;
  retry: () => void;
  /** Fetches every loaded page again (after a correction). */
  refresh: () => void;
}

/**
 * A list of events from GET /api/events, one cursor after another: `pageUrl(cursor)` is the URL of
 * a page (null: the list is empty without asking). Each list is its own SWR key, so a change of
 * filters starts again at page 1 and Back finds what it had. A page the server rendered answers the
 * first request for its own URL, so the browser does not fetch it again. The feed and a place's
 * panel read their lists through it.
 */
export function useEventPages(pageUrl: ((cursor: string | null) => string) | null, first?: FirstPage | null): EventPages {
  const getKey = (index: number, previous: EventsResponse | null) => (!pageUrl ? null : index === 0 ? pageUrl(null) : previous?.next ? pageUrl(previous.next) : null);
  const seed = useRef<FirstPage | null>(first ?? null);
  const fetcher = useCallback((url: string) => {
    const seeded = seed.current;
    if (seeded?.url === url) {
      seed.current = null;
      return Promise.resolve(seeded.page);
    }
    return fetchJson<EventsResponse>(url);
  }, []);
  const { data, error, isValidating, size, setSize, mutate } = useSWRInfinite<EventsResponse, Error>(getKey, fetcher, {
    // A list is a record to read down, not a live view: it changes only when asked.
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
  const outlets = useMemo(() => new Map(pages.flatMap((p) => Object.entries(p.outlets ?? {}))), [pages]);
  const edits = useMemo(() => Object.assign({}, ...pages.map((p) => p.edits)) as Record<string, number>, [pages]);
  const last = pages.at(-1);
  const nothing = !pageUrl;
  const total = nothing ? 0 : (last?.total ?? null);
  const more = !nothing && (last ? last.next !== null : true);
  const loading = !nothing && (isValidating || (!error && pages.length < size));
  // While a retry runs, the row says it is loading rather than that it failed.
  const shownError = isValidating ? undefined : error;
  const loadMore = useCallback(() => void setSize((n) => n + 1), [setSize]);
  // Asks again for the page that failed; the pages before it are kept.
  const retry = useCallback(() => void setSize((n) => n), [setSize]);
  const refresh = useCallback(() => void mutate(), [mutate]);
  return useMemo(
    () => ({ events, links, articles, outlets, edits, total, more, loading, error: shownError, loadMore, retry, refresh }),
    [events, links, articles, outlets, edits, total, more, loading, shownError, loadMore, retry, refresh],
  );
}
