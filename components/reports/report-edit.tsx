'use client';

import { useEffect, useId, useState, type FormEvent } from 'react';
import { useI18n } from '@/components/i18n/locale-provider';
import { WriterNameField } from '@/components/writers/writer-name-field';
import { fetchJson } from '@/hooks/use-dashboard-data';
import { useWriterName } from '@/hooks/use-writer-name';
import { DATE_PRECISIONS, EVENT_STATUSES, type EventRecord } from '@/lib/data/schema';

/**
 * A correction of one report, on the version it was read with: its wording, status, date and note,
 * and the translations of its quotes (the quotes themselves are the source's own words and stay as
 * they are). The server checks it as it checks every write; a change made meanwhile by someone else
 * is refused rather than overwritten. Delete is recorded in the history with its reason.
 */
export function ReportEdit({ event, onDone, onCancel }: { event: EventRecord; onDone: (message: string) => void; onCancel: () => void }) {
  const { m, locale } = useI18n();
  const [author] = useWriterName();
  const [draft, setDraft] = useState(event);
  const [version, setVersion] = useState<number | null>(null);
  const [why, setWhy] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  // The version to edit is the one stored now, read when the form opens.
  useEffect(() => {
    let live = true;
    fetchJson<{ event: EventRecord; version: number }>(`/api/events/${encodeURIComponent(event.id)}`).then(
      (body) => {
        if (!live) return;
        setDraft(body.event);
        setVersion(body.version);
      },
      (error: unknown) => live && setStatus(m.review.failed(error instanceof Error ? error.message : String(error))),
    );
    return () => {
      live = false;
    };
  }, [event.id, m]);

  const send = async (method: 'PUT' | 'DELETE', done: string) => {
    if (!author.trim()) return setStatus(m.review.needName);
    setBusy(true);
    setStatus(m.review.working);
    try {
      const response = await fetch(`/api/events/${encodeURIComponent(event.id)}`, {
        method,
        headers: { 'content-type': 'application/json', 'if-match': `"${version}"` },
        body: JSON.stringify({ event: method === 'PUT' ? draft : undefined, author, note: why }),
      });
      if (response.status === 409) return setStatus(m.edit.stale);
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        return setStatus(m.review.failed(body?.error?.message ?? String(response.status)));
      }
      onDone(done);
    } catch (error) {
      setStatus(m.review.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send('PUT', m.edit.saved);
  };
  const set = (change: Partial<EventRecord>) => setDraft((d) => ({ ...d, ...change }));
  const field = (label: string, value: string, pick: (v: string) => void, options: { dir?: 'ltr' | 'rtl' | 'auto'; type?: string; required?: boolean } = {}) => (
    <label>
      {label}
      <input type={options.type ?? 'text'} dir={options.dir ?? 'auto'} value={value} required={options.required} onChange={(e) => pick(e.target.value)} />
    </label>
  );

  return (
    <form className="report-edit" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>{m.edit.title}</h5>
      <WriterNameField />
      <fieldset disabled={version === null || busy}>
        <div className="review-fields">
          {field(`${m.review.summary} (en)`, draft.summary.en, (v) => set({ summary: { ...draft.summary, en: v } }), { dir: 'ltr', required: true })}
          {field(`${m.review.summary} (ar)`, draft.summary.ar, (v) => set({ summary: { ...draft.summary, ar: v } }), { dir: 'rtl', required: true })}
          <label>
            {m.review.status}
            <select value={draft.status} onChange={(e) => set({ status: e.target.value as EventRecord['status'] })}>
              {EVENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {m.status[s]}
                </option>
              ))}
            </select>
          </label>
          {field(m.review.start, draft.date.start, (v) => set({ date: { ...draft.date, start: v } }), { dir: 'ltr', type: 'date', required: true })}
          {field(m.review.end, draft.date.end, (v) => set({ date: { ...draft.date, end: v } }), { dir: 'ltr', type: 'date', required: true })}
          <label>
            {m.review.precision}
            <select value={draft.date.precision} onChange={(e) => set({ date: { ...draft.date, precision: e.target.value as EventRecord['date']['precision'] } })}>
              {DATE_PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {m.precision[p]}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={draft.date.inferred} onChange={(e) => set({ date: { ...draft.date, inferred: e.target.checked } })} /> {m.edit.inferred}
          </label>
          {field(m.review.basis, draft.date.basis, (v) => set({ date: { ...draft.date, basis: v } }), { required: true })}
          {draft.sources.map((source, i) =>
            field(`${m.review.translation} ${draft.sources.length > 1 ? i + 1 : ''}`.trim(), source.translation, (v) => set({ sources: draft.sources.map((s, j) => (j === i ? { ...s, translation: v } : s)) }), { dir: 'ltr', required: true }),
          )}
          <label>
            {m.edit.note}
            <textarea dir="auto" rows={2} value={draft.note ?? ''} onChange={(e) => set({ note: e.target.value.trim() === '' ? undefined : e.target.value })} />
          </label>
          {field(m.edit.why, why, setWhy, { required: true })}
        </div>
        <p className="review-actions">
          <button type="submit">{m.edit.save}</button>{' '}
          <button type="button" onClick={onCancel}>
            {m.edit.cancel}
          </button>{' '}
          <button type="button" className="danger" onClick={() => why.trim() && window.confirm(m.edit.confirmDelete) && void send('DELETE', m.edit.deleted)} disabled={why.trim() === ''}>
            {m.edit.delete}
          </button>
        </p>
      </fieldset>
      <p role="status" lang={locale}>
        {status}
      </p>
    </form>
  );
}
