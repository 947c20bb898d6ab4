// Checks the committed basemap (public/basemap/, built by `npm run basemap`) for what the map promises to show.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES } from '@/lib/map/base-style';

const read = (name: string) => JSON.parse(readFileSync(path.resolve('public/basemap', `${name}.geojson`), 'utf8')) as FeatureCollection;
const labels = read('labels').features.map((f) => f.properties as { kind: string; en: string; ar: string });
const ARABIC = /^[\u0600-\u06FF ]+$/;

describe('the committed basemap', () => {
  it('has every file the style loads, each a non-empty FeatureCollection', () => {
    for (const name of BASEMAP_FILES) {
      const data = read(name);
      expect(data.type, name).toBe('FeatureCollection');
      expect(data.features.length, name).toBeGreaterThan(0);
    }
  });

  it('labels the seven countries of the region in English and Arabic', () => {
    const countries = labels.filter((l) => l.kind === 'country').map((l) => l.en);
    expect(countries.sort()).toEqual(['IRAN', 'IRAQ', 'JORDAN', 'KUWAIT', 'SAUDI ARABIA', 'SYRIA', 'TURKEY']);
  });

  it("labels Iraq's provinces, including the ones the sources name", () => {
    const provinces = labels.filter((l) => l.kind === 'province').map((l) => l.en);
    expect(provinces).toHaveLength(18);
    expect(provinces).toEqual(expect.arrayContaining(['Anbar', 'Babil', 'Erbil', 'Duhok', 'Sulaymaniyah']));
  });

  it('gives every label an Arabic name in Arabic script', () => {
    for (const l of labels) expect(l.ar, l.en).toMatch(ARABIC);
  });

  it('names the Euphrates and the Tigris', () => {
    const rivers = new Set(read('rivers').features.map((f) => (f.properties as { en?: string }).en).filter(Boolean));
    expect([...rivers].sort()).toEqual(['Euphrates', 'Tigris']);
  });

  it('has major lakes as closed polygons', () => {
    const lakes = read('lakes').features;
    expect(lakes.length).toBeGreaterThanOrEqual(5);
    for (const lake of lakes) {
      expect(lake.geometry.type).toBe('Polygon');
      const ring = (lake.geometry as { coordinates: number[][][] }).coordinates[0] ?? [];
      expect(ring[0]).toEqual(ring.at(-1));
    }
  });
});
