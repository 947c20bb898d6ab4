/**
 * Servers of their own for the specs that write: each on a free port, on a store of its own (a
 * SQLite file, or a new database on the test PostgreSQL server), seeded from the test dataset, from
 * the same production build as the main e2e server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export const FIXTURE = path.resolve('fixtures/dataset');

export type Dialect = 'sqlite' | 'postgres';

/** The dialects the store's e2e specs run on: PostgreSQL too when the test command started one (always under CI). */
export function e2eDialects(): Dialect[] {
  if (process.env.SITREP_TEST_PG) return ['sqlite', 'postgres'];
  if (process.env.CI) throw new Error('SITREP_TEST_PG is not set: under CI the store e2e runs on PostgreSQL too (scripts/test-all.sh starts one).');
  return ['sqlite'];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface E2eStore {
  /** The environment that points a server or a command at this store. */
  env: Record<string, string>;
  /** PostgreSQL: the database's URL (for a proxy in front of it). */
  url?: string;
  remove(): Promise<void>;
}

let serial = 0;

/** A new, empty store; the first server on it seeds it from the test dataset. */
export async function e2eStore(dialect: Dialect): Promise<E2eStore> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-e2e-store-'));
    return { env: { SITREP_DB: path.join(dir, 'sitrep.sqlite') }, remove: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `sitrep_e2e_${process.pid}_${++serial}`;
  const admin = new Client({ connectionString: process.env.SITREP_TEST_PG });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.SITREP_TEST_PG!);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    url: url.toString(),
    remove: async () => {
      const client = new Client({ connectionString: process.env.SITREP_TEST_PG });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export interface Server {
  url: string;
  process: ChildProcess;
  /** Stops it and waits until it has gone. */
  stop(): Promise<void>;
}

/** `next start` on a free port with `env`; resolves once it answers. */
export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITREP_DATA_DIR: FIXTURE, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  // Waits on the server's own answer, however long a slow machine takes to start it.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`${url}/api/status`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
