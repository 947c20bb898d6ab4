/**
 * Everything the map needs at one moment of the timeline, from the pure rules in animation.ts:
 * a frame per movement, and per point symbol (which may stand for several events) the brightest
 * of its events and whether any of them pulses.
 */
import { DEFAULT_ANIMATION, movementFrame, pointFrame, type AnimationOptions, type EventTiming, type MovementFrame } from './animation';

export interface SymbolFrame {
  opacity: number;
  pulse: boolean;
}

export interface MapFrames {
  movements: Map<string, MovementFrame>;
  /** Keyed by the symbol's key (place/family). */
  symbols: Map<string, SymbolFrame>;
}

export function framesAt(
  t: number,
  timings: ReadonlyMap<string, EventTiming>,
  movementIds: readonly string[],
  symbols: readonly { key: string; events: readonly string[] }[],
  options: AnimationOptions = DEFAULT_ANIMATION,
): MapFrames {
  const movements = new Map<string, MovementFrame>();
  for (const id of movementIds) {
    const timing = timings.get(id);
    if (timing) movements.set(id, movementFrame(timing, t, options));
  }
  const symbolFrames = new Map<string, SymbolFrame>();
  for (const symbol of symbols) {
    let opacity = 0;
    let pulse = false;
    for (const id of symbol.events) {
      const timing = timings.get(id);
      if (!timing) continue;
      const frame = pointFrame(timing, t, options);
      opacity = Math.max(opacity, frame.opacity);
      pulse ||= frame.phase === 'pulse';
    }
    symbolFrames.set(symbol.key, { opacity, pulse });
  }
  return { movements, symbols: symbolFrames };
}

/**
 * What the map view sets as feature-state on the point-event symbols: opacity and pulse. (Routes take
 * the date as a uniform on the GPU instead; see lib/map/movement-gpu.ts.)
 */
export type SymbolStates = Map<string, { opacity: number; pulse: number }>;

export function symbolStates(frames: MapFrames): SymbolStates {
  return new Map([...frames.symbols].map(([key, f]) => [key, { opacity: f.opacity, pulse: f.pulse ? 1 : 0 }]));
}
