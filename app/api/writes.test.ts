/**
 * The write routes, called the way Next calls them, on a throwaway store holding the test dataset:
 * each a transaction, each refused with a message naming the request, the record and the field,
 * and none of them losing an edit made since the record was read.
 */
import { readFileSync } from 'node:fs';
import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeStores, seededStore } from '@/lib/testing/stores';
import { PUT as putBriefing } from './briefings/[id]/route';
import { POST as acceptDraft } from './drafts/[id]/accept/route';
import { POST as rejectDraft } from './drafts/[id]/reject/route';
import { GET as getDraft, PUT as putDraft } from './drafts/[id]/route';
import { GET as listDrafts, POST as postDraft } from './drafts/route';
import { GET as eventHistory } from './events/[id]/history/route';
import { DELETE as deleteEvent, GET as getEvent, PUT as putEvent } from './events/[id]/route';

beforeEach(async () => {
  const { url } = await seededStore('sqlite');
  vi.stubEnv('SITREP_DB', url);
  vi.stubEnv('SITREP_EDIT', '1');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await removeStores();
});

const json = (method: string, url: string, body: unknown, headers: Record<string, string> = {}) =>
  new NextRequest(`http://localhost${url}`, { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

const CONVOY_TEXT = readFileSync('lib/ingest/fixtures/levant-dated-convoy-erbil.txt', 'utf8');
const EVENT = 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02';
const DENIAL = 'us-embassy-denies-full-baghdad-exit-2025-08-16';

async function newDraft() {
  const response = await postDraft(json('POST', '/api/drafts', { text: CONVOY_TEXT, name: 'convoy.txt', author: 'Analyst' }));
  expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
  const { draft } = (await response.json()) as { draft: { id: string; version: number; draft: { events: { review: string }[] } } };
  return draft;
}

/** The draft with every field filled and its first event accepted, the rest rejected. */
const reviewed = (draft: { draft: unknown }) => {
  const filled = JSON.parse(JSON.stringify(draft.draft), (_k, v) => (v === '' ? 'Filled in by the reviewer' : v));
  filled.events = filled.events.map((e: object, i: number) => ({ ...e, review: i === 0 ? 'accepted' : 'rejected' }));
  return filled;
};

describe('the write routes', () => {
  it('refuse to write on a server that does not write, and change nothing', async () => {
    const draft = await newDraft();
    vi.stubEnv('SITREP_EDIT', '');
    vi.stubEnv('NODE_ENV', 'production');
    const answers = [
      await postDraft(json('POST', '/api/drafts', { text: CONVOY_TEXT, author: 'x' })),
      await putDraft(json('PUT', `/api/drafts/${draft.id}`, { draft: draft.draft, author: 'x' }, { 'if-match': '"1"' }), params(draft.id)),
      await acceptDraft(json('POST', '/', { author: 'x' }), params(draft.id)),
      await rejectDraft(json('POST', '/', { author: 'x' }), params(draft.id)),
      await putEvent(json('PUT', `/api/events/${EVENT}`, { event: {}, author: 'x' }, { 'if-match': '"1"' }), params(EVENT)),
      await deleteEvent(json('DELETE', `/api/events/${EVENT}`, { author: 'x' }, { 'if-match': '"1"' }), params(EVENT)),
      await putBriefing(json('PUT', '/api/briefings/x', { briefing: {}, author: 'x' }, { 'if-none-match': '*' }), params('x')),
    ];
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 403));
    expect(((await (await listDrafts()).json()) as { drafts: unknown[] }).drafts).toHaveLength(1);
    expect((await (await getEvent(new NextRequest('http://localhost/'), params(EVENT))).json()).version).toBe(1);
  });

  it('make a draft from a text, save its review on its version, accept it once', async () => {
    const draft = await newDraft();
    expect(draft.id).toMatch(/^005_/);
    const listed = (await (await listDrafts()).json()) as { editable: boolean; drafts: { id: string }[] };
    expect(listed).toMatchObject({ editable: true, drafts: [{ id: draft.id }] });

    const body = reviewed(draft);
    expect((await putDraft(json('PUT', `/api/drafts/${draft.id}`, { draft: body, author: 'Analyst' }), params(draft.id))).status).toBe(428);
    const quoteEdited = structuredClone(body);
    quoteEdited.events[0].event.sources[0].quote = 'رتل';
    const refused = await putDraft(json('PUT', `/api/drafts/${draft.id}`, { draft: quoteEdited, author: 'Analyst' }, { 'if-match': '"1"' }), params(draft.id));
    expect(refused.status).toBe(422);
    expect((await errorOf(refused)).message).toMatch(/quote/);

    const saved = await putDraft(json('PUT', `/api/drafts/${draft.id}`, { draft: body, author: 'Analyst' }, { 'if-match': '"1"' }), params(draft.id));
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"2"');
    const stale = await putDraft(json('PUT', `/api/drafts/${draft.id}`, { draft: body, author: 'Other' }, { 'if-match': '"1"' }), params(draft.id));
    expect(stale.status).toBe(409);
    expect(stale.headers.get('etag')).toBe('"2"');

    const done = await acceptDraft(json('POST', '/', { author: 'Analyst' }), params(draft.id));
    expect(done.status, JSON.stringify(await done.clone().json())).toBe(200);
    const again = await acceptDraft(json('POST', '/', { author: 'Other' }), params(draft.id));
    expect(again.status).toBe(409);
    expect(await errorOf(again)).toMatchObject({ code: 'already_accepted', message: expect.stringMatching(/already accepted by Analyst/) });
    expect((await getDraft(new NextRequest('http://localhost/'), params(draft.id))).status).toBe(200);
  });

  it('correct an event on the version it was read with, keep its id, and record who, when and why', async () => {
    const read = await getEvent(new NextRequest('http://localhost/'), params(EVENT));
    expect(read.headers.get('etag')).toBe('"1"');
    const { event } = (await read.json()) as { event: { summary: { en: string }; date: { precision: string } } };
    const corrected = { ...event, summary: { ...event.summary, en: 'US convoy enters Anbar from Syria at al-Waleed (corrected)' } };
    const ok = await putEvent(json('PUT', `/api/events/${EVENT}`, { event: corrected, author: 'Analyst', note: 'clearer summary' }, { 'if-match': '"1"' }), params(EVENT));
    expect(ok.status, JSON.stringify(await ok.clone().json())).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');

    // Someone else, working from version 1, loses nothing and overwrites nothing.
    const late = await putEvent(json('PUT', `/api/events/${EVENT}`, { event, author: 'Other' }, { 'if-match': '"1"' }), params(EVENT));
    expect(late.status).toBe(409);
    expect((await errorOf(late)).message).toMatch(/version 2, not 1/);

    const bad = await putEvent(json('PUT', `/api/events/${EVENT}`, { event: { ...corrected, date: { ...event.date, precision: 'week' } }, author: 'Analyst' }, { 'if-match': '"2"' }), params(EVENT));
    expect(bad.status).toBe(422);
    expect((await errorOf(bad)).message).toMatch(new RegExp(`^PUT /api/events/${EVENT}, record ${EVENT}, field date\\.precision: `));
    const renamed = await putEvent(json('PUT', `/api/events/${EVENT}`, { event: { ...corrected, id: 'another-id' }, author: 'Analyst' }, { 'if-match': '"2"' }), params(EVENT));
    expect((await errorOf(renamed)).message).toMatch(/field id: .*keeps the event's id/);

    const history = (await (await eventHistory(new NextRequest('http://localhost/'), params(EVENT))).json()) as { revisions: { action: string; author: string; note: string; fields: string[] }[] };
    expect(history.revisions.map((r) => [r.action, r.author])).toEqual([
      ['create', 'test'],
      ['update', 'Analyst'],
    ]);
    expect(history.revisions[1]).toMatchObject({ note: 'clearer summary', fields: ['summary'] });
  });

  it('delete an event, recorded in its history, but never one that a denial or a briefing rests on', async () => {
    const needed = await deleteEvent(json('DELETE', `/api/events/${DENIAL}`, { author: 'Analyst', note: 'duplicate' }, { 'if-match': '"1"' }), params(DENIAL));
    expect(needed.status).toBe(422);
    expect((await errorOf(needed)).message).toMatch(/a denied event needs another event|unknown event/);

    const leaf = 'us-troops-in-iraq-2024-01';
    // Updated by a later posture: that relation has to go first.
    const refused = await deleteEvent(json('DELETE', `/api/events/${leaf}`, { author: 'Analyst' }, { 'if-match': '"1"' }), params(leaf));
    expect((await errorOf(refused)).message).toMatch(/relations\[0\]\.event: unknown event "us-troops-in-iraq-2024-01"/);

    const cited = 'iraq-condemns-us-strikes-2024-01-24';
    const inBriefing = await deleteEvent(json('DELETE', `/api/events/${cited}`, { author: 'Analyst' }, { 'if-match': '"1"' }), params(cited));
    expect((await errorOf(inBriefing)).message).toMatch(/record coalition-drawdown, field steps\[1\]\.cites\[2\]: unknown event/);

    const loose = 'syria-demands-us-withdrawal-2024-04';
    const done = await deleteEvent(json('DELETE', `/api/events/${loose}`, { author: 'Analyst', note: 'test' }, { 'if-match': '"1"' }), params(loose));
    expect(done.status, JSON.stringify(await done.clone().json())).toBe(200);
    expect((await getEvent(new NextRequest('http://localhost/'), params(loose))).status).toBe(404);
    const history = (await (await eventHistory(new NextRequest('http://localhost/'), params(loose))).json()) as { revisions: { action: string }[] };
    expect(history.revisions.map((r) => r.action)).toEqual(['create', 'delete']);
  });

  it('write a briefing: new only with If-None-Match: *, a replacement only on its version', async () => {
    const briefing = { id: 'short-brief', title: { en: 'Short', ar: 'قصير' }, steps: [{ date: { start: '2024-10-02' }, camera: { fit: ['ain-al-asad'] }, highlight: { places: [], events: [] }, caption: { en: 'REPORTED convoy', ar: 'رتل' }, cites: [EVENT] }] };
    const created = await putBriefing(json('PUT', '/api/briefings/short-brief', { briefing, author: 'Analyst' }, { 'if-none-match': '*' }), params('short-brief'));
    expect(created.status, JSON.stringify(await created.clone().json())).toBe(201);
    const twice = await putBriefing(json('PUT', '/api/briefings/short-brief', { briefing, author: 'Analyst' }, { 'if-none-match': '*' }), params('short-brief'));
    expect(twice.status).toBe(409);
    const unknown = { ...briefing, steps: [{ ...briefing.steps[0], cites: ['no-such-event'] }] };
    const refused = await putBriefing(json('PUT', '/api/briefings/short-brief', { briefing: unknown, author: 'Analyst' }, { 'if-match': '"1"' }), params('short-brief'));
    expect((await errorOf(refused)).message).toMatch(/^PUT \/api\/briefings\/short-brief, record short-brief, field steps\[0\]\.cites\[0\]: unknown event "no-such-event"/);
  });

  it('ask who is writing, and refuse bodies that are not JSON objects', async () => {
    expect((await postDraft(json('POST', '/api/drafts', { text: CONVOY_TEXT }))).status).toBe(400);
    const notJson = new NextRequest('http://localhost/api/drafts', { method: 'POST', body: '{"text":', headers: { 'content-type': 'application/json' } });
    expect(await errorOf(await postDraft(notJson))).toMatchObject({ code: 'invalid_body' });
    const wrongType = new NextRequest('http://localhost/api/drafts', { method: 'POST', body: 'text=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect((await postDraft(wrongType)).status).toBe(415);
  });
});
