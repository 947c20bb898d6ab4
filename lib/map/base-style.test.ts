import { describe, expect, it } from 'vitest';
import type { Place } from '@/lib/data/schema';
import { buildBaseStyle, placesBounds } from './base-style';

const place = (id: string, coordinates: [number, number], primary = true): Place => ({
  id, name: { en: id, ar: id }, aliases: [id], kind: 'city', primary, coordinates,
  coordinatesSource: { kind: 'reference', detail: 'test' }, country: 'IQ',
});

describe('buildBaseStyle', () => {
  it('loads only from its own origin: no remote tiles, glyphs or sprites', () => {
    const style = buildBaseStyle([place('baghdad', [44.3661, 33.3152])], 'http://127.0.0.1:3000');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls).toEqual(['http://127.0.0.1:3000/basemap/countries.geojson', 'http://127.0.0.1:3000/basemap/borders.geojson']);
    expect(style.layers.map((l) => l.id)).toEqual([
      'sea', 'land', 'coast', 'borders', 'movement-denied-outline', 'movement-denied-core', 'movement-planned', 'movement-happened', 'place-halo',
    ]);
  });
});

describe('placesBounds', () => {
  it('spans every place', () => {
    expect(placesBounds([place('a', [38.9, 33.4]), place('b', [47.9, 29.3]), place('c', [44.0, 36.2])])).toEqual([
      [38.9, 29.3],
      [47.9, 36.2],
    ]);
  });
  it('refuses an empty list', () => {
    expect(() => placesBounds([])).toThrow(RangeError);
  });
});
