import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/articles/article-view';
import { pageDataset } from '@/components/dashboard/page-dataset';
import { PageNav } from '@/components/i18n/page-nav';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { openingPassage } from '@/lib/articles/reader';
import { articleIdSchema } from '@/lib/data/schema';
import { requestSettings } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The whole stored text of an article, read-also stories set apart, every quote the dataset uses marked in place. */
export default async function ArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!articleIdSchema.safeParse(id).success) notFound();
  const { dataset, refusal } = await pageDataset();
  if (refusal) return refusal;
  const article = dataset.articles.find((a) => a.meta.id === id);
  if (!article) notFound();
  const search = await searchParams;
  // A search result points at a passage (?at=start-end); a report at one of its event's quotes (?event=id&source=i).
  const passage = openingPassage(id, article.text, dataset.events, { at: one(search.at), event: one(search.event), source: one(search.source) });
  // Only the events that quote this article go to the browser.
  const events = dataset.events.filter((e) => e.sources.some((s) => s.article === id));

  return (
    <LocaleProvider {...await requestSettings(search)}>
      <main className="article-reader">
        <PageNav />
        <ArticleView meta={article.meta} text={article.text} events={events} passage={passage} />
      </main>
    </LocaleProvider>
  );
}
