'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { parseDashboardParams, withPlace } from '@/lib/url/dashboard-params';

/** The URL is the selection: this hook reads it, and is the one place that writes it. */
export function useDashboardParams(placeIds: readonly string[]) {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const parsed = useMemo(() => parseDashboardParams(search, placeIds), [search, placeIds]);

  const setPlace = useCallback(
    (place: string | null) => {
      const query = withPlace(search.toString(), place);
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [search, router, pathname],
  );

  return { ...parsed, setPlace };
}
