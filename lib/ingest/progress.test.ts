/** The batch's progress: a bar redrawn in place on a terminal, a line per file in a log. */
import { describe, expect, it } from 'vitest';
import { bar, progress } from './progress';

describe('progress', () => {
  it('draws the bar by files done', () => {
    expect(bar(0, 40)).toBe('[....................]');
    expect(bar(12, 40)).toBe('[######..............]');
    expect(bar(40, 40)).toBe('[####################]');
  });

  it('redraws one line on a terminal and ends it when the batch is over', () => {
    const chunks: string[] = [];
    const lines: string[] = [];
    const p = progress(2, { write: (c) => chunks.push(c) }, (l) => lines.push(l));
    p.start(0, 'a.txt');
    p.done(0, 'a.txt', 'drafted');
    p.start(1, 'b.txt');
    p.done(1, 'b.txt', 'refused');
    p.finish();
    expect(chunks).toEqual([
      '\r[....................] 1/2 a.txt\x1b[K',
      '\r[##########..........] 1/2 a.txt\x1b[K',
      '\r[##########..........] 2/2 b.txt\x1b[K',
      '\r[####################] 2/2 b.txt\x1b[K',
      '\n',
    ]);
    expect(lines).toEqual([]);
  });

  it('writes a line per file, with what became of it, when there is no terminal', () => {
    const lines: string[] = [];
    const p = progress(2, undefined, (l) => lines.push(l));
    p.start(0, 'a.txt');
    p.done(0, 'a.txt', 'drafted 005_0123456789abcdef');
    p.start(1, 'b.txt');
    p.done(1, 'b.txt', 'refused');
    p.finish();
    expect(lines).toEqual(['1/2 a.txt: drafted 005_0123456789abcdef', '2/2 b.txt: refused']);
  });
});
