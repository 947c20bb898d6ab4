/** The review API: read-only unless allowed, quotes never edited, accept all or nothing. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDataset } from '@/lib/data/read';
import { ingestCli } from '@/lib/ingest/cli';
import { dataCopy, removeDataCopies } from '@/lib/testing/data-copy';
import { POST as accept } from './drafts/[id]/accept/route';
import { GET as getDraft, PUT as putDraft } from './drafts/[id]/route';
import { GET as listDrafts } from './drafts/route';

let dir: string;
let id: string;

beforeEach(async () => {
  dir = dataCopy(() => {});
  const errors: string[] = [];
  expect(await ingestCli(['lib/ingest/fixtures/levant-dated-convoy-erbil.txt', '--data', dir], { log: () => {}, error: (line) => errors.push(line) }, {}), errors.join('\n')).toBe(0);
  id = readdirSync(path.join(dir, 'drafts')).find((n) => n.endsWith('.json'))!.slice(0, -5);
  vi.stubEnv('SITREP_DATA_DIR', dir);
});

afterEach(() => {
  vi.unstubAllEnvs();
  removeDataCopies();
});

const params = () => ({ params: Promise.resolve({ id }) });
const put = (body: unknown) => putDraft(new NextRequest(`http://localhost/api/drafts/${id}`, { method: 'PUT', body: JSON.stringify(body) }), params());
const draftNow = () => JSON.parse(readFileSync(path.join(dir, 'drafts', `${id}.json`), 'utf8'));
const filled = (value: unknown) => JSON.parse(JSON.stringify(value), (_k, v) => (v === '' ? 'Filled in by the reviewer' : v));

describe('/api/drafts', () => {
  it('lists the drafts with their text, and says whether it may write', async () => {
    vi.stubEnv('SITREP_EDIT', '');
    const body = await (await listDrafts()).json();
    expect(body).toMatchObject({ editable: false, count: 1, drafts: [{ id }] });
    expect((await getDraft(new NextRequest(`http://localhost/api/drafts/${id}`), params())).status).toBe(200);
  });

  it('refuses to write unless the server is allowed to', async () => {
    vi.stubEnv('SITREP_EDIT', '');
    const before = readFileSync(path.join(dir, 'drafts', `${id}.json`), 'utf8');
    expect((await put(draftNow())).status).toBe(403);
    expect((await accept(new NextRequest('http://localhost/', { method: 'POST' }), params())).status).toBe(403);
    expect(readFileSync(path.join(dir, 'drafts', `${id}.json`), 'utf8')).toBe(before);
  });

  it('saves edited fields and review states, never an edited quote, and accepts the reviewed draft', async () => {
    vi.stubEnv('SITREP_EDIT', '1');
    const draft = filled(draftNow());
    const quoteEdited = structuredClone(draft);
    quoteEdited.events[0].event.sources[0].quote = 'رتل';
    const refused = await put(quoteEdited);
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.message).toMatch(/quote/);

    draft.events = draft.events.map((e: { event: { kind: string } }, i: number) => ({ ...e, review: i === 0 ? 'accepted' : 'rejected' }));
    expect((await put(draft)).status).toBe(200);
    expect(draftNow().events[0].review).toBe('accepted');

    const done = await accept(new NextRequest('http://localhost/', { method: 'POST' }), params());
    expect(done.status, JSON.stringify(await done.clone().json())).toBe(200);
    const ds = await readDataset(dir);
    expect(ds.articles.map((a) => a.meta.id)).toContain(id);
    expect(ds.events.map((e) => e.id)).toContain(draft.events[0].event.id);
  });
});
