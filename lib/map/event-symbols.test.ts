import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import { EVENT_KINDS, type Dataset } from '@/lib/data/schema';
import { mapEventsOfDataset } from '@/lib/store/map-events';
import { mapSummary, symbolKeyOf } from './archive-layers';
import { FAMILY_COLORS, SYMBOL_FAMILIES, SYMBOL_ORDER, kindColor, pointEventFeatures, pointEventLayers, slotX, SYMBOL_SIZE, symbolFamily } from './event-symbols';
import { STATUS_STYLES } from './status-style';

let ds: Dataset;
beforeAll(async () => {
  ds = await readFixture();
});

describe('symbolFamily', () => {
  it('gives every kind but movement exactly one family', () => {
    for (const kind of EVENT_KINDS) {
      const families = SYMBOL_ORDER.filter((f) => SYMBOL_FAMILIES[f].kinds.includes(kind as never));
      expect(families, kind).toHaveLength(kind === 'movement' ? 0 : 1);
      expect(symbolFamily(kind)).toBe(families[0] ?? null);
    }
  });

  it('gives each family its own shape', () => {
    expect(new Set(SYMBOL_ORDER.map((f) => SYMBOL_FAMILIES[f].path)).size).toBe(SYMBOL_ORDER.length);
  });
});

/** The seed's symbols as the map draws them, from the archive's summary. */
const pointEventSymbols = (d: Dataset) => pointEventFeatures(mapSummary(mapEventsOfDataset(d), d.places, 1).symbols, new Map(d.places.map((p) => [p.id, p])));

describe('pointEventFeatures', () => {
  it('draws every point event once, aggregated by place and family', () => {
    const { features } = pointEventSymbols(ds);
    const points = ds.events.filter((e) => e.kind !== 'movement');
    expect(features.reduce((n, f) => n + f.properties.count, 0)).toBe(points.length);
    for (const f of features) expect(f.properties.count).toBe(points.filter((e) => symbolKeyOf(e) === f.properties.key).length);
    const keys = features.map((f) => `${f.properties.place}/${f.properties.family}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('counts the attacks on Ain al-Asad in one symbol', () => {
    const attacks = pointEventSymbols(ds).features.find((f) => f.properties.place === 'ain-al-asad' && f.properties.family === 'attack');
    expect(attacks?.properties.count).toBe(3);
  });

  it('fills a symbol when something happened, and leaves it hollow when it was only planned', () => {
    const { features } = pointEventSymbols(ds);
    const erbil = features.filter((f) => f.properties.place === 'erbil');
    expect(erbil.length).toBeGreaterThan(0);
    for (const f of erbil) expect(f.properties).toMatchObject({ filled: false, image: `event-${f.properties.family}-hollow` });
    const strike = features.find((f) => f.properties.family === 'strike')!;
    expect(strike.properties).toMatchObject({ filled: true, image: 'event-strike-filled' });
  });

  it("numbers each place's symbols into a row to the right of the place, clear of its point", () => {
    const { features } = pointEventSymbols(ds);
    const ainAlAsad = features.filter((f) => f.properties.place === 'ain-al-asad');
    expect(ainAlAsad.map((f) => f.properties.slot)).toEqual([0, 1]);
    expect(slotX(0) - SYMBOL_SIZE / 2).toBeGreaterThanOrEqual(14);
    expect(slotX(1) - slotX(0)).toBeGreaterThan(SYMBOL_SIZE);
  });
});

describe('pointEventLayers', () => {
  it('badges only the symbols that stand for more than one event', () => {
    const badge = pointEventLayers().find((l) => l.id === 'point-event-counts')!;
    expect(badge.filter).toEqual(['>', ['get', 'count'], 1]);
  });
});

describe('kindColor', () => {
  it('colours each kind as the family the map draws it with, and movements as reported routes', () => {
    // Regression: the timeline once coloured disarmament as a posture and deadlines apart from statements.
    expect(kindColor('disarmament')).toBe(FAMILY_COLORS.handover);
    expect(kindColor('deadline')).toBe(FAMILY_COLORS.statement);
    for (const family of SYMBOL_ORDER) for (const kind of SYMBOL_FAMILIES[family].kinds) expect(kindColor(kind), kind).toBe(FAMILY_COLORS[family]);
    expect(kindColor('movement')).toBe(STATUS_STYLES.reported.color);
  });
});
