/**
 * The one writer of the URL, and the one place that hears it change. Pages keep their state in the
 * query string (the dashboard's place and date, the feed's filters, a briefing's step, the
 * language); every change goes through `writeSearch`, which uses the History API (no navigation,
 * no server round trip) and tells every subscriber, as Back and Forward do through `popstate`.
 * Next's router follows History API writes made with a null state, so its hooks stay in step.
 */
export type SearchChanges = Readonly<Record<string, string | null | undefined>>;

const listeners = new Set<() => void>();

/** The query string now, without its "?". */
export const currentSearch = (): string => window.location.search.replace(/^\?/, '');

/** The query string with the given keys set (or removed when null), the others kept as they were. */
export function applyChanges(search: string, changes: SearchChanges): string {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined) next.delete(key);
    else next.set(key, value);
  }
  return next.toString();
}

/**
 * Changes the query string: `push` adds a history entry (Back returns to it); `replace` rewrites the
 * current one, for changes that come many times a second (scrubbing, playing).
 */
export function writeSearch(changes: SearchChanges, mode: 'push' | 'replace' = 'push', pathname = window.location.pathname): void {
  const next = applyChanges(currentSearch(), changes);
  const url = `${pathname}${next ? `?${next}` : ''}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  for (const listener of listeners) listener();
}

export function subscribeSearch(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}
