'use client';

import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n/locale-provider';
import type { Briefing, EventRecord } from '@/lib/data/schema';
import { useStepDate } from './briefing-view';
import { briefChannel, type BriefMessage } from './channel';

/** A second window for the presenter: this step's notes, the next step, a clock and the time elapsed. It follows and moves the presentation. */
export function SpeakerView({ briefing, events }: { briefing: Briefing; events: readonly EventRecord[] }) {
  const { locale, m, f } = useI18n();
  const stepDate = useStepDate(events);
  const [at, setAt] = useState<number | null>(null);
  const [now, setNow] = useState<number | null>(null);
  const opened = useRef(0);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    opened.current = Date.now();
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    const c = briefChannel(briefing.id);
    channel.current = c;
    if (c) {
      c.onmessage = (e: MessageEvent<BriefMessage>) => e.data.kind === 'step' && setAt(e.data.step);
      c.postMessage({ kind: 'hello' } satisfies BriefMessage);
    }
    return () => {
      window.clearInterval(timer);
      c?.close();
    };
  }, [briefing.id]);
  const total = briefing.steps.length;
  const step = at === null ? null : briefing.steps[at];
  const next = at === null ? null : briefing.steps[at + 1];
  const go = (to: number) => channel.current?.postMessage({ kind: 'go', step: to } satisfies BriefMessage);
  // A clicker aimed at this window moves the presentation as well.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (at === null || e.altKey || e.ctrlKey || e.metaKey || (e.target as HTMLElement).closest('input, select, textarea')) return;
      if (e.key === 'PageDown' || e.key === 'ArrowRight' || e.key === ' ') go(Math.min(at + 1, briefing.steps.length - 1));
      else if (e.key === 'PageUp' || e.key === 'ArrowLeft') go(Math.max(at - 1, 0));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const elapsed = now === null ? 0 : Math.floor((now - opened.current) / 1000);
  const clock = now === null ? '' : new Date(now).toLocaleTimeString(locale === 'ar' ? 'ar-u-nu-arab' : 'en-GB');

  return (
    <main className="speaker">
      <header className="speaker-bar">
        <h1>{briefing.title[locale]}</h1>
        <p>
          {m.brief.clock} <strong>{clock}</strong> · {m.brief.elapsed}{' '}
          <strong>
            {f.number(Math.floor(elapsed / 60))}:{f.number(elapsed % 60).padStart(2, f.number(0))}
          </strong>
        </p>
      </header>
      {step && at !== null ? (
        <>
          <section aria-labelledby="speaker-now">
            <h2 id="speaker-now" aria-live="polite">
              {m.brief.now}: {m.brief.step(f.number(at + 1), f.number(total))} · {stepDate(step)}
            </h2>
            <p className="speaker-caption">{step.caption[locale]}</p>
            <h3>{m.brief.cites}</h3>
            <ul>
              {step.cites.flatMap((id) => events.find((e) => e.id === id) ?? []).map((e) => (
                <li key={e.id}>
                  <span className={`badge status-${e.status}`}>{m.status[e.status]}</span> {e.summary[locale]} <span className="muted">({f.dateClaim(e.date)})</span>
                </li>
              ))}
            </ul>
            <h3>{m.brief.notes}</h3>
            <p className="speaker-notes">{step.notes?.[locale] ?? step.notes?.en ?? m.brief.noNotes}</p>
          </section>
          <section aria-labelledby="speaker-next">
            <h2 id="speaker-next">{m.brief.upNext}</h2>
            <p>{next ? `${stepDate(next)} — ${next.caption[locale]}` : m.brief.end}</p>
          </section>
          <p>
            <button type="button" onClick={() => go(at - 1)} disabled={at === 0}>
              {m.brief.previous}
            </button>{' '}
            <button type="button" onClick={() => go(at + 1)} disabled={at === total - 1}>
              {m.brief.next}
            </button>
          </p>
        </>
      ) : (
        <p role="status">{m.brief.waiting}</p>
      )}
    </main>
  );
}
