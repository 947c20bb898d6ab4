'use client';

import useSWR from 'swr';
import { API_PATHS, type ApiErrorBody, type DataStatus, type PlacesResponse } from '@/lib/api/responses';

/** Fetches JSON from our API; a non-2xx answer becomes an Error carrying the API's own message. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
    throw new Error(body?.error.message ?? `${url} answered ${response.status}`);
  }
  return (await response.json()) as T;
}

/** The places, served first from the page's embedded data and kept fresh by SWR. */
export function usePlaces() {
  const { data, error, isLoading } = useSWR<PlacesResponse, Error>(API_PATHS.places, fetchJson);
  return { places: data?.places, error, isLoading };
}

/** Whether the server can reach its database; asked again every 15 s. */
export function useDataStatus(): DataStatus | undefined {
  const { data } = useSWR<DataStatus, Error>(API_PATHS.status, fetchJson, { refreshInterval: 15_000 });
  return data;
}
