'use client';

import Link from 'next/link';
import { useMemo, type ReactNode } from 'react';
import { useI18n } from '@/components/i18n/locale-provider';
import { quoteMarks, runs, type Run } from '@/lib/articles/reader';
import type { ArticleMeta, EventRecord, Publication } from '@/lib/data/schema';

/** The dashboard at an event's date and place. */
function eventPath(event: EventRecord): string {
  const place = event.place ?? event.to ?? event.from;
  return `/?${place ? `place=${encodeURIComponent(place)}&` : ''}t=${event.date.start}`;
}

/** One run of the text: plain, or marked as a quote (linking to its event) and/or as the passage looked for. */
function RunText({ run, events, onEvent }: { run: Run; events: ReadonlyMap<string, EventRecord>; onEvent?: (event: EventRecord) => void }) {
  const { locale, m, href } = useI18n();
  let node: ReactNode = run.text;
  if (run.quotedBy.length > 0) {
    const first = events.get(run.quotedBy[0]!)!;
    const by = run.quotedBy.map((id) => events.get(id)?.summary[locale] ?? id).join('; ');
    node = (
      <mark className="article-quote" id={`quote-${run.start}`}>
        <Link
          href={href(eventPath(first))}
          title={m.article.quotedBy(by)}
          lang="ar"
          onClick={(e) => {
            if (!onEvent || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            onEvent(first);
          }}
        >
          {run.text}
        </Link>
      </mark>
    );
  }
  return run.passage ? <span className="article-passage">{node}</span> : <>{node}</>;
}

interface ArticleViewProps {
  meta: ArticleMeta;
  text: string;
  events: readonly EventRecord[];
  /** The span to mark and scroll to: a search result's passage or a report's quote. */
  passage: [number, number] | null;
  /** The heading level of the title: 1 on its own page, 2 in a panel. */
  level?: 1 | 2;
  /** A quote was chosen: without this, quotes link to the map. */
  onEvent?: (event: EventRecord) => void;
}

/**
 * The whole stored text of an article, as text (never HTML): outlet, titles and publication date
 * with its basis; read-also stories set apart and labelled as different stories with their own
 * dates; page furniture folded; every quote the dataset uses marked in place and linked to its event.
 */
export function ArticleView({ meta, text, events, passage, level = 1, onEvent }: ArticleViewProps) {
  const { locale, m, f } = useI18n();
  const quotes = useMemo(() => quoteMarks(meta.id, text, events), [meta.id, text, events]);
  const byId = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  const published = (p: Publication) => f.dateClaim({ start: p.date, end: p.end ?? p.date, precision: p.precision }) + (p.inferred ? ` ${m.article.inferred}` : '');
  const Title = level === 1 ? 'h1' : 'h2';
  const Heading = level === 1 ? 'h2' : 'h3';
  const other = locale === 'ar' ? 'en' : 'ar';
  const body = (start: number, end: number) => {
    const hasPassage = passage !== null && passage[0] < end && start < passage[1];
    return (
      <div className="article-text" dir="rtl" lang="ar" id={hasPassage ? 'passage' : undefined} tabIndex={hasPassage ? -1 : undefined}>
        {runs(text, start, end, quotes, passage).map((run) => (
          <RunText key={run.start} run={run} events={byId} onEvent={onEvent} />
        ))}
      </div>
    );
  };

  return (
    <>
      <header>
        <p className="article-outlet">
          <span lang={locale}>{meta.outlet[locale]}</span> ·{' '}
          <span lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
            {meta.outlet[other]}
          </span>
        </p>
        <Title lang="ar" dir="rtl">
          {meta.title.ar}
        </Title>
        <p className="article-title-en" lang="en" dir="ltr">
          {meta.title.en}
        </p>
        <p>
          {m.article.published} <strong>{published(meta.published)}</strong>{' '}
          <span className="muted" lang="en" dir="auto">
            — {meta.published.basis}
          </span>
        </p>
        <p className="muted">{m.article.marked(quotes.length, f)}</p>
      </header>
      {meta.parts.map((part) => {
        if (part.kind === 'main')
          return (
            <section key={part.id} aria-label={m.article.main}>
              {body(part.start, part.end)}
            </section>
          );
        if (part.kind === 'appended')
          return (
            <section key={part.id} className="article-appended" aria-label={m.article.appended}>
              <Heading>{m.article.appendedHeading}</Heading>
              {part.title && (
                <p lang="ar" dir="rtl" className="article-appended-title">
                  {part.title.ar}
                </p>
              )}
              {part.title && (
                <p className="article-title-en" lang="en" dir="ltr">
                  {part.title.en}
                </p>
              )}
              <p className="muted">
                {part.outlet ? `${part.outlet[locale]} · ` : ''}
                {part.published ? m.article.appendedPublished(published(part.published), part.published.basis) : m.article.dateUnknown}
              </p>
              {body(part.start, part.end)}
            </section>
          );
        return (
          <details key={part.id} className="article-furniture">
            <summary>{m.article.furniture}</summary>
            {body(part.start, part.end)}
          </details>
        );
      })}
    </>
  );
}
