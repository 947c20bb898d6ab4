import Link from 'next/link';
import { notFound } from 'next/navigation';
import { pageDataset } from '@/components/dashboard/page-dataset';
import { parsePassage, quoteMarks, runs, type Run } from '@/lib/articles/reader';
import { articleIdSchema, type EventRecord, type Publication } from '@/lib/data/schema';
import { formatDateClaim } from '@/lib/time/format';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function published(p: Publication): string {
  return formatDateClaim({ start: p.date, end: p.end ?? p.date, precision: p.precision }) + (p.inferred ? ' (inferred)' : '');
}

/** The dashboard at an event's date and place. */
function eventHref(event: EventRecord): string {
  const place = event.place ?? event.to ?? event.from;
  return `/?${place ? `place=${encodeURIComponent(place)}&` : ''}t=${event.date.start}`;
}

/** One run of the text: plain, or marked as a quote (linking to its event) and/or as the passage searched for. */
function RunText({ run, events }: { run: Run; events: ReadonlyMap<string, EventRecord> }) {
  let node: React.ReactNode = run.text;
  if (run.quotedBy.length > 0) {
    const first = events.get(run.quotedBy[0]!)!;
    const by = run.quotedBy.map((id) => events.get(id)?.summary.en ?? id).join('; ');
    node = (
      <mark className="article-quote" id={`quote-${run.start}`}>
        <Link href={eventHref(first)} title={`Quoted by: ${by}`} lang="ar">
          {run.text}
        </Link>
      </mark>
    );
  }
  return run.passage ? <span className="article-passage">{node}</span> : <>{node}</>;
}

/** The whole stored text of an article, read-also stories set apart, every quote the dataset uses marked in place. */
export default async function ArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!articleIdSchema.safeParse(id).success) notFound();
  const { dataset, refusal } = await pageDataset();
  if (refusal) return refusal;
  const article = dataset.articles.find((a) => a.meta.id === id);
  if (!article) notFound();
  const { meta, text } = article;
  // A search result points at a passage (?at=start-end); a report at one of its event's quotes (?event=id&source=i).
  const { at, event: eventId, source } = await searchParams;
  const sources = dataset.events.find((e) => e.id === eventId)?.sources ?? [];
  const chosen = sources[Number(source)];
  const quoted = (chosen?.article === id ? chosen : sources.find((s) => s.article === id))?.quote;
  const quoteAt = quoted ? text.indexOf(quoted) : -1;
  const passage = quoteAt >= 0 ? ([quoteAt, quoteAt + quoted!.length] as [number, number]) : parsePassage(typeof at === 'string' ? at : undefined, text);
  const quotes = quoteMarks(id, text, dataset.events);
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  const body = (start: number, end: number) => {
    const parts = runs(text, start, end, quotes, passage);
    const hasPassage = passage !== null && passage[0] < end && start < passage[1];
    return (
      <div className="article-text" dir="rtl" lang="ar" id={hasPassage ? 'passage' : undefined} tabIndex={hasPassage ? -1 : undefined}>
        {parts.map((run) => (
          <RunText key={run.start} run={run} events={events} />
        ))}
      </div>
    );
  };

  return (
    <main className="article-reader">
      <p>
        <Link href="/">← Back to the map</Link>
      </p>
      <header>
        <p className="article-outlet">
          {meta.outlet.en} · <span lang="ar" dir="rtl">{meta.outlet.ar}</span>
        </p>
        <h1 lang="ar" dir="rtl">
          {meta.title.ar}
        </h1>
        <p className="article-title-en">{meta.title.en}</p>
        <p>
          Published <strong>{published(meta.published)}</strong> <span className="muted">— {meta.published.basis}</span>
        </p>
        <p className="muted">
          {quotes.length} passage{quotes.length === 1 ? '' : 's'} quoted by the dataset {quotes.length === 1 ? 'is' : 'are'} marked; each links to its event on the map.
        </p>
      </header>
      {meta.parts.map((part) => {
        if (part.kind === 'main') return <section key={part.id} aria-label="The article">{body(part.start, part.end)}</section>;
        if (part.kind === 'appended')
          return (
            <section key={part.id} className="article-appended" aria-label="A different story, appended by the site">
              <h2>
                A different story, appended by the site («إقرأ أيضاً»)
              </h2>
              {part.title && (
                <p lang="ar" dir="rtl" className="article-appended-title">
                  {part.title.ar}
                </p>
              )}
              {part.title && <p className="article-title-en">{part.title.en}</p>}
              <p className="muted">
                {part.outlet ? `${part.outlet.en} · ` : ''}
                {part.published ? `published ${published(part.published)} — ${part.published.basis}` : 'date unknown'}
              </p>
              {body(part.start, part.end)}
            </section>
          );
        return (
          <details key={part.id} className="article-furniture">
            <summary>Page furniture (menus, links, tags): not part of any story</summary>
            {body(part.start, part.end)}
          </details>
        );
      })}
    </main>
  );
}
