import { describe, expect, it } from 'vitest';
import { parseDashboardParams, withPlace } from './dashboard-params';

const PLACES = ['ain-al-asad', 'erbil'];
const parse = (query: string) => parseDashboardParams(new URLSearchParams(query), PLACES);

describe('dashboard URL params', () => {
  it('reads a known place', () => {
    expect(parse('place=erbil')).toEqual({ params: { place: 'erbil' }, notices: [] });
  });

  it('falls back to no selection, with a notice, for an unknown place', () => {
    expect(parse('place=atlantis')).toEqual({ params: { place: null }, notices: ['There is no place “atlantis” on this map, so none is selected.'] });
    expect(parse(`place=${'x'.repeat(500)}`).notices[0]!.length).toBeLessThan(100);
  });

  it('ignores unknown keys and an empty place', () => {
    expect(parse('place=&utm_source=mail')).toEqual({ params: { place: null }, notices: [] });
  });

  it('writes the place and keeps other keys', () => {
    expect(withPlace('t=2024-10-02', 'erbil')).toBe('t=2024-10-02&place=erbil');
    expect(withPlace('place=erbil&t=2024-10-02', null)).toBe('t=2024-10-02');
  });
});
