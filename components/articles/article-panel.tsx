'use client';

import Link from 'next/link';
import { useEffect, useMemo, useRef } from 'react';
import useSWR from 'swr';
import { articleHref } from '@/lib/url/links';
import { useI18n } from '@/components/i18n/locale-provider';
import { fetchJson } from '@/hooks/use-dashboard-data';
import { openingPassage } from '@/lib/articles/reader';
import { articleEventsPath, type ArticleResponse, type EventsResponse } from '@/lib/api/responses';
import type { EventRecord } from '@/lib/data/schema';
import { ArticleView } from './article-view';

export interface Reading {
  article: string;
  /** The report whose quote opened the article, and which of its sources. */
  event: string;
  source: number;
}

interface ArticlePanelProps {
  reading: Reading;
  onClose: () => void;
  /** A quote in the text was chosen: show its event on the map. */
  onEvent: (event: EventRecord) => void;
}

/**
 * An article beside the map, opened from a report's "Read in the article": the text scrolls to the
 * report's quote and focuses it. The same view as the reader page (/articles/[id]).
 */
export function ArticlePanel({ reading, onClose, onEvent }: ArticlePanelProps) {
  const { locale, m, settings } = useI18n();
  const { data, error, isLoading, mutate } = useSWR<ArticleResponse, Error>(`/api/articles/${encodeURIComponent(reading.article)}`, fetchJson);
  // The reports that quote it: an article has tens of them at most.
  const { data: quotingPage } = useSWR<EventsResponse, Error>(articleEventsPath(reading.article), fetchJson);
  const bodyRef = useRef<HTMLDivElement>(null);
  // Focus goes back to what opened the panel (a "Read in the article" link) when it closes.
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (opener.current?.isConnected) opener.current.focus();
    };
  }, []);
  const quoting = useMemo(() => quotingPage?.items ?? [], [quotingPage]);
  const passage = useMemo(
    () => (data && quotingPage ? openingPassage(reading.article, data.text, quoting, { event: reading.event, source: String(reading.source) }) : null),
    [data, quotingPage, reading, quoting],
  );
  const pageHref = articleHref(settings, reading.article, { event: reading.event, source: reading.source });

  useEffect(() => {
    if (!data) return;
    const target = bodyRef.current?.querySelector<HTMLElement>('#passage');
    if (!target) return;
    target.focus({ preventScroll: true });
    const mark = target.querySelector('.article-passage') ?? target;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }, [data, passage]);

  return (
    <aside className="article-panel" aria-label={data ? data.article.title[locale] : m.article.open} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="article-panel-bar">
        <Link href={pageHref}>{m.article.fullPage}</Link>
        <button type="button" className="close-button" onClick={onClose} aria-label={m.article.close}>
          ×
        </button>
      </div>
      <div className="article-panel-body article-reader" ref={bodyRef}>
        {error ? (
          <p role="alert">
            {m.article.loadError(error.message)}{' '}
            <button type="button" onClick={() => void mutate()}>
              {m.app.retry}
            </button>
          </p>
        ) : isLoading || !data || !quotingPage ? (
          <p role="status">{m.article.loading}</p>
        ) : (
          <ArticleView meta={data.article} text={data.text} events={quoting} passage={passage} level={2} onEvent={onEvent} />
        )}
      </div>
    </aside>
  );
}
