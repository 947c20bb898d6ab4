import { Suspense } from 'react';
import { pageDataset } from '@/components/dashboard/page-dataset';
import { Feed } from '@/components/feed/feed';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { requestSettings } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sitrep · all reports' };

/** Every report in time order, with filters in the URL. */
export default async function FeedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { dataset, refusal } = await pageDataset();
  if (refusal) return refusal;
  return (
    <LocaleProvider {...await requestSettings(await searchParams)}>
      <Suspense>
        <Feed places={dataset.places} events={dataset.events} articles={dataset.articles.map((a) => a.meta)} />
      </Suspense>
    </LocaleProvider>
  );
}
