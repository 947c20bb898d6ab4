/** `--dates FILE.csv`: what a good CSV gives, and the line and column each kind of mistake is reported at. */
import { describe, expect, it } from 'vitest';
import { dateFor, parseDates, unusedDates } from './batch-dates';
import { IngestInputError } from './input';

describe('parseDates', () => {
  it('reads file,date rows, by the name as given or the base name, quoted or not', () => {
    const table = parseDates('dates.csv', '\uFEFFfile,date\r\nin/a.txt,2025-03-11\n"b, second.txt", 2025-04-01 \n\n');
    expect(dateFor(table, 'in/a.txt')).toBe('2025-03-11');
    expect(dateFor(table, './in/a.txt')).toBe('2025-03-11');
    expect(dateFor(table, 'elsewhere/b, second.txt')).toBe('2025-04-01');
    expect(dateFor(table, 'other/a.txt')).toBeUndefined();
    expect(dateFor(undefined, 'in/a.txt')).toBeUndefined();
    expect(unusedDates(table, ['in/a.txt'])).toEqual(['b, second.txt']);
  });

  const mistakes: [string, string, string][] = [
    ['an empty file', '', 'dates.csv line 1, column 1 (file): the CSV does not start with its header "file,date".'],
    ['another header', 'name,published\na.txt,2025-01-01', 'dates.csv line 1, column 1 (file): the header must be exactly "file,date", not "name,published".'],
    ['a third header column', 'file,date,note', 'dates.csv line 1, column 3: the header must be exactly "file,date", not "file,date,note".'],
    ['a row with one field', 'file,date\na.txt,2025-01-01\nb.txt', 'dates.csv line 3, column 2 (date): a row has two fields, file and date; this one has 1.'],
    ['a row with three fields', 'file,date\na.txt,2025-01-01,x', 'dates.csv line 2, column 3: a row has two fields, file and date; this one has 3.'],
    ['a date not in ISO form', 'file,date\na.txt,11/03/2025', 'dates.csv line 2, column 2 (date): "11/03/2025" is not a date written YYYY-MM-DD.'],
    ['a day that does not exist', 'file,date\na.txt,2025-02-30', 'dates.csv line 2, column 2 (date): "2025-02-30" is not a date written YYYY-MM-DD.'],
    ['an empty file name', 'file,date\n,2025-01-01', 'dates.csv line 2, column 1 (file): the file name is empty.'],
    ['a file given twice', 'file,date\na.txt,2025-01-01\n./a.txt,2025-01-02', 'dates.csv line 3, column 1 (file): ./a.txt is already given a date on line 2.'],
    ['an unclosed quote', 'file,date\n"a.txt,2025-01-01', 'dates.csv line 2, column 1 (file): a quoted field is not closed.'],
    ['text after a quote', 'file,date\na.txt,"2025-01-01"x', 'dates.csv line 2, column 2 (date): text follows a closing quote.'],
  ];
  it.each(mistakes)('names the line and column of %s', (_name, text, message) => {
    expect(() => parseDates('dates.csv', text)).toThrow(new IngestInputError(message));
  });
});
