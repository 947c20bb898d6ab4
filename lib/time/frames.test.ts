import { describe, expect, it } from 'vitest';
import { type EventTiming } from './animation';
import { DAY_MS, toUtcMs } from './date';
import { framesAt } from './frames';

const timing = (kind: EventTiming['kind'], start: string): EventTiming => ({
  kind, status: 'reported', precision: 'day', startMs: toUtcMs(start), endMs: toUtcMs(start) + DAY_MS,
});
const timings = new Map([
  ['convoy', timing('movement', '2024-10-02')],
  ['attack-1', timing('attack', '2024-01-20')],
  ['attack-2', timing('attack', '2024-10-01')],
]);

describe('framesAt', () => {
  it('gives each movement its frame and each symbol the brightest of its events', () => {
    const frames = framesAt(toUtcMs('2024-10-01') + DAY_MS / 2, timings, ['convoy'], [{ key: 'ain-al-asad/attack', events: ['attack-1', 'attack-2'] }]);
    expect(frames.movements.get('convoy')!.phase).toBe('hidden');
    expect(frames.symbols.get('ain-al-asad/attack')).toEqual({ opacity: 1, pulse: true });
  });
  it('dims a symbol once all its events have passed', () => {
    const frames = framesAt(toUtcMs('2024-12-01'), timings, [], [{ key: 's', events: ['attack-1', 'attack-2'] }]);
    expect(frames.symbols.get('s')!.pulse).toBe(false);
    expect(frames.symbols.get('s')!.opacity).toBeLessThan(1);
  });
});
