import { describe, expect, it } from 'vitest';
import { placesFileSchema } from '@/lib/data/schema';
import curatedJson from './curated-places.json';

const curated = placesFileSchema.parse(curatedJson);

describe('curated places', () => {
  it('holds the bases, crossings and regions reports name, each a valid place record', () => {
    expect(curated.length).toBe(23);
    expect(new Set(curated.map((p) => p.id)).size).toBe(curated.length);
  });

  it('cites a source for every point: an address, or a GeoNames id for a gazetteer or derived point', () => {
    for (const p of curated) {
      const { kind, detail } = p.coordinatesSource;
      const cited = /https?:\/\//.test(detail) || ((kind === 'gazetteer' || kind === 'derived') && /GeoNames \d+/.test(detail));
      expect(cited, p.id).toBe(true);
    }
  });

  it('finds each place under its Arabic name, and under at least one Latin alias', () => {
    for (const p of curated) {
      expect(p.aliases, p.id).toContain(p.name.ar);
      expect(p.aliases.some((a) => /^[\x20-\x7E]+$/.test(a)), p.id).toBe(true);
    }
  });

  it('says so when a point stands near the place rather than on it', () => {
    // A base placed at the town, field or locality it is named after carries geo precision 2
    // (lib/geo/gazetteer.ts reads it from the note).
    const near = curated.filter((p) => /\bgeoPrecision 2\b/.test(p.note ?? '')).map((p) => p.id);
    expect(near).toEqual(['victory-base', 'rabia-crossing', 'kharab-al-jir', 'conoco', 'al-omar', 'al-shaddadi', 'tal-baydar', 'tower-22']);
    for (const p of curated.filter((c) => c.coordinatesSource.kind === 'gazetteer')) expect(near, p.id).toContain(p.id);
  });
});
