'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { parseDashboardParams, withParams } from '@/lib/url/dashboard-params';

type Changes = Parameters<typeof withParams>[1];

/** The URL is the selection: this hook reads it, and is the one place that writes it. */
export function useDashboardParams(placeIds: readonly string[]) {
  const nextSearch = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  // The query as this page last saw it: from Next's router, from our own History API writes, and
  // from Back and Forward (popstate), which Next does not report for entries it did not make.
  const [query, setQuery] = useState(() => nextSearch.toString());
  useEffect(() => setQuery(nextSearch.toString()), [nextSearch]);
  useEffect(() => {
    const onPopState = () => setQuery(window.location.search.replace(/^\?/, ''));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const parsed = useMemo(() => parseDashboardParams(new URLSearchParams(query), placeIds), [query, placeIds]);

  /**
   * `push` adds a history entry (Back returns to it); `replace` rewrites the current one, for
   * changes that come many times a second (scrubbing, playing). The native History API keeps
   * Next's router and useSearchParams in step without a navigation.
   */
  const setParams = useCallback(
    (changes: Changes, mode: 'push' | 'replace' = 'push') => {
      const next = withParams(window.location.search, changes);
      const url = next ? `${pathname}?${next}` : pathname;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      setQuery(next);
    },
    [pathname],
  );
  const setPlace = useCallback(
    (place: string | null) => {
      const next = withParams(window.location.search, { place });
      router.replace(next ? `${pathname}?${next}` : pathname, { scroll: false });
    },
    [router, pathname],
  );

  return { ...parsed, setParams, setPlace };
}
