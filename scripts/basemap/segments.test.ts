import { describe, expect, it } from 'vitest';
import { closedRings, joinSegments, parseGmtSegments } from './segments';

describe('parseGmtSegments', () => {
  it('reads segments between header lines and drops empty ones', () => {
    const text = '> River Bin # 1, Level 2\n1\t2\n3 4\n> Bin # 2\n> Bin # 3\n5 6\n7 8\n';
    expect(parseGmtSegments(text)).toEqual([
      [[1, 2], [3, 4]],
      [[5, 6], [7, 8]],
    ]);
  });

  it('refuses a line that is not a coordinate pair', () => {
    expect(() => parseGmtSegments('> h\n1 x\n')).toThrow(SyntaxError);
  });
});

describe('joinSegments', () => {
  it('joins pieces that meet end to end, whichever way they run', () => {
    const chains = joinSegments([
      [[1, 0], [2, 0]],
      [[0, 0], [1, 0]],
      [[3, 0], [2, 0]],
      [[9, 9], [9, 8]],
    ]);
    expect(chains).toEqual([
      [[0, 0], [1, 0], [2, 0], [3, 0]],
      [[9, 9], [9, 8]],
    ]);
  });

  it('closes a ring cut into pieces and keeps open chains out of the rings', () => {
    const chains = joinSegments([
      [[0, 0], [1, 0], [1, 1]],
      [[0, 0], [0, 1], [1, 1]],
      [[5, 5], [6, 6]],
    ]);
    expect(closedRings(chains)).toEqual([[[0, 1], [0, 0], [1, 0], [1, 1], [0, 1]]].map((r) => expect.arrayContaining(r)));
    expect(closedRings(chains)).toHaveLength(1);
    expect(closedRings(chains)[0]).toHaveLength(5);
  });
});
