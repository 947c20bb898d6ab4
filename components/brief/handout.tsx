'use client';

import { useI18n } from '@/components/i18n/locale-provider';
import { PageNav } from '@/components/i18n/page-nav';
import type { ArticleMeta, Briefing, EventRecord } from '@/lib/data/schema';
import { SourceQuote } from '@/components/reports/source-quote';
import { useStepDate } from './briefing-view';

/**
 * A briefing as a printable handout: one page per step with its date, caption and the events it
 * cites, each with its verbatim quotes, translations and sources. "Print or save as PDF" uses the
 * browser's own print path.
 */
export function Handout({ briefing, events, articles }: { briefing: Briefing; events: readonly EventRecord[]; articles: readonly ArticleMeta[] }) {
  const { locale, m, f } = useI18n();
  const stepDate = useStepDate(events);
  const byId = new Map(events.map((e) => [e.id, e]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const other = locale === 'ar' ? 'en' : 'ar';
  const total = briefing.steps.length;
  return (
    <main className="handout">
      <div className="handout-screen-only">
        <PageNav />
        <p>{m.brief.printHint}</p>
        <button type="button" onClick={() => window.print()}>
          {m.brief.print}
        </button>
      </div>
      {briefing.steps.map((step, i) => (
        <section key={i} className="handout-page" aria-label={m.brief.step(f.number(i + 1), f.number(total))}>
          <header className="handout-header">
            <span>{briefing.title[locale]}</span>
            <span>{m.brief.step(f.number(i + 1), f.number(total))}</span>
          </header>
          <h2>{stepDate(step)}</h2>
          <p className="handout-caption">{step.caption[locale]}</p>
          <p className="handout-caption-other" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
            {step.caption[other]}
          </p>
          <h3>{m.brief.cites}</h3>
          <ol className="handout-cites">
            {step.cites.flatMap((id) => byId.get(id) ?? []).map((event) => (
              <li key={event.id}>
                <p>
                  <strong>{event.summary[locale]}</strong> <span className={`badge status-${event.status}`}>{m.status[event.status]}</span>{' '}
                  <span className="muted">
                    {f.dateClaim(event.date)}
                    {event.date.inferred ? ` (${m.inferred})` : ''}
                  </span>
                </p>
                {event.sources.map((source, j) => {
                  const article = articleById.get(source.article);
                  return (
                    <SourceQuote key={j} source={source} article={article}>
                      {article ? ` — «${article.title.ar}»` : null}
                    </SourceQuote>
                  );
                })}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </main>
  );
}
