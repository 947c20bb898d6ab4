import { ReviewView } from '@/components/review/review-view';
import { pageDataset } from '@/components/dashboard/page-dataset';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { canEdit } from '@/lib/api/writes';
import { requestSettings } from '@/lib/i18n/server';
import { listDrafts } from '@/lib/store/drafts';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sitrep · drafts to review' };

/** Drafts waiting for review: made by `npm run ingest` or here, to check, edit, accept or reject. */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { dataset, refusal } = await pageDataset();
  if (refusal) return refusal;
  return (
    <LocaleProvider {...await requestSettings(await searchParams)}>
      <ReviewView drafts={await listDrafts(await serverStore())} places={dataset.places} editable={canEdit()} />
    </LocaleProvider>
  );
}
