/**
 * Links between the pages, built in one place: a link never loses the language, and no component
 * writes a query string by hand.
 */
import { localeHref, type LocaleSettings } from '@/lib/i18n/locale';
import { applyChanges } from './location';

const withQuery = (path: string, params: Readonly<Record<string, string | null | undefined>>) => {
  const query = applyChanges('', params);
  return query ? `${path}?${query}` : path;
};

/** The dashboard at a place and a date. */
export const dashboardHref = (settings: LocaleSettings, params: { place?: string | null; t?: string | null } = {}) => localeHref(withQuery('/', params), settings);

/** The feed with its filters. */
export const feedHref = (settings: LocaleSettings, filters: Readonly<Record<string, string | null | undefined>> = {}) => localeHref(withQuery('/feed', filters), settings);

/** An article, opened at one source of one event, or at a passage. */
export function articleHref(settings: LocaleSettings, id: string, at: { event: string; source: number } | { start: number; end: number } | null = null): string {
  const params = at === null ? {} : 'event' in at ? { event: at.event, source: String(at.source) } : { at: `${at.start}-${at.end}` };
  return localeHref(`${withQuery(`/articles/${encodeURIComponent(id)}`, params)}${at ? '#passage' : ''}`, settings);
}

/** A briefing: presented, as a handout, or its speaker's view. */
export const briefingHref = (settings: LocaleSettings, id: string, view: 'present' | 'handout' | 'speaker' = 'present') =>
  localeHref(`/brief/${encodeURIComponent(id)}${view === 'present' ? '' : `/${view}`}`, settings);
