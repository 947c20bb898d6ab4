/**
 * The places ingest can name, in layers, most trusted first:
 * 1. the dataset's places (the store's, curated by people);
 * 2. curated bases, crossings and regions that reports name and GeoNames lacks
 *    (lib/geo/curated-places.json, each point with its cited source);
 * 3. GeoNames' populated places of the region and every country (lib/geo/gazetteer.json, written
 *    by `npm run gazetteer`).
 * A place of a lower layer that the dataset does not hold yet is proposed as a new place, as a full
 * place record, for a reviewer to accept with the events that name it.
 */
import type { GeoPrecision, Place } from '@/lib/data/schema';
import { BASEMAP_BBOX } from '@/lib/map/base-style';
import curatedJson from './curated-places.json';
import gazetteerJson from './gazetteer.json';
import type { GazetteerFile, GazetteerRow } from './gazetteer-file';

export type Layer = 'dataset' | 'curated' | 'geonames';

/** A place a name can stand for. */
export interface Candidate {
  place: Place;
  layer: Layer;
  /** GeoNames' feature code (PPLC, PPLA, PPL…, PCLI for a country), or the place's kind for the curated layers. */
  featureCode: string;
  population: number;
  /** How exactly its point stands for what a report names there (see GEO_PRECISIONS). */
  geoPrecision: GeoPrecision;
}

const curated = curatedJson as unknown as Place[];
const geonames = (gazetteerJson as unknown as GazetteerFile).places;

const arabic = (s: string) => /[\u0600-\u06FF]/.test(s);

/** The precision a place's point has by its kind: a base, crossing or town is itself; a province, region or country only the region. */
export function kindPrecision(place: Pick<Place, 'kind' | 'note'>): GeoPrecision {
  if (place.kind === 'country' || place.kind === 'province') return 3;
  if (place.kind === 'area') return /\bgeoPrecision 1\b/.test(place.note ?? '') ? 1 : 3;
  // A curated base placed at the town it is named after says so in its note.
  return /\bgeoPrecision 2\b/.test(place.note ?? '') ? 2 : 1;
}

const KIND_BY_CODE: Record<string, Place['kind']> = { PCLI: 'country', ADM1: 'province' };

function fromRow([id, names, ar, lon, lat, featureCode, country, admin1, population]: GazetteerRow): Candidate {
  const latin = names.split('|');
  const arabicNames = ar.split('|');
  const geonameId = id.replace(/^(gn|country)-/, '');
  const isCountry = featureCode === 'PCLI';
  const place: Place = {
    id,
    name: { en: latin[0]!, ar: arabicNames[0]! },
    aliases: [...new Set([...arabicNames, ...latin])],
    kind: KIND_BY_CODE[featureCode] ?? 'city',
    primary: false,
    coordinates: [lon, lat],
    coordinatesSource: isCountry
      ? { kind: 'centroid', detail: `Natural Earth 1:50m (world-atlas): centroid of ${latin[0]}'s largest polygon; Arabic name from i18n-iso-countries` }
      : { kind: 'gazetteer', detail: `GeoNames ${geonameId} (${latin.at(-1)}, ${featureCode}, admin1 ${admin1 || '–'}, population ${population}), CC BY 4.0` },
    country,
  };
  return { place, layer: 'geonames', featureCode, population, geoPrecision: isCountry ? 3 : 1 };
}

const fromPlace = (layer: Layer) => (place: Place): Candidate => ({ place, layer, featureCode: place.kind, population: 0, geoPrecision: kindPrecision(place) });

/** Every candidate place, dataset first: a lower layer's place with an id the dataset already holds is left out. */
export function candidates(dataset: readonly Place[]): Candidate[] {
  const seen = new Set(dataset.map((p) => p.id));
  // A country the dataset holds under its own id (iraq, syria…) keeps that id; its GeoNames row is left out.
  const countries = new Set(dataset.filter((p) => p.kind === 'country').map((p) => p.country));
  const lower = [...curated.map(fromPlace('curated')), ...geonames.map(fromRow)].filter((c) => {
    if (seen.has(c.place.id) || (c.featureCode === 'PCLI' && countries.has(c.place.country))) return false;
    seen.add(c.place.id);
    return true;
  });
  return [...dataset.map(fromPlace('dataset')), ...lower];
}

/**
 * The adjective of a country («العراقية», «السورية»), by which reports name its territory and border:
 * «نحو الأراضي العراقية», «عبر الحدود السورية», «إلى الجانب الأردني».
 */
const NISBA: Record<string, [feminine: string, masculine: string]> = {
  IQ: ['العراقية', 'العراقي'],
  SY: ['السورية', 'السوري'],
  JO: ['الأردنية', 'الأردني'],
  KW: ['الكويتية', 'الكويتي'],
  TR: ['التركية', 'التركي'],
  IR: ['الإيرانية', 'الإيراني'],
  SA: ['السعودية', 'السعودي'],
  LB: ['اللبنانية', 'اللبناني'],
  QA: ['القطرية', 'القطري'],
};

/** The Arabic names a candidate is found under (a «بغداد / Baghdad» alias gives each half); a country also by its territory. */
export const arabicNames = (place: Place) => {
  const names = [place.name.ar, ...place.aliases].flatMap((a) => a.split('/').map((part) => part.trim())).filter((a) => a && arabic(a));
  const nisba = place.kind === 'country' ? NISBA[place.country] : undefined;
  if (nisba) names.push(`الأراضي ${nisba[0]}`, `الحدود ${nisba[0]}`, `الجانب ${nisba[1]}`, `داخل الأراضي ${nisba[0]}`);
  return [...new Set(names)];
};

/** True when a point lies inside the basemap's box (outside it, the map draws an arrow off its edge). */
export function insideMapBox([lon, lat]: readonly [number, number]): boolean {
  const [west, south, east, north] = BASEMAP_BBOX;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
