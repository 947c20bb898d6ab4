import { Suspense } from 'react';
import { pageDataset } from '@/components/dashboard/page-dataset';
import { Feed } from '@/components/feed/feed';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sitrep · all reports' };

/** Every report in time order, with filters in the URL. */
export default async function FeedPage() {
  const { dataset, refusal } = await pageDataset();
  if (refusal) return refusal;
  return (
    <Suspense>
      <Feed places={dataset.places} events={dataset.events} articles={dataset.articles.map((a) => a.meta)} />
    </Suspense>
  );
}
