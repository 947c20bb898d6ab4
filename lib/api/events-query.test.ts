import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { parseEventsQuery } from './events-query';

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
    ['limit=0', 'limit', 'limit: must be a whole number from 1 to 500'],
    ['limit=501', 'limit', 'limit: must be a whole number from 1 to 500'],
    ['cursor=not-a-cursor', 'cursor', 'cursor: is not a cursor this API gave'],
    ['plans=some', 'plans', 'plans: must be only or exclude'],
  ])('refuses %s with a 400', (query, param, message) => {
    expect(refusal(query)).toEqual({ status: 400, code: 'invalid_parameter', param, message });
  });

  it('refuses a repeated parameter and an overlong one', () => {
    expect(refusal('place=baghdad&place=erbil')).toMatchObject({ status: 400, code: 'repeated_parameter', param: 'place' });
    expect(refusal(`place=${'a'.repeat(5000)}`)).toMatchObject({ status: 400, param: 'place' });
  });
});
