/**
 * A citation for one source of a report: outlet, title, publication date, the verbatim quote, its
 * translation, and a link to the dashboard at the report's date and place. Always in English with
 * the Arabic beside it, whatever the interface's language, so that it pastes the same everywhere.
 */
import type { ArticleMeta, EventRecord } from '@/lib/data/schema';
import { dashboardHref } from '@/lib/url/links';
import { formats } from './format';
import { DEFAULT_SETTINGS } from './locale';

export function citationText(event: EventRecord, sourceIndex: number, article: ArticleMeta, origin: string, placeId: string): string {
  const source = event.sources[sourceIndex];
  if (!source) throw new RangeError(`event ${event.id} has no source #${sourceIndex}`);
  const p = article.published;
  const published = formats(DEFAULT_SETTINGS).dateClaim({ start: p.date, end: p.end ?? p.date, precision: p.precision }) + (p.inferred ? ' (date inferred)' : '');
  const link = `${origin}${dashboardHref(DEFAULT_SETTINGS, { place: placeId, t: event.date.start })}`;
  return [
    `${article.outlet.en} (${article.outlet.ar}), “${article.title.en}” («${article.title.ar}»), published ${published}.`,
    `«${source.quote}»`,
    `“${source.translation}”`,
    `Sitrep: ${link}`,
  ].join('\n');
}
