import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import { eventFeatureCollection } from './event-features';

let ds: Dataset;
beforeAll(async () => {
  ds = await readFixture();
});

describe('eventFeatureCollection', () => {
  it('draws a movement through its from, via and to places in [lon, lat] order', () => {
    const convoy = ds.events.find((e) => e.id === 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02')!;
    const [feature] = eventFeatureCollection([convoy], ds.places).features;
    expect(feature).toEqual({
      type: 'Feature',
      id: convoy.id,
      geometry: { type: 'LineString', coordinates: [[38.5078, 35.0254], [38.9374, 33.4332], [42.4412, 33.7857]] },
      properties: {
        id: convoy.id, kind: 'movement', status: 'reported', dateStart: '2024-10-02', dateEnd: '2024-10-02', precision: 'day',
        inferred: false, summaryEn: convoy.summary.en, summaryAr: convoy.summary.ar, places: 'syria,al-waleed,ain-al-asad', sources: 2,
      },
    });
  });

  it('puts any other event at its place as a point', () => {
    const features = eventFeatureCollection(ds.events, ds.places).features;
    expect(features).toHaveLength(ds.events.length);
    const strike = features.find((f) => f.id === 'us-strike-al-qaim-2024-01')!;
    expect(strike.geometry).toEqual({ type: 'Point', coordinates: [40.977, 34.3975] });
  });
});
