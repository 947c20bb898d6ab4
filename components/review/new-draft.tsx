'use client';

import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '@/components/i18n/locale-provider';
import { fetchJson } from '@/hooks/use-dashboard-data';
import { useWriterName } from '@/hooks/use-writer-name';
import type { EventRecord } from '@/lib/data/schema';
import type { StoredDraft } from '@/lib/store/drafts';

/** A new draft from an article's text, pasted or read from a UTF-8 file: what `npm run ingest` does, from the page. */
export function NewDraft({ onDrafted }: { onDrafted: (draft: StoredDraft, archived: Record<string, EventRecord>) => void }) {
  const { m, locale } = useI18n();
  const [author] = useWriterName();
  const [text, setText] = useState('');
  const [name, setName] = useState<string | undefined>();
  const [published, setPublished] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { text: useId(), file: useId(), date: useId() };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      // Fatal: a file in another encoding is refused here, not turned into replacement characters.
      setText(new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()));
      setName(file.name);
      setStatus(null);
    } catch {
      setStatus(m.review.notUtf8);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!author.trim()) return setStatus(m.review.needName);
    setBusy(true);
    setStatus(m.review.working);
    try {
      const body = await fetchJson<{ draft: StoredDraft; archived: Record<string, EventRecord> }>('/api/drafts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, name, published: published || undefined, author }),
      });
      onDrafted(body.draft, body.archived);
      setStatus(m.review.made(body.draft.id, body.draft.draft.events.length));
      setText('');
      setName(undefined);
      setPublished('');
    } catch (error) {
      setStatus(m.review.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="review-new" onSubmit={submit} aria-labelledby={`${ids.text}-title`}>
      <h2 id={`${ids.text}-title`}>{m.review.newTitle}</h2>
      <p className="muted">{m.review.newIntro}</p>
      <label htmlFor={ids.text}>{m.review.text}</label>
      <textarea id={ids.text} dir="auto" lang="ar" rows={8} value={text} required onChange={(e) => setText(e.target.value)} />
      <p className="review-new-fields">
        <label htmlFor={ids.file}>{m.review.file}</label> <input id={ids.file} type="file" accept=".txt,text/plain" onChange={(e) => void readFile(e.target.files?.[0])} />{' '}
        <label htmlFor={ids.date}>{m.review.publishedOptional}</label> <input id={ids.date} type="date" value={published} onChange={(e) => setPublished(e.target.value)} />{' '}
        <button type="submit" disabled={busy || text.trim() === ''}>
          {m.review.make}
        </button>{' '}
        <span role="status" lang={locale}>
          {status}
        </span>
      </p>
    </form>
  );
}
