/** Messages between a presentation and its speaker view (another window of the same browser). */
export type BriefMessage =
  /** The presentation is at this step (0-based). */
  | { kind: 'step'; step: number }
  /** The speaker view asks the presentation to go to a step. */
  | { kind: 'go'; step: number }
  /** The speaker view has opened and asks where the presentation is. */
  | { kind: 'hello' };

/** The channel for one briefing, or null where the browser has none. */
export function briefChannel(id: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`sitrep-brief-${id}`);
}
