import Link from 'next/link';
import { citationText } from '@/lib/reports/citation';
import { CopyCitation } from './copy-citation';
import type { ArticleMeta, EventRecord } from '@/lib/data/schema';
import { LINK_LABELS, type EventLink } from '@/lib/reports/reports';
import { STATUS_STYLES } from '@/lib/map/status-style';
import { formatDateClaim } from '@/lib/time/format';

const PRECISION_LABELS: Record<EventRecord['date']['precision'], string> = { day: 'day', month: 'month', range: 'range', year: 'year' };

/** One report: what happened, when and how sure, who says so (verbatim, with a translation), and what it denies or is denied by. */
export function ReportItem({
  event,
  placeId,
  links,
  articles,
  onSelect,
}: {
  event: EventRecord;
  /** The place whose panel shows the report: a citation links to the map there. */
  placeId: string;
  links: readonly EventLink[];
  articles: ReadonlyMap<string, ArticleMeta>;
  onSelect: (event: EventRecord) => void;
}) {
  return (
    <article className="report" data-report-id={event.id}>
      <button type="button" className="report-summary" onClick={() => onSelect(event)} title="Show this date on the map">
        <span>{event.summary.en}</span>
        <span lang="ar" dir="rtl" className="report-summary-ar">
          {event.summary.ar}
        </span>
      </button>
      <p className="event-meta">
        <time dateTime={event.date.start}>{formatDateClaim(event.date)}</time>
        <span className="badge">{PRECISION_LABELS[event.date.precision]}</span>
        {event.date.inferred && (
          // Focusable, so that the basis shows to keyboard users as well as on hover.
          <span className="badge badge-inferred" tabIndex={0} title={event.date.basis} aria-label={`inferred: ${event.date.basis}`}>
            inferred
          </span>
        )}
        <span className={`badge status-${event.status}`}>{STATUS_STYLES[event.status].label}</span>
      </p>
      {links.length > 0 && (
        <ul className="report-links">
          {links.map((link) => (
            <li key={`${link.kind}:${link.event.id}`}>
              <strong>{LINK_LABELS[link.kind]}:</strong>{' '}
              <button type="button" className="link-button" onClick={() => onSelect(link.event)}>
                {link.event.summary.en}
              </button>{' '}
              <span className="muted">({formatDateClaim(link.event.date)})</span>
            </li>
          ))}
        </ul>
      )}
      {event.sources.map((source, i) => {
        const article = articles.get(source.article);
        return (
          <figure key={i} className="report-source">
            <blockquote lang="ar" dir="rtl">
              «{source.quote}»
            </blockquote>
            <p className="report-translation">{source.translation}</p>
            <figcaption className="muted">
              {article ? `${article.outlet.en}, published ${formatDateClaim({ start: article.published.date, end: article.published.end ?? article.published.date, precision: article.published.precision })}` : source.article}
              {' · '}
              <Link href={`/articles/${source.article}?event=${encodeURIComponent(event.id)}&source=${i}#passage`}>Read in the article</Link>
              {article && (
                <>
                  {' · '}
                  <CopyCitation text={() => citationText(event, i, article, window.location.origin, placeId)} />
                </>
              )}
            </figcaption>
          </figure>
        );
      })}
    </article>
  );
}
