'use client';

import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n/locale-provider';
import { ReportItem } from '@/components/reports/report-item';
import type { EventRecord } from '@/lib/data/schema';
import { placeToShow } from '@/lib/reports/reports';
import { dashboardHref } from '@/lib/url/links';
import type { EventPages } from '@/hooks/use-event-pages';
import styles from './feed.module.css';

/** A report's height before it is measured: a summary in two languages, its dates and one quote. */
const ESTIMATED_HEIGHT = 260;
/** Reports kept rendered beyond each edge of the view: few, so a deep scroll keeps the page small. */
const OVERSCAN = 3;
/** Ask for the next page this many reports before the end of those loaded. */
const AHEAD = 10;
/** The view the server renders the first reports into, before the browser has measured one. */
const INITIAL_RECT = { width: 800, height: 900 };

/**
 * The reports, virtualised: only those in view (and a few either side) are in the DOM, each
 * measured as it renders, and the next page is asked for as the reader nears the end of those
 * loaded. Still one list: each item says its place in the whole filtered list, and the item that
 * holds the focus stays rendered when it scrolls away, so Tab never loses its place.
 */
export function FeedList({ pages, primary, resetKey }: { pages: EventPages; primary: ReadonlySet<string>; resetKey: string }) {
  const { m, settings } = useI18n();
  const router = useRouter();
  const scroller = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const { events, links, articles, total, more, loading, error, loadMore, retry } = pages;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      return focused === null || focused >= range.count || shown.includes(focused) ? shown : [...shown, focused].sort((a, b) => a - b);
    },
    [focused],
  );
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_HEIGHT,
    getItemKey: (i) => events[i]?.id ?? i,
    overscan: OVERSCAN,
    initialRect: INITIAL_RECT,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (more && !loading && !error && lastShown >= events.length - AHEAD) loadMore();
  }, [more, loading, error, lastShown, events.length, loadMore]);

  // New filters start at the top of their list.
  const firstKey = useRef(resetKey);
  useEffect(() => {
    if (firstKey.current === resetKey) return;
    firstKey.current = resetKey;
    setFocused(null);
    virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  const open = (event: EventRecord) => router.push(dashboardHref(settings, { place: placeToShow(event, primary), t: event.date.start }));

  return (
    <div ref={scroller} className={styles.scroller}>
      {total === 0 && !loading ? (
        <p className={styles.row}>{m.feed.none}</p>
      ) : (
        <ol
          role="list"
          aria-label={m.feed.list}
          className={styles.list}
          style={{ height: virtualizer.getTotalSize() }}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget)) setFocused(null);
          }}
        >
          {items.map((item) => {
            const event = events[item.index]!;
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-setsize={total ?? -1}
                aria-posinset={item.index + 1}
                className={styles.item}
                style={{ transform: `translateY(${item.start}px)` }}
                onFocus={() => setFocused(item.index)}
              >
                <ReportItem event={event} placeId={placeToShow(event, primary) ?? ''} links={links.get(event.id) ?? []} articles={articles} onSelect={open} />
              </li>
            );
          })}
        </ol>
      )}
      {error ? (
        <p className={styles.row} role="alert">
          {m.feed.loadError(error.message)}{' '}
          <button type="button" onClick={retry}>
            {m.app.retry}
          </button>
        </p>
      ) : (
        loading && (
          <p className={styles.row} role="status">
            {m.feed.loadingMore}
          </p>
        )
      )}
    </div>
  );
}
