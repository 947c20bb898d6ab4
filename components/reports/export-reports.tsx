'use client';

import { saveFile } from '@/components/files/save-file';
import { useI18n } from '@/components/i18n/locale-provider';
import { eventsToCsv } from '@/lib/api/events-csv';
import type { EventRecord, Place } from '@/lib/data/schema';
import { eventFeatureCollection } from '@/lib/geo/event-features';

const download = (name: string, type: string, body: string) => saveFile(name, new Blob([body], { type }));

/** "Export CSV" and "Export GeoJSON" for exactly the reports shown (the events API's own writers). */
export function ExportReports({ events, places, name }: { events: readonly EventRecord[]; places: readonly Place[]; name: string }) {
  const { m } = useI18n();
  return (
    <>
      <button type="button" disabled={events.length === 0} onClick={() => download(`${name}.csv`, 'text/csv;charset=utf-8', eventsToCsv(events))}>
        {m.feed.exportCsv}
      </button>{' '}
      <button
        type="button"
        disabled={events.length === 0}
        onClick={() => download(`${name}.geojson`, 'application/geo+json', JSON.stringify(eventFeatureCollection(events, places), null, 2))}
      >
        {m.feed.exportGeojson}
      </button>
    </>
  );
}
