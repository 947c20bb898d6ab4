'use client';

import { useState } from 'react';

/**
 * Copies a citation to the clipboard. Where the clipboard is refused (no permission, an insecure
 * origin), the citation is shown selected in a text box instead, so that nothing is lost.
 */
export function CopyCitation({ text }: { text: () => string }) {
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
        Copy citation
      </button>
      <span role="status" className="muted">
        {state.kind === 'copied' ? ' Copied.' : state.kind === 'failed' ? ' The clipboard is not available here: copy the citation below.' : ''}
      </span>
      {state.kind === 'failed' && (
        <textarea className="citation-text" readOnly value={state.text} rows={5} aria-label="Citation" onFocus={(e) => e.currentTarget.select()} autoFocus />
      )}
    </>
  );
}
