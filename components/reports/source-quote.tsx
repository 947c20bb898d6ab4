'use client';

import type { ReactNode } from 'react';
import { useI18n } from '@/components/i18n/locale-provider';
import type { ArticleMeta, EventSource } from '@/lib/data/schema';

/** A source's verbatim quote (Arabic, right to left), its English translation, and who published it when; `children` follow in the caption. */
export function SourceQuote({ source, article, className, children }: { source: EventSource; article: ArticleMeta | undefined; className?: string; children?: ReactNode }) {
  const { locale, m, f } = useI18n();
  return (
    <figure className={className}>
      <blockquote lang="ar" dir="rtl">
        «{source.quote}»
      </blockquote>
      <p className="report-translation" lang="en" dir="ltr">
        {source.translation}
      </p>
      <figcaption className="muted">
        {article
          ? m.report.published(article.outlet[locale], f.dateClaim({ start: article.published.date, end: article.published.end ?? article.published.date, precision: article.published.precision }))
          : source.article}
        {children}
      </figcaption>
    </figure>
  );
}
