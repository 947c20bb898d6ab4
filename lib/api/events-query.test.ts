import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import { ApiError } from './errors';
import { filterEvents, parseEventsQuery } from './events-query';

const parse = (query: string) => parseEventsQuery(new URLSearchParams(query));
const refusal = (query: string) => {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, code: error.code, param: error.param, message: error.message };
    throw error;
  }
  throw new Error(`accepted ${query}`);
};

describe('parseEventsQuery', () => {
  it('reads dates, lists and the format, and ignores unknown parameters', () => {
    expect(parse('from=2024-10-01&to=2024-10-31&status=reported,planned&kind=movement&format=csv&utm=x')).toEqual({
      from: '2024-10-01', to: '2024-10-31', status: ['reported', 'planned'], kind: ['movement'], format: 'csv',
    });
    expect(parse('')).toEqual({ format: 'json' });
  });

  it.each([
    ['from=2024-02-30', 'from', 'from: is not a real calendar date'],
    ['to=yesterday', 'to', 'to: must be a date written YYYY-MM-DD'],
    ['from=2025-01-01&to=2024-01-01', 'from', 'from: from must not be after to'],
    ['status=rumoured', 'status', 'status: must be a comma-separated list of: reported, claimed, planned, denied, confirmed'],
    ['kind=', 'kind', 'kind: must not be empty'],
    ['format=xml', 'format', 'format: must be one of: json, geojson, csv'],
    ['place=../etc/passwd', 'place', 'place: must be kebab-case (a-z, 0-9, -)'],
  ])('refuses %s with a 400', (query, param, message) => {
    expect(refusal(query)).toEqual({ status: 400, code: 'invalid_parameter', param, message });
  });

  it('refuses a repeated parameter and an overlong one', () => {
    expect(refusal('place=baghdad&place=erbil')).toMatchObject({ status: 400, code: 'repeated_parameter', param: 'place' });
    expect(refusal(`place=${'a'.repeat(5000)}`)).toMatchObject({ status: 400, param: 'place' });
  });
});

describe('filterEvents', () => {
  let ds: Dataset;
  beforeAll(async () => {
    ds = await readFixture();
  });

  it('matches a place wherever the event touches it: place, from, via or to', () => {
    const ids = filterEvents(ds, parse('place=al-waleed')).map((e) => e.id);
    expect(ids).toEqual(['us-convoy-syria-al-waleed-ain-al-asad-2024-10-02']);
  });

  it('keeps events whose date range overlaps [from, to]', () => {
    const events = filterEvents(ds, parse('from=2024-12-19&to=2024-12-19'));
    expect(events.map((e) => e.id)).toEqual(['syrian-soldiers-returned-al-qaim-2024-12']);
  });

  it('combines status and kind', () => {
    const events = filterEvents(ds, parse('status=planned&kind=movement&place=kuwait'));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.status === 'planned' && e.kind === 'movement' && e.to === 'kuwait')).toBe(true);
  });

  it('answers 404 for a place that does not exist', () => {
    expect(() => filterEvents(ds, parse('place=atlantis'))).toThrow(expect.objectContaining({ status: 404, code: 'unknown_place' }));
  });
});
