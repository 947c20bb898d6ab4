'use client';

import { useState } from 'react';
import { ArticleView } from '@/components/articles/article-view';
import { useI18n } from '@/components/i18n/locale-provider';
import { PageNav } from '@/components/i18n/page-nav';
import { WriterNameField } from '@/components/writers/writer-name-field';
import { fetchJson } from '@/hooks/use-dashboard-data';
import { useWriterName } from '@/hooks/use-writer-name';
import type { EventRecord, Place } from '@/lib/data/schema';
import type { DraftEvent, DraftFile } from '@/lib/ingest/draft-file';
import type { StoredDraft } from '@/lib/store/drafts';
import { DraftPlaces } from './draft-places';
import { EventFields } from './event-fields';
import { NewDraft } from './new-draft';

type Archived = Readonly<Record<string, EventRecord>>;

/**
 * The drafts waiting in the store, each with its article's quotes marked and its events to check,
 * edit, accept, reject or add as another source of an archived event (`archived`: the events that
 * the drafts' possible duplicates name).
 */
export function ReviewView({ drafts: initial, archived: initialArchived, places, editable }: { drafts: StoredDraft[]; archived: Archived; places: readonly Place[]; editable: boolean }) {
  const { m } = useI18n();
  const [drafts, setDrafts] = useState(initial);
  const [archived, setArchived] = useState(initialArchived);
  return (
    <main className="review">
      <PageNav />
      <h1>{m.review.title}</h1>
      <p>{m.review.intro}</p>
      {editable ? (
        <>
          <WriterNameField />
          <NewDraft
            onDrafted={(draft, more) => {
              setDrafts((list) => [...list, draft]);
              setArchived((known) => ({ ...known, ...more }));
            }}
          />
        </>
      ) : (
        <p className="notice" role="status">
          {m.review.readOnly}
        </p>
      )}
      {drafts.length === 0 ? <p className="muted">{m.review.none}</p> : drafts.map((d) => <DraftReview key={d.id} stored={d} archived={archived} places={places} editable={editable} onArchived={(more) => setArchived((known) => ({ ...known, ...more }))} />)}
    </main>
  );
}

function DraftReview({ stored, archived, places, editable, onArchived }: { stored: StoredDraft; archived: Archived; places: readonly Place[]; editable: boolean; onArchived: (more: Archived) => void }) {
  const { locale, m, f } = useI18n();
  const [author] = useWriterName();
  const [draft, setDraft] = useState(stored.draft);
  const [version, setVersion] = useState(stored.version);
  const [status, setStatus] = useState<string | null>(null);
  const [decided, setDecided] = useState(stored.state !== 'pending');
  const [busy, setBusy] = useState(false);
  const setEvent = (i: number, change: (e: DraftEvent) => DraftEvent) => setDraft((d) => ({ ...d, events: d.events.map((e, j) => (j === i ? change(e) : e)) }));
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
        const body = await fetchJson<{ accepted: { events: string[]; sources: string[] } }>(`/api/drafts/${stored.id}/accept`, json('POST', { author }));
        setDecided(true);
        return body.accepted.sources.length > 0 || draft.articleStored ? m.review.acceptedWith(body.accepted.events.length, body.accepted.sources.length) : m.review.accepted(body.accepted.events.length);
      },
    ]);
  const recheck = () =>
    run([
      saveStep,
      async () => {
        const body = await fetchJson<{ draft: DraftFile; version: number; archived: Archived }>(`/api/drafts/${stored.id}/duplicates`, json('POST', { author }));
        onArchived(body.archived);
        setDraft(body.draft);
        setVersion(body.version);
        return m.review.rechecked(body.draft.events.filter((e) => !e.stored && (e.duplicates ?? []).length > 0).length);
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
  // The draft's proposed places can be chosen for its events, beside the dataset's.
  const choices = [...places, ...(draft.places ?? []).map((p) => p.place).filter((p) => !places.some((q) => q.id === p.id))];
  const decidable = draft.events.some((e) => !e.stored && (e.review === 'accepted' || e.review === 'merged')) || draft.articleStored === true;
  const text = (value: string, set: (v: string) => void, label: string, dir?: 'rtl' | 'ltr') => (
    <label>
      {label}
      <input value={value} dir={dir ?? 'auto'} disabled={locked || draft.articleStored} onChange={(e) => set(e.target.value)} />
    </label>
  );
  const setArticle = (change: Partial<DraftFile['article']>) => setDraft((d) => ({ ...d, article: { ...d.article, ...change } }));

  return (
    <section className="review-draft" aria-labelledby={`draft-${stored.id}`}>
      <h2 id={`draft-${stored.id}`}>
        {m.review.article} {stored.id}
      </h2>
      <p className="muted">{m.review.drafted(stored.createdBy, f.moment(Date.parse(stored.createdAt)))}</p>
      {draft.articleStored && (
        <p className="notice" role="note">
          {m.review.articleStored}
        </p>
      )}
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
                <EventFields review={review} places={choices} archived={archived} editable={!locked} onChange={(change) => setEvent(i, change)} />
              </li>
            ))}
          </ol>
          {draft.places && <DraftPlaces places={draft.places} />}
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
            <button type="button" onClick={accept} disabled={locked || busy || !decidable}>
              {m.review.accept}
            </button>{' '}
            <button type="button" onClick={recheck} disabled={locked || busy}>
              {m.review.recheck}
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
