// `npm run basemap`: builds the offline basemap in public/basemap/ from Natural Earth 1:50m
// (npm world-atlas), clipped to the region. Nothing is downloaded; the output is committed.
// See docs/basemap.md for sources, licences and sizes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bboxClip, truncate } from '@turf/turf';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** [west, south, east, north]: Iraq, Syria, Kuwait, Jordan, and the edges of Saudi Arabia, Turkey and Iran. */
export const REGION_BBOX: [number, number, number, number] = [30, 23, 56, 43];

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const out = path.resolve('public/basemap');
mkdirSync(out, { recursive: true });

const countries = feature(topology, topology.objects.countries);
const land = countries.features
  .map((f) => bboxClip(f as Feature<Polygon | MultiPolygon>, REGION_BBOX))
  .filter((f) => f.geometry.coordinates.length > 0)
  .map((f, i) => ({ ...f, id: i, properties: { name: (f.properties as { name: string }).name } }));

// Shared boundaries only (a !== b), so coastlines are not drawn as borders.
const borders = bboxClip(
  { type: 'Feature', properties: {}, geometry: mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString },
  REGION_BBOX,
);

const write = (name: string, data: unknown) => {
  const json = JSON.stringify(truncate(data as never, { precision: 4, mutate: true }));
  writeFileSync(path.join(out, name), json);
  console.log(`wrote public/basemap/${name} (${(json.length / 1024).toFixed(0)} KiB)`);
};
write('countries.geojson', { type: 'FeatureCollection', features: land });
write('borders.geojson', { type: 'FeatureCollection', features: [borders] });
