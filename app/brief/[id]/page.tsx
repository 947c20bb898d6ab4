import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { BriefingView } from '@/components/brief/briefing-view';
import { pageDataset } from '@/components/dashboard/page-dataset';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { API_PATHS, type ArticlesResponse, type EventsResponse, type PlacesResponse } from '@/lib/api/responses';
import { requestSettings } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  return { title: `Sitrep · ${(await params).id}` };
}

/** A briefing presented on a screen: ?step= (1-based), auto=1, loop=1, lang=. */
export default async function BriefingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { dataset, refusal } = await pageDataset();
  if (refusal) return refusal;
  const briefing = dataset.briefings.find((b) => b.id === id);
  if (!briefing) notFound();
  const { places, events, articles } = dataset;
  const fallback = {
    [API_PATHS.places]: { count: places.length, places } satisfies PlacesResponse,
    [API_PATHS.events]: { count: events.length, events } satisfies EventsResponse,
    [API_PATHS.articles]: { count: articles.length, articles: articles.map((a) => a.meta) } satisfies ArticlesResponse,
  };
  return (
    <LocaleProvider {...await requestSettings(await searchParams)}>
      <Suspense>
        <BriefingView briefing={briefing} fallback={fallback} />
      </Suspense>
    </LocaleProvider>
  );
}
