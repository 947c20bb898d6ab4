'use client';

import { useState } from 'react';
import { useI18n } from '@/components/i18n/locale-provider';
import { fetchJson } from '@/hooks/use-dashboard-data';
import type { Revision } from '@/lib/store/read';

/** "Edited N times · History": who changed the report, when, why, and which fields, newest first, fetched when opened. */
export function ReportHistory({ eventId, edits }: { eventId: string; edits: number }) {
  const { m, f } = useI18n();
  const [open, setOpen] = useState(false);
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggle = async () => {
    setOpen(!open);
    if (open || revisions) return;
    try {
      setRevisions((await fetchJson<{ revisions: Revision[] }>(`/api/events/${encodeURIComponent(eventId)}/history`)).revisions);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="report-history">
      {edits > 0 && <span className="muted">{m.edit.edited(edits, f)} · </span>}
      <button type="button" className="link-button" aria-expanded={open} onClick={() => void toggle()}>
        {open ? m.edit.hideHistory : m.edit.history}
      </button>
      {open && (
        <div role="region" aria-label={m.edit.history} aria-live="polite">
          {error && <p role="alert">{error}</p>}
          {!revisions && !error && <p className="muted">{m.edit.loading}</p>}
          {revisions && (
            <ol className="report-revisions" reversed>
              {[...revisions].reverse().map((r) => (
                <li key={r.version + r.action}>
                  {m.edit.revision(m.edit.actions[r.action], r.author, f.moment(Date.parse(r.at)))}
                  {' — '}
                  <span dir="auto">{r.note}</span>
                  {r.action === 'update' && r.fields.length > 0 && <span className="muted"> ({m.edit.fields(r.fields.join(', '))})</span>}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
