import { ReviewView } from '@/components/review/review-view';
import { pageData } from '@/components/dashboard/page-data';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { canEdit } from '@/lib/api/writes';
import { requestSettings } from '@/lib/i18n/server';
import { flaggedEvents, listDrafts } from '@/lib/store/drafts';
import { mapLayers } from '@/lib/store/map-server';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sitrep · drafts to review' };

/** Drafts waiting for review: made by `npm run ingest` or here, to check, edit, accept or reject. */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { data, refusal } = await pageData(async () => {
    const store = await serverStore();
    const drafts = await listDrafts(store);
    return { places: (await mapLayers()).places, drafts, archived: await flaggedEvents(store, drafts) };
  });
  if (refusal) return refusal;
  return (
    <LocaleProvider {...await requestSettings(await searchParams)}>
      <ReviewView drafts={data.drafts} archived={data.archived} places={data.places} editable={canEdit()} />
    </LocaleProvider>
  );
}
