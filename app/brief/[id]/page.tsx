import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { BriefingView } from '@/components/brief/briefing-view';
import { pageData } from '@/components/dashboard/page-data';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { API_PATHS, type PlacesResponse } from '@/lib/api/responses';
import { requestSettings } from '@/lib/i18n/server';
import { briefingContext, readBriefing } from '@/lib/store/briefings';
import { mapLayers } from '@/lib/store/map-server';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  return { title: `Sitrep · ${(await params).id}` };
}

/** What a presentation's first screen needs: the briefing and what it names, and the places (the map's summary comes from the API). */
async function firstScreen(id: string) {
  const store = await serverStore();
  const found = await readBriefing(store, id);
  if (!found) return null;
  const [context, { places }] = await Promise.all([briefingContext(store, found.briefing), mapLayers()]);
  return { context: { briefing: found.briefing, ...context }, fallback: { [API_PATHS.places]: { count: places.length, places } satisfies PlacesResponse } };
}

/** A briefing presented on a screen: ?step= (1-based), auto=1, loop=1, lang=. */
export default async function BriefingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { data, refusal } = await pageData(() => firstScreen(id));
  if (refusal) return refusal;
  if (!data) notFound();
  return (
    <LocaleProvider {...await requestSettings(await searchParams)}>
      <Suspense>
        <BriefingView context={data.context} fallback={data.fallback} />
      </Suspense>
    </LocaleProvider>
  );
}
