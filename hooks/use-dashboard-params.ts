'use client';

import { useCallback, useMemo } from 'react';
import { useUrlSearch } from '@/hooks/use-url-search';
import { parseDashboardParams } from '@/lib/url/dashboard-params';
import { writeSearch, type SearchChanges } from '@/lib/url/location';

/** The dashboard's URL state (place, date, playing, speed), read through the one URL hook and written through the one writer. */
export function useDashboardParams(placeIds: readonly string[]) {
  const search = useUrlSearch();
  const parsed = useMemo(() => parseDashboardParams(search, placeIds), [search, placeIds]);
  const setParams = useCallback((changes: SearchChanges, mode: 'push' | 'replace' = 'push') => writeSearch(changes, mode), []);
  // Choosing a place is a change of selection, not a navigation: no server round trip.
  const setPlace = useCallback((place: string | null) => writeSearch({ place }, 'push'), []);
  return { ...parsed, setParams, setPlace };
}
