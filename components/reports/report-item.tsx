'use client';

import Link from 'next/link';
import { useState } from 'react';
import { articleHref } from '@/lib/url/links';
import { useI18n } from '@/components/i18n/locale-provider';
import { citationText } from '@/lib/i18n/citation';
import { CopyCitation } from './copy-citation';
import { useEditing } from './editing';
import { ReportEdit } from './report-edit';
import { ReportHistory } from './report-history';
import { SourceQuote } from './source-quote';
import type { ArticleMeta, EventRecord } from '@/lib/data/schema';
import type { EventLink } from '@/lib/reports/reports';

/** One report: what happened, when and how sure, who says so (verbatim, with a translation), and what it denies or is denied by. */
export function ReportItem({
  event,
  placeId,
  links,
  articles,
  outlets,
  onSelect,
  onRead,
}: {
  event: EventRecord;
  /** The place whose panel shows the report: a citation links to the map there. */
  placeId: string;
  links: readonly EventLink[];
  articles: ReadonlyMap<string, ArticleMeta>;
  /** How many outlets report it (counted by the server from its sources' articles), when more than one. */
  outlets?: number;
  onSelect: (event: EventRecord) => void;
  /** Open a source's article beside the map, at the quote; without it, "Read in the article" goes to the reader page. */
  onRead?: (event: EventRecord, source: number) => void;
}) {
  const { locale, m, f, settings } = useI18n();
  const { editable, edits, onChanged } = useEditing();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const other = locale === 'ar' ? 'en' : 'ar';
  const edited = edits[event.id] ?? 0;
  return (
    <article className="report" data-report-id={event.id}>
      <button type="button" className="report-summary" onClick={() => onSelect(event)} title={m.report.showOnMap}>
        <span lang={locale}>{event.summary[locale]}</span>
        <span lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'} className={`report-summary-${other}`}>
          {event.summary[other]}
        </span>
      </button>
      <p className="event-meta">
        <time dateTime={event.date.start}>{f.dateClaim(event.date)}</time>
        <span className="badge">{m.precision[event.date.precision]}</span>
        {event.date.inferred && (
          // Focusable, so that the basis shows to keyboard users as well as on hover.
          <span className="badge badge-inferred" tabIndex={0} title={event.date.basis} aria-label={m.inferredBecause(event.date.basis)}>
            {m.inferred}
          </span>
        )}
        <span className={`badge status-${event.status}`}>{m.status[event.status]}</span>
        {outlets !== undefined && outlets > 1 && <span className="badge badge-outlets">{m.report.outlets(outlets, f)}</span>}
      </p>
      {(editable || edited > 0) && (
        <div className="report-tools">
          {editable && !editing && (
            <button type="button" onClick={() => setEditing(true)}>
              {m.edit.edit}
            </button>
          )}
          <ReportHistory key={edited} eventId={event.id} edits={edited} />
          {notice && (
            <span role="status" lang={locale}>
              {notice}
            </span>
          )}
        </div>
      )}
      {editing && (
        <ReportEdit
          event={event}
          onCancel={() => setEditing(false)}
          onDone={(message) => {
            setEditing(false);
            setNotice(message);
            onChanged();
          }}
        />
      )}
      {links.length > 0 && (
        <ul className="report-links">
          {links.map((link) => (
            <li key={`${link.kind}:${link.event.id}`}>
              <strong>{m.link[link.kind]}:</strong>{' '}
              <button type="button" className="link-button" onClick={() => onSelect(link.event)}>
                {link.event.summary[locale]}
              </button>{' '}
              <span className="muted">({f.dateClaim(link.event.date)})</span>
            </li>
          ))}
        </ul>
      )}
      {event.sources.map((source, i) => {
        const article = articles.get(source.article);
        const readHref = articleHref(settings, source.article, { event: event.id, source: i });
        return (
          <SourceQuote key={i} source={source} article={article} className="report-source">
            {' · '}
            <Link
              href={readHref}
              onClick={(e) => {
                // A plain click opens the article beside the map; a modified click (new tab) follows the link.
                if (!onRead || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                onRead(event, i);
              }}
            >
              {m.report.read}
            </Link>
            {article && (
              <>
                {' · '}
                <CopyCitation text={() => citationText(event, i, article, window.location.origin, placeId)} />
              </>
            )}
          </SourceQuote>
        );
      })}
    </article>
  );
}
