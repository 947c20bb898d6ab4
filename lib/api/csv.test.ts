import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, and keeps Arabic as is', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['عين الأسد', 'line\nbreak']])).toBe(
      'a,b\r\n"x, y","say ""hi"""\r\nعين الأسد,"line\nbreak"\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['-2+3'], ['@SUM(A1)']])).toBe('a\r\n"\'=HYPERLINK(""x"")"\r\n\'-2+3\r\n\'@SUM(A1)\r\n');
  });
});
