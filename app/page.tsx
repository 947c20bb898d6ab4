import { Dashboard } from '@/components/dashboard/dashboard';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { requestSettings } from '@/lib/i18n/server';
import { pageDataset } from '@/components/dashboard/page-dataset';
import { API_PATHS, type ArticlesResponse, type EventsResponse, type PlacesResponse } from '@/lib/api/responses';
import { dataStatus } from '@/lib/store/server';

// The data is read from the store at request time, so that every write shows at once.
export const dynamic = 'force-dynamic';

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { dataset, refusal } = await pageDataset();
  if (refusal) return refusal;
  const { places, events, articles } = dataset;
  const initialPlaces: PlacesResponse = { count: places.length, places };
  const initialEvents: EventsResponse = { count: events.length, events, edits: dataset.edits };
  const initialArticles: ArticlesResponse = { count: articles.length, articles: articles.map((a) => a.meta) };
  return (
    <>
      <noscript>
        <p className="noscript">Sitrep&apos;s map needs JavaScript. The data is also available at /api/places and /api/events.</p>
      </noscript>
      <LocaleProvider {...await requestSettings(await searchParams)}>
        <Dashboard fallback={{ [API_PATHS.places]: initialPlaces, [API_PATHS.events]: initialEvents, [API_PATHS.articles]: initialArticles, [API_PATHS.status]: await dataStatus() }} />
      </LocaleProvider>
    </>
  );
}
