/**
 * How each status is drawn. No status relies on colour alone: width, opacity, dashes and a hollow
 * line tell them apart on a projector and for colour-blind viewers. Colours come from a diverging
 * blue/orange scheme that stays distinct under deuteranopia. Their names and patterns in words are
 * in lib/i18n/messages.ts (`status`, `statusPattern`).
 */
import type { EventStatus } from '@/lib/data/schema';

export interface StatusStyle {
  color: string;
  width: number;
  opacity: number;
  /** Dash and gap lengths in line widths, or null for a solid line. */
  dash: readonly [number, number] | null;
  /** Drawn as an outline with a white core. */
  hollow: boolean;
  /** A movement that the source says took place (as opposed to planned or denied). */
  happened: boolean;
}

export const STATUS_STYLES: Readonly<Record<EventStatus, StatusStyle>> = {
  confirmed: { color: '#08306b', width: 6, opacity: 1, dash: null, hollow: false, happened: true },
  reported: { color: '#2166ac', width: 4, opacity: 0.95, dash: null, hollow: false, happened: true },
  claimed: { color: '#4393c3', width: 2.5, opacity: 0.6, dash: null, hollow: false, happened: true },
  planned: { color: '#b35806', width: 3.5, opacity: 0.95, dash: [2, 1.5], hollow: false, happened: false },
  denied: { color: '#3f3f3f', width: 6, opacity: 0.9, dash: null, hollow: true, happened: false },
};

/** The broad band under a movement dated only to a month, a year or a range: width and soft edge in pixels. */
export const BAND_STYLE = { width: 16, blur: 4, opacity: 0.3 } as const;
/** A plan past its deadline keeps its colour but turns fainter and dotted: dash and gap in line widths. */
export const OVERDUE_DASH = [0.5, 1.5] as const;

export const STATUS_ORDER: readonly EventStatus[] = ['confirmed', 'reported', 'claimed', 'planned', 'denied'];

/** A movement is drawn as something that took place only when its status says so. */
export function movementHappened(status: EventStatus): boolean {
  return STATUS_STYLES[status].happened;
}
