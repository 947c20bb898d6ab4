import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/articles/article-view';
import { DataUnavailablePanel } from '@/components/dashboard/data-unavailable-panel';
import { PageNav } from '@/components/i18n/page-nav';
import { LocaleProvider } from '@/components/i18n/locale-provider';
import { openingPassage } from '@/lib/articles/reader';
import { articleIdSchema, type ArticleMeta, type EventRecord } from '@/lib/data/schema';
import { requestSettings } from '@/lib/i18n/server';
import { isUnreachable } from '@/lib/store/errors';
import { MAX_PAGE, eventsPage } from '@/lib/store/lists';
import { serverStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The article, and the events that quote it: all this page reads of the store. */
async function readArticle(id: string): Promise<{ meta: ArticleMeta; text: string; events: EventRecord[] } | null> {
  const store = await serverStore();
  const row = await store.db.selectFrom('articles').select(['record', 'text']).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  // One page holds them all: an article is quoted by at most a few hundred events, well under the
  // largest page (MAX_PAGE, 500), so the reader never needs a second one.
  const { items } = await eventsPage(store, { article: id }, MAX_PAGE);
  return { meta: JSON.parse(row.record) as ArticleMeta, text: row.text, events: items };
}

/** The whole stored text of an article, read-also stories set apart, every quote the dataset uses marked in place. */
export default async function ArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!articleIdSchema.safeParse(id).success) notFound();
  let article: Awaited<ReturnType<typeof readArticle>>;
  try {
    article = await readArticle(id);
  } catch (error) {
    if (isUnreachable(error)) return <DataUnavailablePanel message={(error as Error).message} />;
    throw error;
  }
  if (!article) notFound();
  const search = await searchParams;
  // A search result points at a passage (?at=start-end); a report at one of its event's quotes (?event=id&source=i).
  const passage = openingPassage(id, article.text, article.events, { at: one(search.at), event: one(search.event), source: one(search.source) });

  return (
    <LocaleProvider {...await requestSettings(search)}>
      <main className="article-reader">
        <PageNav />
        <ArticleView meta={article.meta} text={article.text} events={article.events} passage={passage} />
      </main>
    </LocaleProvider>
  );
}
