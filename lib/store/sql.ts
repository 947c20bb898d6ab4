/**
 * Many ids or rows at once, in pieces a database takes: SQLite and PostgreSQL both limit how many
 * values one statement may bind (32,766 and 65,535), and an archive's import has far more.
 */
import type { Insertable } from 'kysely';
import type { Database } from './database';
import type { Tx } from './transaction';

/** Ids per `where id in (…)`. */
const IDS_PER_QUERY = 500;
/** Values bound per insert, well under both databases' limits. */
const VALUES_PER_INSERT = 10_000;

/** Runs `query` on the ids a chunk at a time and concatenates the results. */
export async function selectIn<T>(ids: readonly string[], query: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) out.push(...(await query(ids.slice(i, i + IDS_PER_QUERY))));
  return out;
}

/** Inserts rows in as few statements as the databases allow. */
export async function insertMany<T extends keyof Database>(tx: Tx, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Math.max(Object.keys(rows[0]!).length, 1);
  const batch = Math.max(1, Math.floor(VALUES_PER_INSERT / perRow));
  for (let i = 0; i < rows.length; i += batch) await tx.insertInto(table).values(rows.slice(i, i + batch) as never).execute();
}
