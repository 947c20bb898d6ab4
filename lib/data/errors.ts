/** Where a problem in data/ is: the file, the record (its id, else its index) and the field path. */
export interface DataLocation {
  file: string;
  record?: string;
  field?: string;
}

/** One problem in one data file, named precisely enough to fix it without searching. */
export class DataFileError extends Error {
  readonly file: string;
  readonly record?: string;
  readonly field?: string;
  readonly problem: string;

  constructor(location: DataLocation, problem: string, options?: { cause?: unknown }) {
    const where = [
      location.file,
      location.record !== undefined ? `record ${location.record}` : undefined,
      location.field !== undefined ? `field ${location.field}` : undefined,
    ].filter(Boolean);
    super(`${where.join(', ')}: ${problem}`, options);
    this.name = 'DataFileError';
    this.file = location.file;
    this.record = location.record;
    this.field = location.field;
    this.problem = problem;
  }
}

/** The dataset failed validation; `problems` holds every problem found, in file order. */
export class DataValidationError extends Error {
  readonly problems: DataFileError[];

  constructor(problems: DataFileError[]) {
    const head = problems.slice(0, 20).map((p) => `  - ${p.message}`);
    const more = problems.length > 20 ? [`  … and ${problems.length - 20} more`] : [];
    super([`The data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...head, ...more].join('\n'), {
      cause: problems[0],
    });
    this.name = 'DataValidationError';
    this.problems = problems;
  }
}
