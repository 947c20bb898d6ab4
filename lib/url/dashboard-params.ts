/**
 * The dashboard's URL state, parsed once here. Unknown keys are kept and ignored; a bad value falls
 * back to its default with a notice, never an error page.
 */
export interface DashboardParams {
  place: string | null;
}

export interface ParsedDashboardParams {
  params: DashboardParams;
  notices: string[];
}

interface SearchParamsLike {
  get(name: string): string | null;
}

export function parseDashboardParams(search: SearchParamsLike, placeIds: readonly string[]): ParsedDashboardParams {
  const place = search.get('place');
  if (place === null || place === '') return { params: { place: null }, notices: [] };
  if (!placeIds.includes(place)) {
    const shown = place.length > 40 ? `${place.slice(0, 40)}…` : place;
    return { params: { place: null }, notices: [`There is no place “${shown}” on this map, so none is selected.`] };
  }
  return { params: { place }, notices: [] };
}

/** The query string with `place` set (or removed when null), other keys kept as they were. */
export function withPlace(search: string, place: string | null): string {
  const next = new URLSearchParams(search);
  if (place === null) next.delete('place');
  else next.set('place', place);
  return next.toString();
}
