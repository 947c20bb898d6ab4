/** The route handlers, called the way Next calls them, against the shipped data. */
import { NextRequest } from 'next/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeStores, seededStore } from '@/lib/testing/stores';
import { GET as getArticle } from './articles/[id]/route';
import { GET as getArticles } from './articles/route';
import { GET as getEvents } from './events/route';
import { GET as getPlaces } from './places/route';
import { GET as getSearch } from './search/route';

let store: { url: string };
beforeAll(async () => {
  store = await seededStore('sqlite');
});
beforeEach(() => vi.stubEnv('SITREP_DB', store.url));
afterAll(removeStores);

const events = (query = '') => getEvents(new NextRequest(`http://localhost/api/events${query}`));
const article = (id: string) => getArticle(new NextRequest(`http://localhost/api/articles/${id}`), { params: Promise.resolve({ id }) });

describe('GET /api/places', () => {
  it('lists every place', async () => {
    const response = await getPlaces();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.count).toBe(body.places.length);
    expect(body.places.map((p: { id: string }) => p.id)).toContain('al-qaim-al-bukamal');
  });
});

describe('GET /api/events', () => {
  it('answers JSON by default', async () => {
    const body = await (await events('?place=erbil&status=denied')).json();
    expect(body).toMatchObject({ total: 1, next: null, items: [{ id: 'claimed-withdrawal-baghdad-to-erbil-2025-08-16' }] });
  });

  it('answers GeoJSON and CSV on request', async () => {
    const geo = await events('?format=geojson&kind=movement');
    expect(geo.headers.get('content-type')).toBe('application/geo+json');
    const collection = await geo.json();
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.every((f: { geometry: { type: string } }) => f.geometry.type === 'LineString')).toBe(true);

    const csv = await events('?format=csv&place=al-waleed');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM, for spreadsheet programs
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,kind,status,/);
    expect(lines).toHaveLength(2);
  });

  it.each([
    ['?from=2024-13-01', 400, 'invalid_parameter'],
    ['?format=pdf', 400, 'invalid_parameter'],
    ['?status=planned&status=denied', 400, 'repeated_parameter'],
    ['?place=%E2%80%AEbaghdad', 400, 'invalid_parameter'],
    ['?place=nowhere', 404, 'unknown_place'],
  ])('%s → %i %s, as JSON without a stack trace', async (query, status, code) => {
    const response = await events(query);
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body.error).toMatchObject({ status, code });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('GET /api/search', () => {
  const find = (q: string) => getSearch(new NextRequest(`http://localhost/api/search?q=${encodeURIComponent(q)}`));
  it('finds a place from a variant Arabic spelling', async () => {
    const body = await (await find('عين الاسد')).json();
    expect(body.items[0]).toMatchObject({ kind: 'place', id: 'ain-al-asad' });
    expect(body.total).toMatchObject({ count: expect.any(Number) });
  });
  it('refuses an overlong query, naming the parameter', async () => {
    const response = await find('x'.repeat(201));
    expect(response.status).toBe(400);
    expect((await response.json()).error.param).toBe('q');
  });
});

describe('GET /api/articles', () => {
  it('lists article metadata without texts', async () => {
    const body = await (await getArticles(new NextRequest('http://localhost/api/articles'))).json();
    expect(body.total).toBe(5);
    expect(body.items).toHaveLength(5);
    expect(body.items[0]).not.toHaveProperty('text');
  });

  it('returns one article with its exact text', async () => {
    const response = await article('003_de5a449507217197');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.article.outlet.en).toBeTruthy();
    expect(body.text).toContain('غير دقيقة');
  });

  it.each([
    ['..%2F..%2Fetc%2Fpasswd', 400],
    ['000_F32E547F1FF744D0', 400],
    ['999_0000000000000000', 404],
  ])('%s → %i', async (id, status) => {
    const response = await article(decodeURIComponent(id));
    expect(response.status).toBe(status);
    expect((await response.json()).error.status).toBe(status);
  });
});

describe('with the database out of reach', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('answers 503 with a JSON error, never a stack trace, and recovers when the database is back', async () => {
    // Nothing listens on port 1: the connection is refused at once.
    vi.stubEnv('DATABASE_URL', 'postgres://sitrep@127.0.0.1:1/sitrep');
    for (const response of [await getPlaces(), await events('?place=erbil'), await article('000_f32e547f1ff744d0')]) {
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      const body = await response.json();
      expect(body.error).toMatchObject({ status: 503, code: 'store_unavailable', message: expect.stringMatching(/cannot be reached/) });
      expect(JSON.stringify(body)).not.toMatch(/\n\s+at /);
    }
    vi.unstubAllEnvs();
    vi.stubEnv('SITREP_DB', store.url);
    expect((await getPlaces()).status).toBe(200);
  });
});
