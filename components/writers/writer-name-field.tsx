'use client';

import { useId } from 'react';
import { useI18n } from '@/components/i18n/locale-provider';
import { useWriterName } from '@/hooks/use-writer-name';

/** "Your name": asked once, kept in this browser, sent with every change for the history. */
export function WriterNameField() {
  const { m } = useI18n();
  const [name, setName] = useWriterName();
  const hint = useId();
  return (
    <label className="writer-name">
      {m.writer.label}{' '}
      <input value={name} dir="auto" autoComplete="name" maxLength={100} aria-describedby={hint} onChange={(e) => setName(e.target.value)} />{' '}
      <span id={hint} className="muted">
        {m.writer.hint}
      </span>
    </label>
  );
}
