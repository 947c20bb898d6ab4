'use client';

import { useState } from 'react';
import { useI18n } from '@/components/i18n/locale-provider';

/**
 * Copies a citation to the clipboard. Where the clipboard is refused (no permission, an insecure
 * origin), the citation is shown selected in a text box instead, so that nothing is lost.
 */
export function CopyCitation({ text }: { text: () => string }) {
  const { m } = useI18n();
  const [state, setState] = useState<{ kind: 'idle' | 'copied' } | { kind: 'failed'; text: string }>({ kind: 'idle' });
  const copy = async () => {
    const citation = text();
    try {
      await navigator.clipboard.writeText(citation);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'failed', text: citation });
    }
  };
  return (
    <>
      <button type="button" className="link-button" onClick={copy}>
        {m.report.copy}
      </button>
      <span role="status" className="muted">
        {state.kind === 'copied' ? ` ${m.report.copied}` : state.kind === 'failed' ? ` ${m.report.noClipboard}` : ''}
      </span>
      {state.kind === 'failed' && (
        <textarea className="citation-text" readOnly value={state.text} rows={5} aria-label={m.report.citation} onFocus={(e) => e.currentTarget.select()} autoFocus />
      )}
    </>
  );
}
