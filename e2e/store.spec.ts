/**
 * The store under the production server, on SQLite and on PostgreSQL: accepts in parallel through
 * the API and the command line lose nothing and land once; a server killed in the middle of an
 * accept comes back with all of that draft or none of it; a database out of reach is a 503 and a
 * page that says so, and the server recovers when it is back.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Socket, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { e2eDialects, e2eStore, freePort, startServer, type Dialect, type E2eStore, type Server } from './helpers/server';
import { waitForMapReady } from './helpers/map';

const BASE = readFileSync('lib/ingest/fixtures/levant-dated-convoy-erbil.txt', 'utf8');
const variant = (n: number) => `${BASE}\n\nسطر اختباري رقم ${n}.\n`;
const AUTHOR = 'E2E analyst';

/** Stores and servers made by a test, removed after it. */
let cleanup: (() => Promise<void>)[] = [];
test.afterEach(async () => {
  for (const done of cleanup.reverse()) await done().catch(() => undefined);
  cleanup = [];
});

async function storeAndServer(dialect: Dialect, env: Record<string, string> = {}): Promise<{ store: E2eStore; server: Server }> {
  const store = await e2eStore(dialect);
  cleanup.push(() => store.remove());
  const server = await startServer({ ...store.env, SITREP_EDIT: '1', ...env });
  cleanup.push(() => server.stop());
  return { store, server };
}

async function api<T>(server: Server, method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.url}${url}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as T };
}

interface DraftBody {
  id: string;
  version: number;
  draft: { events: { review: string; event: { id: string; relations: unknown[] } }[] };
}

/** A draft of text `n`, reviewed: every field filled, its first event accepted under an id of its own and marked as new (the variants tell one story alike). */
async function reviewedDraft(server: Server, n: number): Promise<{ id: string; event: string }> {
  const made = await api<{ draft: DraftBody }>(server, 'POST', '/api/drafts', { text: variant(n), name: `variant-${n}.txt`, author: AUTHOR });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const { id, draft } = made.body.draft;
  const filled = JSON.parse(JSON.stringify(draft), (_k, v) => (v === '' ? 'Filled in by the reviewer' : v)) as DraftBody['draft'];
  const event = `${filled.events[0]!.event.id}-e2e-${n}`;
  filled.events = filled.events.map((e, i) => (i === 0 ? { ...e, review: 'accepted', duplicateChecked: true, event: { ...e.event, id: event, relations: [] } } : { ...e, review: 'rejected' }));
  const saved = await api(server, 'PUT', `/api/drafts/${id}`, { draft: filled, author: AUTHOR }, { 'if-match': '"1"' });
  expect(saved.status).toBe(200);
  return { id, event };
}

/** `npm run ingest -- --accept <id>` as another process on the same store: its exit code and output. */
function acceptByCli(store: E2eStore, id: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--accept', id, '--reviewer', AUTHOR], {
      env: { ...process.env, ...store.env, NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code: code ?? -1, output }));
  });
}

const eventIds = async (server: Server) => (await api<{ items: { id: string }[] }>(server, 'GET', '/api/events?limit=500')).body.items.map((e) => e.id);

for (const dialect of e2eDialects()) {
  test(`20 accepts at once, through the API and the command line, all land, each once (${dialect})`, async () => {
    test.setTimeout(240_000);
    const { store, server } = await storeAndServer(dialect);
    const before = await eventIds(server);
    const drafts: { id: string; event: string }[] = [];
    for (let n = 0; n < 21; n++) drafts.push(await reviewedDraft(server, n));

    // Ten through the API and ten through the command line, all at once; the 21st through both.
    const twice = drafts[20]!;
    const outcomes = await Promise.all([
      ...drafts.slice(0, 10).map((d) => api(server, 'POST', `/api/drafts/${d.id}/accept`, { author: AUTHOR }).then((r) => r.status)),
      ...drafts.slice(10, 20).map((d) => acceptByCli(store, d.id).then((r) => (r.code === 0 ? 200 : r.output))),
      api(server, 'POST', `/api/drafts/${twice.id}/accept`, { author: AUTHOR }).then((r) => r.status),
      acceptByCli(store, twice.id).then((r) => (r.code === 0 ? 200 : r.output)),
    ]);
    expect(outcomes.slice(0, 20)).toEqual(Array(20).fill(200));
    // The same draft twice: one lands, the other is refused, clearly.
    const [api21, cli21] = outcomes.slice(20);
    expect([api21, cli21].filter((o) => o === 200)).toHaveLength(1);
    expect(String([api21, cli21].find((o) => o !== 200))).toMatch(/^409$|already accepted/);

    const after = await eventIds(server);
    expect(after.length).toBe(before.length + 21);
    for (const d of drafts) expect(after.filter((id) => id === d.event), d.event).toHaveLength(1);
    const articles = (await api<{ items: { id: string }[] }>(server, 'GET', '/api/articles?limit=500')).body.items.map((a) => a.id);
    for (const d of drafts) expect(articles.filter((id) => id === d.id), d.id).toHaveLength(1);
  });

  test(`a server killed in the middle of an accept comes back with all of that draft or none of it (${dialect})`, async () => {
    test.setTimeout(120_000);
    const scratch = mkdtempSync(path.join(tmpdir(), 'sitrep-kill-'));
    cleanup.push(async () => rmSync(scratch, { recursive: true, force: true }));
    const marker = path.join(scratch, 'paused');
    const { store, server } = await storeAndServer(dialect, { SITREP_TEST_PAUSE: `accept:${marker}` });
    const before = await eventIds(server);
    const draft = await reviewedDraft(server, 99);

    // The accept writes the article, then stops before the events, in the middle of its transaction.
    const pending = fetch(`${server.url}/api/drafts/${draft.id}/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ author: AUTHOR }) }).catch(() => 'killed');
    await expect.poll(() => existsSync(marker), { timeout: 30_000 }).toBe(true);
    process.kill(Number(readFileSync(marker, 'utf8')), 'SIGKILL');
    server.process.kill('SIGKILL');
    await server.stop();
    expect(await pending).toBe('killed');

    const again = await startServer({ ...store.env, SITREP_EDIT: '1' });
    cleanup.push(() => again.stop());
    // None of it: no article, no event, and the draft still waits for review.
    expect(await eventIds(again)).toEqual(before);
    const articles = (await api<{ items: { id: string }[] }>(again, 'GET', '/api/articles?limit=500')).body.items.map((a) => a.id);
    expect(articles).not.toContain(draft.id);
    const drafts = (await api<{ drafts: { id: string; state: string }[] }>(again, 'GET', '/api/drafts')).body.drafts;
    expect(drafts).toContainEqual(expect.objectContaining({ id: draft.id, state: 'pending' }));
    // And it can be accepted now, whole.
    expect((await api(again, 'POST', `/api/drafts/${draft.id}/accept`, { author: AUTHOR })).status).toBe(200);
    expect((await eventIds(again)).filter((id) => id === draft.event)).toHaveLength(1);
  });
}

/** A TCP proxy in front of PostgreSQL that a test can cut and restore, as a network would. */
async function cuttableProxy(target: URL): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void> }> {
  const port = await freePort();
  const sockets = new Set<Socket>();
  let server: NetServer | null = null;
  const restore = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = new Socket();
        upstream.connect(Number(target.port), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => resolve());
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server?.close(() => resolve());
    });
  await restore();
  return { port, cut, restore };
}

test('PostgreSQL out of reach: the API answers 503 in JSON, the page says so, and both recover without a restart', async ({ page }) => {
  test.skip(!e2eDialects().includes('postgres'), 'needs the test PostgreSQL server');
  test.setTimeout(120_000);
  const store = await e2eStore('postgres');
  cleanup.push(() => store.remove());
  const target = new URL(store.url!);
  const proxy = await cuttableProxy(target);
  cleanup.push(() => proxy.cut());
  const through = new URL(store.url!);
  through.port = String(proxy.port);
  const server = await startServer({ DATABASE_URL: through.toString() });
  cleanup.push(() => server.stop());

  await page.goto(`${server.url}/`);
  await waitForMapReady(page);

  await proxy.cut();
  const down = await fetch(`${server.url}/api/events`);
  expect(down.status).toBe(503);
  const body = (await down.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('store_unavailable');
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at /);
  await page.goto(`${server.url}/`);
  await expect(page.getByRole('alert').filter({ hasText: 'The data cannot be reached' })).toBeVisible();
  expect((await api<{ available: boolean }>(server, 'GET', '/api/status')).body.available).toBe(false);

  await proxy.restore();
  await expect.poll(async () => (await fetch(`${server.url}/api/events`)).status, { timeout: 30_000 }).toBe(200);
  await page.goto(`${server.url}/`);
  await waitForMapReady(page);
});
