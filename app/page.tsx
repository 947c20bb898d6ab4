import { Dashboard } from '@/components/dashboard/dashboard';
import { pageData } from '@/components/dashboard/page-data';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import type { PanelFirstPages } from '@/components/sidebar/place-panel';
import { requestSettings } from '@/lib/i18n/server';
import { API_PATHS, type PlacesResponse } from '@/lib/api/responses';
import { PLACE_FIRST_PAGE, PLACE_SECTIONS, placeListUrl } from '@/lib/reports/place-list';
import { detailedPage } from '@/lib/store/lists';
import { mapLayers } from '@/lib/store/map-server';
import { dataStatus, serverStore } from '@/lib/store/server';

// The data is read from the store at request time, so that every write shows at once.
export const dynamic = 'force-dynamic';

type Search = Record<string, string | string[] | undefined>;

/**
 * What the first screen shows, and nothing more: the places and, when the URL names a place, the
 * first page of its panel. The map's summary, its timed layer and later pages come from the API
 * once the page runs: they grow with the archive, and the page must not.
 */
async function firstScreen(search: Search) {
  const [{ places, summary }, status] = await Promise.all([mapLayers(), dataStatus()]);
  const placesResponse: PlacesResponse = { count: places.length, places };
  const place = typeof search.place === 'string' && summary.marked.includes(search.place) ? search.place : null;
  let panel: PanelFirstPages | undefined;
  if (place) {
    const store = await serverStore();
    const pages = await Promise.all(PLACE_SECTIONS.map((section) => detailedPage(store, { place, plans: section === 'reported' ? 'exclude' : 'only' }, PLACE_FIRST_PAGE, null)));
    panel = Object.fromEntries(PLACE_SECTIONS.map((section, i) => [section, { url: placeListUrl(place, section, null, null), page: pages[i]! }]));
  }
  return { fallback: { [API_PATHS.places]: placesResponse, [API_PATHS.status]: status }, panel };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const { data, refusal } = await pageData(() => firstScreen(search));
  if (refusal) return refusal;
  return (
    <>
      <noscript>
        <p className="noscript">Sitrep&apos;s map needs JavaScript. The data is also available at /api/places and /api/events.</p>
      </noscript>
      <LocaleProvider {...await requestSettings(search)}>
        <Dashboard fallback={data.fallback} firstPanel={data.panel} />
      </LocaleProvider>
    </>
  );
}
