import { Suspense } from 'react';
import { BriefingList } from '@/components/brief/briefing-list';
import { pageData } from '@/components/dashboard/page-data';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { requestSettings } from '@/lib/i18n/server';
import { readBriefings } from '@/lib/store/briefings';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sitrep · briefings' };

/** The briefings in the store, each to present or to print. */
export default async function BriefingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { data, refusal } = await pageData(async () => readBriefings(await serverStore()));
  if (refusal) return refusal;
  return (
    <LocaleProvider {...await requestSettings(await searchParams)}>
      <Suspense>
        <BriefingList briefings={data} />
      </Suspense>
    </LocaleProvider>
  );
}
