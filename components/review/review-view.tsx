'use client';

import { useState } from 'react';
import { ArticleView } from '@/components/articles/article-view';
import { useI18n } from '@/components/i18n/locale-provider';
import { PageNav } from '@/components/i18n/page-nav';
import { WriterNameField } from '@/components/writers/writer-name-field';
import { fetchJson } from '@/hooks/use-dashboard-data';
import { useWriterName } from '@/hooks/use-writer-name';
import { DATE_PRECISIONS, EVENT_KINDS, EVENT_STATUSES, type EventRecord, type Place } from '@/lib/data/schema';
import type { DraftFile } from '@/lib/ingest/draft-file';
import type { StoredDraft } from '@/lib/store/drafts';
import { NewDraft } from './new-draft';

type Review = DraftFile['events'][number];

const REVIEW_STATES: readonly Review['review'][] = ['pending', 'accepted', 'rejected'];

/** The drafts waiting in the store, each with its article's quotes marked and its events to check, edit, accept or reject. */
export function ReviewView({ drafts: initial, places, editable }: { drafts: StoredDraft[]; places: readonly Place[]; editable: boolean }) {
  const { m } = useI18n();
  const [drafts, setDrafts] = useState(initial);
  return (
    <main className="review">
      <PageNav />
      <h1>{m.review.title}</h1>
      <p>{m.review.intro}</p>
      {editable ? (
        <>
          <WriterNameField />
          <NewDraft onDrafted={(draft) => setDrafts((list) => [...list, draft])} />
        </>
      ) : (
        <p className="notice" role="status">
          {m.review.readOnly}
        </p>
      )}
      {drafts.length === 0 ? <p className="muted">{m.review.none}</p> : drafts.map((d) => <DraftReview key={d.id} stored={d} places={places} editable={editable} />)}
    </main>
  );
}

function DraftReview({ stored, places, editable }: { stored: StoredDraft; places: readonly Place[]; editable: boolean }) {
  const { locale, m, f } = useI18n();
  const [author] = useWriterName();
  const [draft, setDraft] = useState(stored.draft);
  const [version, setVersion] = useState(stored.version);
  const [status, setStatus] = useState<string | null>(null);
  const [decided, setDecided] = useState(stored.state !== 'pending');
  const [busy, setBusy] = useState(false);
  const setEvent = (i: number, change: (e: Review) => Review) => setDraft((d) => ({ ...d, events: d.events.map((e, j) => (j === i ? change(e) : e)) }));
  const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({ method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  /** Runs the steps in order; the first that fails says why, and the rest do not run. */
  const run = async (steps: (() => Promise<string | null>)[]) => {
    if (!author.trim()) return setStatus(m.review.needName);
    setBusy(true);
    setStatus(m.review.working);
    try {
      let said: string | null = null;
      for (const step of steps) said = (await step()) ?? said;
      setStatus(said);
    } catch (error) {
      setStatus(m.review.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  const saveStep = async () => {
    const body = await fetchJson<{ version: number }>(`/api/drafts/${stored.id}`, json('PUT', { draft, author }, { 'if-match': `"${version}"` }));
    setVersion(body.version);
    return m.review.saved;
  };
  const save = () => run([saveStep]);
  const accept = () =>
    run([
      saveStep,
      async () => {
        const body = await fetchJson<{ accepted: { events: string[] } }>(`/api/drafts/${stored.id}/accept`, json('POST', { author }));
        setDecided(true);
        return m.review.accepted(body.accepted.events.length);
      },
    ]);
  const reject = () =>
    run([
      async () => {
        await fetchJson(`/api/drafts/${stored.id}/reject`, json('POST', { author }));
        setDecided(true);
        return m.review.rejected;
      },
    ]);
  const locked = !editable || decided;
  const article = draft.article;
  const text = (value: string, set: (v: string) => void, label: string, dir?: 'rtl' | 'ltr') => (
    <label>
      {label}
      <input value={value} dir={dir ?? 'auto'} disabled={locked} onChange={(e) => set(e.target.value)} />
    </label>
  );
  const setArticle = (change: Partial<DraftFile['article']>) => setDraft((d) => ({ ...d, article: { ...d.article, ...change } }));

  return (
    <section className="review-draft" aria-labelledby={`draft-${stored.id}`}>
      <h2 id={`draft-${stored.id}`}>
        {m.review.article} {stored.id}
      </h2>
      <p className="muted">{m.review.drafted(stored.createdBy, f.moment(Date.parse(stored.createdAt)))}</p>
      <div className="review-fields">
        {text(article.outlet.en, (v) => setArticle({ outlet: { ...article.outlet, en: v } }), `${m.review.outlet} (en)`, 'ltr')}
        {text(article.outlet.ar, (v) => setArticle({ outlet: { ...article.outlet, ar: v } }), `${m.review.outlet} (ar)`, 'rtl')}
        {text(article.title.en, (v) => setArticle({ title: { ...article.title, en: v } }), `${m.review.titleField} (en)`, 'ltr')}
        {text(article.title.ar, (v) => setArticle({ title: { ...article.title, ar: v } }), `${m.review.titleField} (ar)`, 'rtl')}
        <p className="muted">
          {m.review.published}: {article.published.date} — <span dir="auto">{article.published.basis}</span>
        </p>
      </div>
      <div className="review-columns">
        <div className="review-article article-reader">
          <ArticleView meta={article} text={stored.text} events={draft.events.map((e) => e.event)} passage={null} level={2} />
        </div>
        <div>
          <h3>{m.review.events(draft.events.length)}</h3>
          <ol className="review-events">
            {draft.events.map((review, i) => (
              <li key={i} className={`review-event review-${review.review}`}>
                <EventFields review={review} places={places} editable={!locked} onChange={(change) => setEvent(i, change)} />
              </li>
            ))}
          </ol>
          {draft.unresolvedPlaces.length > 0 && (
            <>
              <h3>{m.review.unresolved}</h3>
              <ul>
                {draft.unresolvedPlaces.map((u) => (
                  <li key={u.start} lang="ar" dir="rtl">
                    {u.text}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="review-actions">
            <button type="button" onClick={save} disabled={locked || busy}>
              {m.review.save}
            </button>{' '}
            <button type="button" onClick={accept} disabled={locked || busy || !draft.events.some((e) => e.review === 'accepted')}>
              {m.review.accept}
            </button>{' '}
            <button type="button" onClick={reject} disabled={locked || busy}>
              {m.review.reject}
            </button>{' '}
            <span role="status" lang={locale}>
              {status}
            </span>
          </p>
        </div>
      </div>
    </section>
  );
}

function EventFields({ review, places, editable, onChange }: { review: Review; places: readonly Place[]; editable: boolean; onChange: (change: (r: Review) => Review) => void }) {
  const { locale, m, f } = useI18n();
  const e = review.event;
  const set = (change: Partial<EventRecord>) => onChange((r) => ({ ...r, event: { ...r.event, ...change } }));
  const select = (label: string, value: string, options: readonly (readonly [string, string])[], pick: (v: string) => void) => (
    <label>
      {label}
      <select value={value} disabled={!editable} onChange={(ev) => pick(ev.target.value)}>
        {options.map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </select>
    </label>
  );
  const placeOptions = places.map((p) => [p.id, p.name[locale]] as const);
  const input = (label: string, value: string, pick: (v: string) => void, dir: 'ltr' | 'rtl' | 'auto' = 'auto', type = 'text') => (
    <label>
      {label}
      <input type={type} dir={dir} value={value} disabled={!editable} onChange={(ev) => pick(ev.target.value)} />
    </label>
  );
  const source = e.sources[0]!;
  return (
    <>
      <blockquote lang="ar" dir="rtl">
        «{source.quote}»
      </blockquote>
      <p className="muted">{m.review.confidence(f.number(review.confidence, 2), review.rule)}</p>
      <div className="review-fields">
        {select(m.review.kind, e.kind, EVENT_KINDS.map((k) => [k, m.kind[k]] as const), (v) =>
          set(v === 'movement' ? { kind: 'movement', from: e.from ?? e.place, to: e.to ?? e.place, place: undefined } : { kind: v as EventRecord['kind'], place: e.place ?? e.to ?? e.from, from: undefined, to: undefined, via: undefined }),
        )}
        {select(m.review.status, e.status, EVENT_STATUSES.map((s) => [s, m.status[s]] as const), (v) => set({ status: v as EventRecord['status'] }))}
        {e.kind === 'movement' ? (
          <>
            {select(m.review.from, e.from ?? '', placeOptions, (v) => set({ from: v }))}
            {select(m.review.to, e.to ?? '', placeOptions, (v) => set({ to: v }))}
          </>
        ) : (
          select(m.review.place, e.place ?? '', placeOptions, (v) => set({ place: v }))
        )}
        {input(m.review.start, e.date.start, (v) => set({ date: { ...e.date, start: v } }), 'ltr', 'date')}
        {input(m.review.end, e.date.end, (v) => set({ date: { ...e.date, end: v } }), 'ltr', 'date')}
        {select(m.review.precision, e.date.precision, DATE_PRECISIONS.map((p) => [p, m.precision[p]] as const), (v) => set({ date: { ...e.date, precision: v as EventRecord['date']['precision'] } }))}
        {input(m.review.basis, e.date.basis, (v) => set({ date: { ...e.date, basis: v } }))}
        {input(`${m.review.summary} (en)`, e.summary.en, (v) => set({ summary: { ...e.summary, en: v } }), 'ltr')}
        {input(`${m.review.summary} (ar)`, e.summary.ar, (v) => set({ summary: { ...e.summary, ar: v } }), 'rtl')}
        {input(`${m.review.actor} (en)`, e.actor.en, (v) => set({ actor: { ...e.actor, en: v } }), 'ltr')}
        {input(`${m.review.actor} (ar)`, e.actor.ar, (v) => set({ actor: { ...e.actor, ar: v } }), 'rtl')}
        {input(m.review.translation, source.translation, (v) => set({ sources: [{ ...source, translation: v }, ...e.sources.slice(1)] }), 'ltr')}
      </div>
      <div role="group" aria-label={m.review.review} className="review-states">
        {REVIEW_STATES.map((state) => (
          <button key={state} type="button" aria-pressed={review.review === state} disabled={!editable} onClick={() => onChange((r) => ({ ...r, review: state }))}>
            {m.review.states[state]}
          </button>
        ))}
      </div>
    </>
  );
}
