'use client';

import { useI18n } from '@/components/i18n/locale-provider';
import { EVENT_KINDS, EVENT_STATUSES } from '@/lib/data/schema';
import { FEED_KEYS, type FeedChoices, type FeedFilters, type FeedKey } from '@/lib/reports/feed';
import { writeSearch } from '@/lib/url/location';

/** A filter change is a step in the history: Back returns to the filters before it. */
const set = (key: FeedKey, value: string) => writeSearch({ [key]: value || null }, 'push');
const clear = () => writeSearch(Object.fromEntries(FEED_KEYS.map((key) => [key, null])), 'push');

/** The feed's filters: place, kind, status, outlet and a date range, each written to the URL as it changes. */
export function FeedFilterBar({ filters, choices, any }: { filters: FeedFilters; choices: FeedChoices; /** Any filter key in the URL, even one dropped as unknown. */ any: boolean }) {
  const { locale, m } = useI18n();
  const select = (key: FeedKey, label: string, options: readonly (readonly [string, string])[]) => (
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
    <form className="feed-filters" aria-label={m.feed.filters} onSubmit={(e) => e.preventDefault()}>
      {select('place', m.feed.place, choices.places.map((p) => [p.id, p.name[locale]] as const))}
      {select('kind', m.feed.kind, EVENT_KINDS.map((k) => [k, m.kind[k]] as const))}
      {select('status', m.feed.status, EVENT_STATUSES.map((s) => [s, m.status[s]] as const))}
      {select('outlet', m.feed.outlet, choices.outlets.map((o) => [o.en, o[locale]] as const))}
      <label>
        {m.feed.from} <input type="date" value={filters.from ?? ''} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label>
        {m.feed.to} <input type="date" value={filters.to ?? ''} onChange={(e) => set('to', e.target.value)} />
      </label>
      <button type="button" onClick={clear} disabled={!any}>
        {m.feed.clear}
      </button>
    </form>
  );
}
