'use client';

import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useI18n } from '@/components/i18n/locale-provider';
import { useClockPlaying, useClockTime } from '@/hooks/use-timeline-clock';
import type { Clock } from '@/lib/time/clock';
import { kindColor } from '@/lib/map/event-symbols';
import { DAY_MS, middayOf } from '@/lib/time/date';
import { fractionAt, monthStarts, monthlyDensity, type Timeline } from '@/lib/time/timeline';
import { SPEEDS } from '@/lib/time/clock';

interface TimelineBarProps {
  timeline: Timeline;
  clock: Clock;
}

/** Past this many ticks, the ticks are drawn as one picture, not as buttons: a large archive has a tick on nearly every day. */
const MAX_TICK_BUTTONS = 600;

/** Ticks as one SVG: a short bar per day and kind, coloured by kind, drawn once per data. */
function TickStrip({ timeline }: { timeline: Timeline }) {
  const span = Math.max(timeline.endMs - timeline.startMs, 1);
  const byColor = new Map<string, string[]>();
  for (const tick of timeline.ticks) {
    const x = (((tick.ms - timeline.startMs) / span) * 1000).toFixed(1);
    const color = kindColor(tick.kind);
    byColor.set(color, [...(byColor.get(color) ?? []), `M${x} 0V1`]);
  }
  return (
    <svg className="timeline-ticks" viewBox="0 0 1000 1" preserveAspectRatio="none" aria-hidden="true">
      {[...byColor].map(([color, paths]) => (
        <path key={color} d={paths.join('')} stroke={color} strokeWidth="1.2" vectorEffect="non-scaling-stroke" />
      ))}
    </svg>
  );
}

/**
 * The date slider: month labels, a tick per event (coloured by kind; a click jumps to it), a density
 * strip, and a real ARIA slider for the date. Controls: play/pause, speed, previous/next event, today,
 * the end, and every date at once. In Arabic it runs right to left: time, the arrow keys and the
 * pointer all go the other way.
 */
export function TimelineBar({ timeline, clock }: TimelineBarProps) {
  const { locale, m, f, dir } = useI18n();
  const rtl = dir === 'rtl';
  const trackRef = useRef<HTMLDivElement>(null);
  const time = useClockTime(clock);
  const { playing, speed } = useClockPlaying(clock);
  const months = useMemo(() => monthStarts(timeline), [timeline]);
  const density = useMemo(() => monthlyDensity(timeline), [timeline]);
  const densest = Math.max(...density, 1);
  const days = Math.round((timeline.endMs - timeline.startMs) / DAY_MS);
  const position = time === null ? 1 : fractionAt(timeline, time);
  // The ticks change with the data and the language, not with the date: kept off the frame path.
  const ticks = useMemo(
    () =>
      timeline.ticks.length > MAX_TICK_BUTTONS ? (
        <TickStrip timeline={timeline} />
      ) : (
        timeline.ticks.map((tick) => {
        const label = m.timeline.tick(f.day(tick.ms), tick.count > 1 ? f.number(tick.count) : null, m.kind[tick.kind]);
        return (
          <button
            key={tick.id}
            type="button"
            tabIndex={-1}
            className="timeline-tick"
            style={{ insetInlineStart: `${fractionAt(timeline, tick.ms) * 100}%`, background: kindColor(tick.kind) }}
            aria-label={label}
            title={label}
            data-ms={tick.ms}
            // A pointer press is handled by the track; this is activation by assistive technology.
            onClick={(e) => {
              if (e.detail === 0) clock.setTime(middayOf(tick.ms));
            }}
          />
        );
      })
      ),
    [timeline, m, f, clock],
  );

  const timeAtPointer = (e: PointerEvent) => {
    const box = trackRef.current!.getBoundingClientRect();
    const along = rtl ? box.right - e.clientX : e.clientX - box.left;
    return timeline.startMs + (along / box.width) * (timeline.endMs - timeline.startMs);
  };
  // A press anywhere on the track starts a scrub; on a tick it first jumps to that tick's event.
  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const tick = (e.target as HTMLElement).closest<HTMLElement>('.timeline-tick');
    clock.setTime(tick ? middayOf(Number(tick.dataset.ms)) : timeAtPointer(e), 'push');
  };
  const onPointerMove = (e: PointerEvent) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) clock.setTime(timeAtPointer(e), 'replace');
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const forward = e.key === (rtl ? 'ArrowLeft' : 'ArrowRight') || e.key === 'ArrowUp';
    const back = e.key === (rtl ? 'ArrowRight' : 'ArrowLeft') || e.key === 'ArrowDown';
    if (e.key === ' ') {
      if (playing) clock.pause();
      else clock.play();
    } else if (forward || back) {
      if (e.shiftKey) clock.stepEvent(forward ? 1 : -1);
      else clock.stepDays(forward ? 1 : -1);
    } else if (e.key === 'PageUp' || e.key === 'PageDown') clock.stepDays(e.key === 'PageUp' ? 30 : -30);
    else if (e.key === 'Home') clock.setTime(middayOf(timeline.startMs));
    else if (e.key === 'End') clock.setTime(middayOf(timeline.endMs));
    else return;
    e.preventDefault();
  };

  return (
    <section className="timeline" aria-label={m.timeline.label}>
      <div className="timeline-controls">
        <button type="button" onClick={() => clock.stepEvent(-1)} aria-label={m.timeline.previous} title={m.timeline.previousKeys}>
          {rtl ? '⏭' : '⏮'}
        </button>
        <button type="button" className="timeline-play" onClick={playing ? clock.pause : clock.play} aria-label={playing ? m.timeline.pause : m.timeline.play} title={m.timeline.playKeys}>
          {playing ? '❚❚' : rtl ? '◀' : '▶'}
        </button>
        <button type="button" onClick={() => clock.stepEvent(1)} aria-label={m.timeline.next} title={m.timeline.nextKeys}>
          {rtl ? '⏮' : '⏭'}
        </button>
        <label className="timeline-speed">
          {m.timeline.speed}{' '}
          <select value={speed} onChange={(e) => clock.setSpeed(e.target.value as (typeof SPEEDS)[number])}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {m.timeline.speeds[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => clock.setTime(Date.now())} title={m.timeline.todayTitle}>
          {m.timeline.today}
        </button>
        <button type="button" onClick={() => clock.setTime(middayOf(timeline.endMs))}>
          {m.timeline.end}
        </button>
        <button type="button" onClick={() => clock.setTime(null)} aria-pressed={time === null}>
          {m.timeline.allDates}
        </button>
        <output className="timeline-date" aria-hidden="true">
          {time === null ? m.timeline.allDates : f.day(time)}
        </output>
      </div>
      <div className="timeline-track" ref={trackRef} onPointerDown={onPointerDown} onPointerMove={onPointerMove}>
        <svg className="timeline-density" viewBox={`0 0 ${density.length} 1`} preserveAspectRatio="none" aria-hidden="true">
          {density.map((count, i) => (
            <rect key={i} x={i + 0.08} width={0.84} y={1 - count / densest} height={count / densest} />
          ))}
        </svg>
        <div className="timeline-months" aria-hidden="true">
          {months.map((ms) => {
            const month = new Date(ms).getUTCMonth();
            const january = month === 0;
            // Arabic month names are long (تشرين الثاني): every other month is named, every month marked.
            const named = locale !== 'ar' || month % 2 === 0;
            return (
              <span key={ms} className={january ? 'timeline-month timeline-year' : 'timeline-month'} style={{ insetInlineStart: `${fractionAt(timeline, ms) * 100}%` }}>
                {january ? f.year(ms) : named ? f.month(ms) : ''}
              </span>
            );
          })}
        </div>
        {ticks}
        <div
          className="timeline-thumb"
          role="slider"
          tabIndex={0}
          aria-label={m.timeline.slider}
          aria-valuemin={0}
          aria-valuemax={days}
          aria-valuenow={Math.round(position * days)}
          aria-valuetext={time === null ? m.timeline.allDates : f.dayLong(time)}
          aria-keyshortcuts="Space ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End"
          style={{ insetInlineStart: `${position * 100}%` }}
          onKeyDown={onKeyDown}
        />
      </div>
    </section>
  );
}
