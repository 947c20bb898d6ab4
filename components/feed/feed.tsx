'use client';

import { useMemo } from 'react';
import { SWRConfig } from 'swr';
import { unstable_serialize } from 'swr/infinite';
import { useI18n } from '@/components/i18n/locale-provider';
import { PageNav } from '@/components/i18n/page-nav';
import { useUrlSearch } from '@/hooks/use-url-search';
import { FEED_KEYS, feedExportUrl, parseFeedFilters, type FeedChoices, type FeedFilters } from '@/lib/reports/feed';
import { FeedFilterBar } from './feed-filters';
import { FeedList } from './feed-list';
import { useFeedPages, type FirstPage } from './use-feed-pages';
import styles from './feed.module.css';

export interface FeedProps {
  choices: FeedChoices;
  /** The first page of the URL's filters, rendered by the server. */
  first: FirstPage;
  /** How many reports the archive holds, unfiltered. */
  archiveTotal: number;
}

/** Every report in time order, filtered by place, kind, status, outlet and dates; the filters are the URL. */
export function Feed(props: FeedProps) {
  const fallback = useMemo(() => ({ [unstable_serialize(() => props.first.url)]: [props.first.page] }), [props.first]);
  return (
    <SWRConfig value={{ fallback }}>
      <FeedPage {...props} />
    </SWRConfig>
  );
}

function FeedPage({ choices, first, archiveTotal }: FeedProps) {
  const search = useUrlSearch();
  const { m, f } = useI18n();
  const filters = useMemo(() => parseFeedFilters(search, choices), [search, choices]);
  const pages = useFeedPages(filters, first);
  const primary = useMemo(() => new Set(choices.primary), [choices]);
  const resetKey = useMemo(() => JSON.stringify(filters), [filters]);
  return (
    <main className={`feed ${styles.page}`}>
      <PageNav />
      <h1>{m.feed.title}</h1>
      <FeedFilterBar filters={filters} choices={choices} any={FEED_KEYS.some((key) => search.has(key))} />
      <p className={styles.summary}>
        <span role="status" className="feed-count">
          {pages.total !== null ? m.feed.count(f.number(pages.total), f.number(archiveTotal)) : pages.loading ? m.feed.loading : null}
        </span>
        <ExportLinks filters={filters} empty={pages.total === 0} />
      </p>
      <FeedList pages={pages} primary={primary} resetKey={resetKey} />
    </main>
  );
}

/** Downloads of every report that passes the filters, streamed by the events API: not only the pages loaded. */
function ExportLinks({ filters, empty }: { filters: FeedFilters; empty: boolean }) {
  const { m } = useI18n();
  const link = (format: 'csv' | 'geojson', label: string) =>
    empty ? (
      <a className={styles.export} aria-disabled="true">
        {label}
      </a>
    ) : (
      <a className={styles.export} href={feedExportUrl(filters, format)} download={`sitrep-reports.${format}`}>
        {label}
      </a>
    );
  return (
    <span>
      {link('csv', m.feed.exportCsv)} {link('geojson', m.feed.exportGeojson)}
    </span>
  );
}
