'use client';

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createClock, type Clock, type ClockState } from '@/lib/time/clock';
import { fromUtcMs, middayOf, middayOfDate } from '@/lib/time/date';
import type { Timeline } from '@/lib/time/timeline';
import type { DashboardParams } from '@/lib/url/dashboard-params';
import type { SearchChanges } from '@/lib/url/location';

/** How often the URL follows a scrub or a play, at most (Safari throws past 100 replaceState calls in 30 s). */
const URL_EVERY_MS = 500;

const urlOf = (s: ClockState): SearchChanges => ({ t: s.time === null ? null : fromUtcMs(s.time), play: s.playing && s.time !== null ? '1' : null, speed: s.speed });
const stateOf = (p: DashboardParams): ClockState => ({ time: p.t ? middayOfDate(p.t) : null, playing: p.playing, speed: p.speed });

/**
 * The page's timeline clock (lib/time/clock.ts), tied to the URL: the URL holds the date, playing
 * and speed; Back and Forward restore them; the clock writes them back, a step at once (a history
 * entry), a scrub or a play at most twice a second. Components read it with the hooks below, each
 * re-rendering only when what it reads changes.
 */
export function useTimelineClock(timeline: Timeline | null, params: DashboardParams, write: (changes: SearchChanges, mode: 'push' | 'replace') => void): Clock {
  // Made once: later URL changes reach it through `restore`.
  const [clock] = useState(() => createClock(stateOf(params)));
  const written = useRef(JSON.stringify(urlOf(clock.state())));
  const writeRef = useRef(write);
  writeRef.current = write;

  useEffect(() => clock.setTimeline(timeline), [clock, timeline]);

  // The clock writes the URL.
  useEffect(() => {
    let last = 0;
    let pending: ReturnType<typeof setTimeout> | null = null;
    const flush = (mode: 'push' | 'replace') => {
      if (pending) clearTimeout(pending);
      pending = null;
      last = Date.now();
      const changes = urlOf(clock.state());
      written.current = JSON.stringify(changes);
      writeRef.current(changes, mode);
    };
    const unsubscribe = clock.subscribe((cause) => {
      if (JSON.stringify(urlOf(clock.state())) === written.current) return;
      if (cause === 'push') return flush('push');
      const wait = URL_EVERY_MS - (Date.now() - last);
      if (wait <= 0) flush('replace');
      else pending ??= setTimeout(() => flush('replace'), wait);
    });
    return () => {
      unsubscribe();
      if (pending) clearTimeout(pending);
    };
  }, [clock]);

  // Back and Forward: follow the URL when it changes to something this clock did not write.
  useEffect(() => {
    const next = stateOf(params);
    if (JSON.stringify(urlOf(next)) === written.current) return;
    written.current = JSON.stringify(urlOf(next));
    clock.restore(next);
  }, [clock, params]);

  return clock;
}

/** A clock held at a time (a briefing's step): the map shows that moment, and moves when it changes. */
export function useHeldClock(timeline: Timeline | null, time: number | null): Clock {
  const [clock] = useState(() => createClock({ time, playing: false, speed: 'week' }));
  useEffect(() => clock.setTimeline(timeline), [clock, timeline]);
  useEffect(() => clock.setTime(time, 'replace'), [clock, time]);
  return clock;
}

/** The time, every frame while playing: for the slider and the map's time uniform only. */
export function useClockTime(clock: Clock): number | null {
  return useSyncExternalStore(clock.subscribe, () => clock.state().time, () => clock.state().time);
}

/** The day (its midday), which changes once a day of the timeline at most: what everything else reads. */
export function useClockDay(clock: Clock): number | null {
  const read = () => {
    const t = clock.state().time;
    return t === null ? null : middayOf(t);
  };
  return useSyncExternalStore(clock.subscribe, read, read);
}

/** Whether it plays, and how fast. */
export function useClockPlaying(clock: Clock): { playing: boolean; speed: ClockState['speed'] } {
  const playing = useSyncExternalStore(clock.subscribe, () => clock.state().playing, () => clock.state().playing);
  const speed = useSyncExternalStore(clock.subscribe, () => clock.state().speed, () => clock.state().speed);
  return useMemo(() => ({ playing, speed }), [playing, speed]);
}
