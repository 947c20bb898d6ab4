/**
 * The store's commands: `npm run db:migrate`, `db:import -- <dir> [--replace]`, `db:export -- <dir>`
 * and `db:backup -- [file]`. The store is the one the environment names (SITREP_DB, else
 * var/sitrep.sqlite; DATABASE_URL for PostgreSQL). Each resolves to an exit code: 0 done, 1 refused
 * (the reason printed, nothing written), 2 a command line that was not understood.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { DataValidationError } from '@/lib/data/errors';
import type { CliOutput } from '@/lib/ingest/cli';
import { openStore, storeConfig, type Store } from './connect';
import { StoreConflictError, StoreCorruptError, StoreLockedError, StoreUnavailableError } from './errors';
import { exportFolder, importFolder, seedIfEmpty } from './folder';
import { openPreparedStore, seedDir } from './prepare';
import { migrateToLatest } from './migrate';

const USAGE = [
  'usage: npm run db:migrate',
  '       npm run db:import -- <dir> [--replace] [--author NAME]',
  '       npm run db:export -- <dir>',
  '       npm run db:backup -- [file]',
].join('\n');

type Env = Readonly<Record<string, string | undefined>>;

const KNOWN = [DataValidationError, StoreConflictError, StoreUnavailableError, StoreLockedError, StoreCorruptError];

export async function dbCli(command: string, args: readonly string[], out: CliOutput = console, env: Env = process.env): Promise<number> {
  const rest = [...args];
  const flag = (name: string) => {
    const i = rest.indexOf(name);
    if (i >= 0) rest.splice(i, 1);
    return i >= 0;
  };
  const value = (name: string) => {
    const i = rest.indexOf(name);
    if (i < 0) return undefined;
    const v = rest[i + 1];
    rest.splice(i, 2);
    return v;
  };
  let store: Store | undefined;
  try {
    switch (command) {
      case 'migrate': {
        if (rest.length > 0) break;
        store = openStore(storeConfig(env));
        const ran = await migrateToLatest(store);
        out.log(ran.length > 0 ? `Migrated ${store.where}: ${ran.join(', ')}.` : `${store.where} is up to date.`);
        const seeded = await seedIfEmpty(store, seedDir(env));
        if (seeded) out.log(`Loaded ${seedDir(env)} into it: ${seeded.created} records.`);
        return 0;
      }
      case 'import': {
        const replace = flag('--replace');
        const author = value('--author') ?? env.USER ?? 'command line';
        if (rest.length !== 1 || rest[0]!.startsWith('--')) break;
        const dir = path.resolve(rest[0]!);
        if (!existsSync(dir)) {
          out.error(`${dir} does not exist.`);
          return 1;
        }
        store = openStore(storeConfig(env));
        await migrateToLatest(store);
        const started = Date.now();
        const done = await importFolder(store, dir, { replace, author });
        out.log(`Imported ${dir} into ${store.where} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${done.created} created, ${done.updated} replaced, ${done.unchanged} unchanged.`);
        return 0;
      }
      case 'export': {
        if (rest.length !== 1 || rest[0]!.startsWith('--')) break;
        const dir = path.resolve(rest[0]!);
        if (existsSync(dir) && readdirSync(dir).some((n) => ['places.json', 'events.json', 'articles', 'briefings'].includes(n))) {
          out.error(`${dir} already holds a dataset; export into an empty or new folder.`);
          return 1;
        }
        store = await openPreparedStore(env);
        const n = await exportFolder(store, dir);
        out.log(`Exported ${store.where} to ${dir}: ${n.places} places, ${n.events} events, ${n.articles} articles, ${n.briefings} briefings.`);
        return 0;
      }
      case 'backup': {
        if (rest.length > 1) break;
        const config = storeConfig(env);
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        if (config.dialect === 'postgres') {
          const file = path.resolve(rest[0] ?? `var/backups/sitrep-${stamp}.dump`);
          mkdirSync(path.dirname(file), { recursive: true });
          const dump = spawnSync('pg_dump', ['--format=custom', `--file=${file}`, config.url], { encoding: 'utf8' });
          if (dump.error || dump.status !== 0) {
            out.error(`pg_dump failed (${dump.error?.message ?? dump.stderr.trim()}). Install PostgreSQL's client tools, or run: pg_dump --format=custom --file=backup.dump "$DATABASE_URL"`);
            return 1;
          }
          out.log(`Backed up to ${file}. Restore with: pg_restore --clean --dbname="$DATABASE_URL" ${file}`);
          return 0;
        }
        const file = path.resolve(rest[0] ?? `var/backups/sitrep-${stamp}.sqlite`);
        mkdirSync(path.dirname(file), { recursive: true });
        store = openStore(config);
        // SQLite's online backup: a consistent copy while the server goes on reading and writing.
        await store.sqlite!.backup(file);
        const copy = new SqliteDatabase(file, { readonly: true });
        const verdict = copy.pragma('quick_check', { simple: true });
        copy.close();
        if (verdict !== 'ok') {
          out.error(`The backup ${file} failed its check (${String(verdict)}); try again.`);
          return 1;
        }
        out.log(`Backed up ${config.file} to ${file}. To restore: stop Sitrep, copy ${file} over ${config.file} (and delete ${config.file}-wal and -shm), start again.`);
        return 0;
      }
    }
    out.error(USAGE);
    return 2;
  } catch (error) {
    out.error(KNOWN.some((kind) => error instanceof kind) ? (error as Error).message : String(error instanceof Error ? (error.stack ?? error) : error));
    return 1;
  } finally {
    await store?.close();
  }
}
