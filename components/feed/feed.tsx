'use client';

import { useMemo } from 'react';
import { SWRConfig } from 'swr';
import { unstable_serialize } from 'swr/infinite';
import { useI18n } from '@/components/i18n/locale-provider';
import { PageNav } from '@/components/i18n/page-nav';
import { ExportLinks } from '@/components/reports/export-reports';
import { useEventPages, type FirstPage } from '@/hooks/use-event-pages';
import { useUrlSearch } from '@/hooks/use-url-search';
import { FEED_KEYS, feedExportUrl, feedPageUrl, matchesNothing, parseFeedFilters, type FeedChoices, type FeedFilters } from '@/lib/reports/feed';
import { FeedFilterBar } from './feed-filters';
import { FeedList } from './feed-list';
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
  // A range that ends before it starts matches nothing: no need to ask.
  const pageUrl = useMemo(() => (matchesNothing(filters) ? null : (cursor: string | null) => feedPageUrl(filters, cursor)), [filters]);
  const pages = useEventPages(pageUrl, first);
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
        <ExportLinks url={(format) => feedExportUrl(filters, format)} name="sitrep-reports" empty={pages.total === 0} className={styles.export} />
      </p>
      <FeedList pages={pages} primary={primary} resetKey={resetKey} />
    </main>
  );
}
