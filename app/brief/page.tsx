import { Suspense } from 'react';
import { BriefingList } from '@/components/brief/briefing-list';
import { pageDataset } from '@/components/dashboard/page-dataset';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { requestSettings } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sitrep · briefings' };

/** The briefings in the store, each to present or to print. */
export default async function BriefingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { dataset, refusal } = await pageDataset();
  if (refusal) return refusal;
  return (
    <LocaleProvider {...await requestSettings(await searchParams)}>
      <Suspense>
        <BriefingList briefings={dataset.briefings} />
      </Suspense>
    </LocaleProvider>
  );
}
