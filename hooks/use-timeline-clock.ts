'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { DAY_MS, fromUtcMs, middayOf, middayOfDate } from '@/lib/time/date';
import { clampTime, nextEventTime, previousEventTime, type Timeline } from '@/lib/time/timeline';
import type { DashboardParams, Speed } from '@/lib/url/dashboard-params';

/** Timeline days per second of playing. */
export const SPEED_DAYS: Record<Speed, number> = { day: 1, week: 7, month: 30 };

const dayOf = (t: number | null) => (t === null ? null : fromUtcMs(t));
/** How often the URL follows a scrub or a play, at most. */
const URL_EVERY_MS = 250;

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

type SetParams = (changes: Partial<Record<'t' | 'play' | 'speed', string | null>>, mode?: 'push' | 'replace') => void;

/**
 * The timeline's clock: the current time (null shows every event at once), playing, and speed.
 * The URL holds the date, playing state and speed; Back and Forward restore them. Playing advances
 * every animation frame; with reduced motion it steps once a second instead.
 */
export function useTimelineClock(timeline: Timeline | null, params: DashboardParams, setParams: SetParams) {
  const [time, setTimeState] = useState<number | null>(params.t ? middayOfDate(params.t) : null);
  const [playing, setPlaying] = useState(params.playing);
  const timeRef = useRef(time);
  timeRef.current = time;

  // Back and Forward: follow the URL when it changes to something this clock did not write.
  const written = useRef<{ t: string | null; playing: boolean }>({ t: params.t, playing: params.playing });
  useEffect(() => {
    if (params.t === written.current.t && params.playing === written.current.playing) return;
    written.current = { t: params.t, playing: params.playing };
    setTimeState(params.t ? middayOfDate(params.t) : null);
    setPlaying(params.playing);
  }, [params.t, params.playing]);

  // The URL follows the clock, a few times a second at most.
  const lastWrite = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const writeUrl = useCallback(
    (t: number | null, play: boolean, mode: 'push' | 'replace') => {
      if (pending.current) clearTimeout(pending.current);
      pending.current = null;
      const write = () => {
        lastWrite.current = Date.now();
        written.current = { t: dayOf(t), playing: play && t !== null };
        setParams({ t: written.current.t, play: written.current.playing ? '1' : null }, mode);
      };
      const wait = URL_EVERY_MS - (Date.now() - lastWrite.current);
      if (mode === 'push' || wait <= 0) write();
      else pending.current = setTimeout(write, wait);
    },
    [setParams],
  );

  const setTime = useCallback(
    (t: number | null, mode: 'push' | 'replace' = 'push') => {
      const next = t === null || !timeline ? null : clampTime(timeline, t);
      setTimeState(next);
      writeUrl(next, playing, mode);
    },
    [timeline, playing, writeUrl],
  );

  const play = useCallback(() => {
    if (!timeline) return;
    // From the start when at the end or showing every date.
    const from = time === null || time >= timeline.endMs ? timeline.startMs : time;
    setTimeState(from);
    setPlaying(true);
    writeUrl(from, true, 'push');
  }, [timeline, time, writeUrl]);
  const pause = useCallback(() => {
    setPlaying(false);
    writeUrl(timeRef.current, false, 'push');
  }, [writeUrl]);

  // Playing.
  const speedDays = SPEED_DAYS[params.speed];
  useEffect(() => {
    if (!playing || !timeline) return;
    const advance = (days: number) => {
      const next = Math.min((timeRef.current ?? timeline.startMs) + days * DAY_MS, timeline.endMs);
      setTimeState(next);
      if (next >= timeline.endMs) {
        setPlaying(false);
        writeUrl(next, false, 'replace');
      } else writeUrl(next, true, 'replace');
    };
    if (prefersReducedMotion()) {
      const id = setInterval(() => advance(speedDays), 1000);
      return () => clearInterval(id);
    }
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      advance(((now - last) / 1000) * speedDays);
      last = now;
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, timeline, speedDays, writeUrl]);

  const stepDays = useCallback((days: number) => setTime((timeRef.current ?? timeline?.endMs ?? 0) + days * DAY_MS), [setTime, timeline]);
  const stepEvent = useCallback(
    (direction: 1 | -1) => {
      if (!timeline) return;
      const from = timeRef.current ?? (direction > 0 ? timeline.startMs - 1 : timeline.endMs + DAY_MS);
      const to = direction > 0 ? nextEventTime(timeline, from) : previousEventTime(timeline, from);
      if (to !== null) setTime(middayOf(to));
    },
    [timeline, setTime],
  );
  const setSpeed = useCallback((speed: Speed) => setParams({ speed }, 'replace'), [setParams]);

  return { time, playing, speed: params.speed, setTime, play, pause, stepDays, stepEvent, setSpeed };
}

export type TimelineClock = ReturnType<typeof useTimelineClock>;
