import { Suspense } from 'react';
import { DataUnavailablePanel } from '@/components/dashboard/data-unavailable-panel';
import { Feed, type FeedProps } from '@/components/feed/feed';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { requestSettings } from '@/lib/i18n/server';
import { FIRST_PAGE, feedChoices, feedEventFilter, feedPageUrl, matchesNothing, parseFeedFilters } from '@/lib/reports/feed';
import { isUnreachable } from '@/lib/store/errors';
import { citedArticles, eventsPage, pageLinks } from '@/lib/store/lists';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sitrep · all reports' };

type Search = Record<string, string | string[] | undefined>;

const toParams = (search: Search) => new URLSearchParams(Object.entries(search).flatMap(([key, value]) => (value === undefined ? [] : [[key, Array.isArray(value) ? (value[0] ?? '') : value]])));

/**
 * What the first screen shows, from the store: the filter bar's choices and the first page of the
 * URL's filters. Never the archive: the rest comes a page at a time as the reader scrolls.
 */
async function firstScreen(search: Search): Promise<FeedProps> {
  const store = await serverStore();
  const choices = await feedChoices(store);
  const filters = parseFeedFilters(toParams(search), choices);
  const filtered = Object.keys(feedEventFilter(filters)).length > 0;
  const [page, archive] = await Promise.all([
    matchesNothing(filters) ? { items: [], next: null, total: 0, edits: {} } : eventsPage(store, feedEventFilter(filters), FIRST_PAGE),
    filtered ? eventsPage(store, {}, 1) : null,
  ]);
  const [links, articles] = await Promise.all([pageLinks(store, page.items), citedArticles(store, page.items)]);
  return { choices, first: { url: feedPageUrl(filters, null), page: { ...page, links, articles } }, archiveTotal: (archive ?? page).total };
}

/** Every report in time order, with filters in the URL. */
export default async function FeedPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  let props: FeedProps;
  try {
    props = await firstScreen(search);
  } catch (error) {
    if (isUnreachable(error)) return <DataUnavailablePanel message={(error as Error).message} />;
    throw error;
  }
  return (
    <LocaleProvider {...await requestSettings(search)}>
      <Suspense>
        <Feed {...props} />
      </Suspense>
    </LocaleProvider>
  );
}
