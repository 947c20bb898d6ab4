/**
 * The shape of lib/geo/gazetteer.json, which `npm run gazetteer` writes: one compact row per place,
 * since the file holds a few thousand of them. Names are `|`-separated; the first Latin one is the
 * place's English name.
 */
export const GAZETTEER_COLUMNS = ['id', 'names', 'arabic', 'lon', 'lat', 'featureCode', 'country', 'admin1', 'population'] as const;

export type GazetteerRow = [id: string, names: string, arabic: string, lon: number, lat: number, featureCode: string, country: string, admin1: string, population: number];

export interface GazetteerFile {
  about: string[];
  /** [west, south, east, north] of the basemap when the file was written. */
  mapBox: number[];
  columns: string[];
  places: GazetteerRow[];
}
