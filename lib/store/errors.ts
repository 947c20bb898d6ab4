/**
 * What can go wrong with the store itself, as distinct from bad data (lib/data/errors.ts): each an
 * Error subclass that the API maps to a status (lib/api/errors.ts) and the CLI prints as it is.
 */

/** The database cannot be reached (PostgreSQL down, a network gone): 503, and try again later. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The database file is not a database, or fails its integrity check: never start on it. */
export class StoreCorruptError extends Error {
  readonly file: string;
  constructor(file: string, detail: string, options?: { cause?: unknown }) {
    super(
      `${file} is not a sound Sitrep database (${detail}). Sitrep will not start on it. To restore: stop Sitrep, ` +
        `copy the latest backup (made by \`npm run db:backup\`) over ${file}, and start again; or move ${file} aside ` +
        'to start afresh from the seed data (see docs/store.md, "Backup and restore").',
      options,
    );
    this.name = 'StoreCorruptError';
    this.file = file;
  }
}

/** Another process holds the database's write lock for longer than we wait. */
export class StoreLockedError extends Error {
  constructor(file: string, waitedMs: number, options?: { cause?: unknown }) {
    super(`${file} is locked by another process (waited ${Math.round(waitedMs / 1000)} s). Is another Sitrep import or server writing to it? Try again when it has finished.`, options);
    this.name = 'StoreLockedError';
  }
}

/**
 * A write that conflicts with what is stored: a record that already exists, an edit based on a
 * version that is no longer current, a draft already accepted. 409: nothing was written.
 */
export class StoreConflictError extends Error {
  readonly code: string;
  /** The version now stored, when the conflict is about versions. */
  readonly current?: number;
  constructor(code: string, message: string, current?: number) {
    super(message);
    this.name = 'StoreConflictError';
    this.code = code;
    this.current = current;
  }
}

/** A record the write names does not exist: 404. */
export class StoreNotFoundError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'StoreNotFoundError';
    this.code = code;
  }
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

/** True for a driver error that means "the database is not there right now" rather than a bad query. */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNREACHABLE.has(code)) return true;
  if (error instanceof AggregateError) return error.errors.some(isUnreachable);
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(error.message);
}
