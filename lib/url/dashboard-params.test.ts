import { describe, expect, it } from 'vitest';
import { parseDashboardParams } from './dashboard-params';
import { applyChanges as withParams } from './location';

const PLACES = ['ain-al-asad', 'erbil'];
const parse = (query: string) => parseDashboardParams(new URLSearchParams(query), PLACES);

describe('dashboard URL params', () => {
  it('reads a known place', () => {
    expect(parse('place=erbil')).toEqual({ params: { place: 'erbil', t: null, playing: false, speed: 'week' }, notices: [] });
  });

  it('falls back to no selection, with a notice, for an unknown place', () => {
    expect(parse('place=atlantis')).toEqual({ params: { place: null, t: null, playing: false, speed: 'week' }, notices: [{ kind: 'place', value: 'atlantis' }] });
    expect(parse(`place=${'x'.repeat(500)}`).notices[0]!.value.length).toBeLessThan(50);
  });

  it('ignores unknown keys and an empty place', () => {
    expect(parse('place=&utm_source=mail')).toEqual({ params: { place: null, t: null, playing: false, speed: 'week' }, notices: [] });
  });

  it('reads the timeline date, playing state and speed', () => {
    expect(parse('t=2024-10-02&play=1&speed=day').params).toEqual({ place: null, t: '2024-10-02', playing: true, speed: 'day' });
    // Playing needs a date to play from.
    expect(parse('play=1').params.playing).toBe(false);
  });

  it('falls back, with a notice, for a bad date or speed', () => {
    expect(parse('t=2024-02-30')).toMatchObject({ params: { t: null }, notices: [{ kind: 'date', value: '2024-02-30' }] });
    expect(parse('t=2024-10-02&speed=warp')).toMatchObject({ params: { t: '2024-10-02', speed: 'week' }, notices: [{ kind: 'speed', value: 'warp' }] });
  });

  it('writes the place and keeps other keys', () => {
    expect(withParams('t=2024-10-02', { place: 'erbil' })).toBe('t=2024-10-02&place=erbil');
    expect(withParams('place=erbil&t=2024-10-02', { place: null })).toBe('t=2024-10-02');
    expect(withParams('place=erbil', { t: '2024-10-02', play: '1' })).toBe('place=erbil&t=2024-10-02&play=1');
    expect(withParams('place=erbil&t=2024-10-02&play=1', { play: null })).toBe('place=erbil&t=2024-10-02');
  });
});
