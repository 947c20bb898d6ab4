import { describe, expect, it } from 'vitest';
import { EVENT_STATUSES } from '@/lib/data/schema';
import { STATUS_ORDER, STATUS_STYLES, movementHappened } from './status-style';

describe('status styles', () => {
  it('cover every status, in the legend order', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...EVENT_STATUSES].sort());
  });

  it('never draw a plan or a denial as a movement that happened', () => {
    expect(movementHappened('planned')).toBe(false);
    expect(movementHappened('denied')).toBe(false);
    expect(EVENT_STATUSES.filter(movementHappened)).toEqual(['reported', 'claimed', 'confirmed']);
  });

  it('tell every pair of statuses apart without colour', () => {
    const shape = (s: keyof typeof STATUS_STYLES) => {
      const { width, opacity, dash, hollow } = STATUS_STYLES[s];
      return JSON.stringify({ width, opacity, dash, hollow });
    };
    expect(new Set(EVENT_STATUSES.map(shape)).size).toBe(EVENT_STATUSES.length);
    expect(STATUS_STYLES.confirmed.width).toBeGreaterThan(STATUS_STYLES.reported.width);
    expect(STATUS_STYLES.claimed.opacity).toBeLessThan(STATUS_STYLES.reported.opacity);
    expect(STATUS_STYLES.planned.dash).not.toBeNull();
    expect(STATUS_STYLES.denied.hollow).toBe(true);
  });
});
