'use client';

import { useI18n } from '@/components/i18n/locale-provider';

export type ExportFormat = 'csv' | 'geojson';

/**
 * "Export CSV" and "Export GeoJSON": links to the events API, which streams every report that
 * passes the list's filters, not only the pages loaded in the browser.
 */
export function ExportLinks({ url, name, empty = false, className }: { url: (format: ExportFormat) => string; name: string; empty?: boolean; className?: string }) {
  const { m } = useI18n();
  const link = (format: ExportFormat, label: string) =>
    empty ? (
      <a className={className} aria-disabled="true">
        {label}
      </a>
    ) : (
      <a className={className} href={url(format)} download={`${name}.${format}`}>
        {label}
      </a>
    );
  return (
    <span className="export-links">
      {link('csv', m.feed.exportCsv)} {link('geojson', m.feed.exportGeojson)}
    </span>
  );
}
