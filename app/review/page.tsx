import { ReviewView } from '@/components/review/review-view';
import { pageDataset } from '@/components/dashboard/page-dataset';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { dataDir } from '@/lib/data/load';
import { canEdit, listDrafts } from '@/lib/ingest/drafts-store';
import { requestSettings } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sitrep · drafts to review' };

/** Drafts made by `npm run ingest`, to check, edit, accept or reject. */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { dataset, refusal } = await pageDataset();
  if (refusal) return refusal;
  return (
    <LocaleProvider {...await requestSettings(await searchParams)}>
      <ReviewView drafts={listDrafts(dataDir())} places={dataset.places} editable={canEdit()} />
    </LocaleProvider>
  );
}
