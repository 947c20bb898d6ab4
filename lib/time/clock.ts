/**
 * The timeline's clock, outside React: the time (null shows every date), whether it plays, and how
 * fast. Playing moves the time every animation frame; only what subscribes to the time itself (the
 * slider and the map's time uniform) hears every frame, while the rest of the page reads the day
 * and re-renders once a day at most. One rAF handle, one setter, as kepler.gl's animation
 * controller keeps it. With reduced motion, playing steps a whole unit a second instead.
 */
import { DAY_MS, middayOf } from './date';
import { clampTime, nextEventTime, previousEventTime, type Timeline } from './timeline';

export const SPEEDS = ['day', 'week', 'month'] as const;
export type Speed = (typeof SPEEDS)[number];
export const DEFAULT_SPEED: Speed = 'week';

/** Timeline days per second of playing. */
export const SPEED_DAYS: Record<Speed, number> = { day: 1, week: 7, month: 30 };

export interface ClockState {
  time: number | null;
  playing: boolean;
  speed: Speed;
}

/** Why the state changed: a user's step (worth a history entry), a scrub or a frame of playing. */
export type ClockCause = 'push' | 'replace' | 'frame';

export interface Clock {
  state(): ClockState;
  subscribe(listener: (cause: ClockCause) => void): () => void;
  setTimeline(timeline: Timeline | null): void;
  setTime(t: number | null, cause?: 'push' | 'replace'): void;
  /** Sets the whole state at once, from the URL (Back and Forward), without a URL write. */
  restore(state: ClockState): void;
  play(): void;
  pause(): void;
  setSpeed(speed: Speed): void;
  stepDays(days: number): void;
  stepEvent(direction: 1 | -1): void;
}

export interface ClockOptions {
  /** requestAnimationFrame and friends; injected so that the clock runs in tests without a browser. */
  frames?: { request(cb: (now: number) => void): number; cancel(id: number): void; now(): number };
  reducedMotion?: () => boolean;
}

export function createClock(initial: ClockState, options: ClockOptions = {}): Clock {
  let state = initial;
  let timeline: Timeline | null = null;
  const listeners = new Set<(cause: ClockCause) => void>();
  const frames = options.frames ?? { request: (cb) => requestAnimationFrame(cb), cancel: (id) => cancelAnimationFrame(id), now: () => performance.now() };
  const reduced = options.reducedMotion ?? (() => typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  let loop: { stop(): void } | null = null;

  const emit = (next: ClockState, cause: ClockCause) => {
    state = next;
    for (const listener of listeners) listener(cause);
  };
  const clamp = (t: number | null) => (t === null || !timeline ? t : clampTime(timeline, t));

  const stopLoop = () => {
    loop?.stop();
    loop = null;
  };
  const startLoop = () => {
    stopLoop();
    const advance = (days: number) => {
      if (!timeline) return;
      const next = Math.min((state.time ?? timeline.startMs) + days * DAY_MS, timeline.endMs);
      if (next >= timeline.endMs) {
        stopLoop();
        emit({ ...state, time: next, playing: false }, 'replace');
      } else emit({ ...state, time: next }, 'frame');
    };
    if (reduced()) {
      const id = setInterval(() => advance(SPEED_DAYS[state.speed]), 1000);
      loop = { stop: () => clearInterval(id) };
      return;
    }
    let last = frames.now();
    let id = 0;
    const tick = (now: number) => {
      advance(((now - last) / 1000) * SPEED_DAYS[state.speed]);
      last = now;
      if (loop) id = frames.request(tick);
    };
    id = frames.request(tick);
    loop = { stop: () => frames.cancel(id) };
  };

  const clock: Clock = {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setTimeline(next) {
      timeline = next;
      if (state.time !== null && timeline) {
        const t = clampTime(timeline, state.time);
        if (t !== state.time) emit({ ...state, time: t }, 'replace');
      }
      if (state.playing && !loop && timeline) startLoop();
    },
    setTime(t, cause = 'push') {
      emit({ ...state, time: clamp(t) }, cause);
    },
    restore(next) {
      state = { ...next, time: clamp(next.time) };
      if (state.playing && timeline) startLoop();
      else stopLoop();
      for (const listener of listeners) listener('frame');
    },
    play() {
      if (!timeline) return;
      // From the start when at the end or showing every date.
      const from = state.time === null || state.time >= timeline.endMs ? timeline.startMs : state.time;
      emit({ ...state, time: from, playing: true }, 'push');
      startLoop();
    },
    pause() {
      stopLoop();
      emit({ ...state, playing: false }, 'push');
    },
    setSpeed(speed) {
      emit({ ...state, speed }, 'replace');
    },
    stepDays(days) {
      clock.setTime((state.time ?? timeline?.endMs ?? 0) + days * DAY_MS);
    },
    stepEvent(direction) {
      if (!timeline) return;
      const from = state.time ?? (direction > 0 ? timeline.startMs - 1 : timeline.endMs + DAY_MS);
      const to = direction > 0 ? nextEventTime(timeline, from) : previousEventTime(timeline, from);
      if (to !== null) clock.setTime(middayOf(to));
    },
  };
  return clock;
}
