'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo, useSyncExternalStore } from 'react';
import { currentSearch, subscribeSearch } from '@/lib/url/location';

/**
 * The query string, as it is now: from our own writes (lib/url/location.ts), Back and Forward, and,
 * while rendering on the server, from Next's search params.
 */
export function useUrlSearch(): URLSearchParams {
  const server = useSearchParams();
  const search = useSyncExternalStore(subscribeSearch, currentSearch, () => server.toString());
  return useMemo(() => new URLSearchParams(search), [search]);
}
