import { describe, expect, it } from 'vitest';
import type { Place } from '@/lib/data/schema';
import { BASEMAP_FILES, buildBaseStyle, placesBounds, placesGeoJson } from './base-style';

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
    expect(urls).toEqual(BASEMAP_FILES.map((name) => `http://127.0.0.1:3000/basemap/${name}.geojson`));
  });

  it('draws the basemap under the movements, and labels above the basemap', () => {
    const ids = buildBaseStyle([place('baghdad', [44.3661, 33.3152])], 'http://127.0.0.1:3000').layers.map((l) => l.id);
    expect(ids.slice(0, 7)).toEqual(['sea', 'land', 'lakes', 'rivers', 'provinces', 'coast', 'borders']);
    expect(ids.indexOf('label-city')).toBeLessThan(ids.indexOf('movement-hit'));
  });

  it('names web-font families, never a glyph server, for every label', () => {
    const style = buildBaseStyle([place('baghdad', [44.3661, 33.3152])], 'http://127.0.0.1:3000');
    const labels = style.layers.flatMap((l) => (l.type === 'symbol' && l.layout?.['text-field'] ? [l] : []));
    expect(labels.length).toBeGreaterThan(4);
    for (const layer of labels) expect(JSON.stringify(layer.layout?.['text-font']), layer.id).toMatch(/Noto Sans/);
  });
});

describe('placesGeoJson', () => {
  it('marks secondary places whose label would sit under a primary marker', () => {
    const near = placesGeoJson([
      place('baghdad', [44.3661, 33.3152]),
      place('baghdad-airport', [44.2346, 33.2625], false),
      place('najaf', [44.3361, 31.9900], false),
    ]).features.map((f) => [f.properties.id, f.properties.nearPrimary]);
    expect(near).toEqual([['baghdad', false], ['baghdad-airport', true], ['najaf', false]]);
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

describe('basemap labels', () => {
  /** WCAG 2 contrast ratio of two #rrggbb colours. */
  const contrast = (a: string, b: string) => {
    const lum = (hex: string) => {
      const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('are at least 4.5:1 against the halo they are drawn on', () => {
    const style = buildBaseStyle([], 'http://localhost');
    const labels = style.layers.filter((l) => l.type === 'symbol' && l.paint && 'text-color' in l.paint);
    expect(labels.length).toBeGreaterThan(4);
    for (const layer of labels) {
      const paint = layer.paint as { 'text-color': string; 'text-halo-color': string };
      expect(contrast(paint['text-color'], paint['text-halo-color']), layer.id).toBeGreaterThanOrEqual(4.5);
    }
  });
});
