'use client';

import { useI18n } from '@/components/i18n/locale-provider';
import { DATE_PRECISIONS, EVENT_KINDS, EVENT_STATUSES, type EventRecord, type GeoPrecision, type Place } from '@/lib/data/schema';
import type { DraftEvent } from '@/lib/ingest/draft-file';
import { DuplicateChoice } from './duplicate-choice';

/** The states a reviewer picks with the buttons; `merged` is picked in the possible duplicates' choice. */
const BUTTON_STATES = ['pending', 'accepted', 'rejected'] as const;

/**
 * One proposed event, its quote and every field a reviewer checks or fills, each place with its
 * geo precision; for a possible duplicate, the choice between another source and a new event. An
 * event a batch already stored is shown, not edited.
 */
export function EventFields({
  review,
  places,
  archived,
  editable: canEdit,
  onChange,
}: {
  review: DraftEvent;
  places: readonly Place[];
  archived: Readonly<Record<string, EventRecord>>;
  editable: boolean;
  onChange: (change: (r: DraftEvent) => DraftEvent) => void;
}) {
  const { locale, m, f } = useI18n();
  const editable = canEdit && !review.stored;
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
  /** A place's field with its geo precision beside it (read-only: ingest's reading of how exactly the text names it). */
  const place = (label: string, value: string, pick: (v: string) => void, precision: GeoPrecision | undefined) => (
    <div className="review-place">
      {select(label, value, placeOptions, pick)}
      {precision !== undefined && (
        <span className="badge">
          {m.review.geoPrecisionLabel}: {f.number(precision)} · {m.review.geoPrecision(precision)}
        </span>
      )}
    </div>
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
      {review.stored && (
        <p className="notice" role="note">
          {m.review.stored}
        </p>
      )}
      <div className="review-fields">
        {select(m.review.kind, e.kind, EVENT_KINDS.map((k) => [k, m.kind[k]] as const), (v) =>
          set(v === 'movement' ? { kind: 'movement', from: e.from ?? e.place, to: e.to ?? e.place, place: undefined } : { kind: v as EventRecord['kind'], place: e.place ?? e.to ?? e.from, from: undefined, to: undefined, via: undefined }),
        )}
        {select(m.review.status, e.status, EVENT_STATUSES.map((s) => [s, m.status[s]] as const), (v) => set({ status: v as EventRecord['status'] }))}
        {e.kind === 'movement' ? (
          <>
            {place(m.review.from, e.from ?? '', (v) => set({ from: v }), e.geoPrecision?.from)}
            {place(m.review.to, e.to ?? '', (v) => set({ to: v }), e.geoPrecision?.to)}
          </>
        ) : (
          place(m.review.place, e.place ?? '', (v) => set({ place: v }), e.geoPrecision?.place)
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
      {!review.stored && <DuplicateChoice review={review} archived={archived} editable={editable} onChange={onChange} />}
      <div role="group" aria-label={m.review.review} className="review-states">
        {BUTTON_STATES.map((state) => (
          <button key={state} type="button" aria-pressed={review.review === state} disabled={!editable} onClick={() => onChange((r) => ({ ...r, review: state, mergeInto: undefined }))}>
            {m.review.states[state]}
          </button>
        ))}
      </div>
      {review.review === 'accepted' && !review.stored && (
        <label className="review-checked">
          <input type="checkbox" checked={review.duplicateChecked === true} disabled={!editable} onChange={(ev) => onChange((r) => ({ ...r, duplicateChecked: ev.target.checked || undefined }))} /> {m.review.notDuplicate}
        </label>
      )}
    </>
  );
}
