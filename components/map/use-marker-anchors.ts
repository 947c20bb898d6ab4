'use client';

import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { useEffect, useState } from 'react';

type MarkerClass = typeof Marker;

/**
 * One set of anchor elements per item, each held by MapLibre markers that `pin` places on the map;
 * React renders into the anchors through portals. MapLibre is imported only in the browser, and the
 * markers are removed when the items or the map change. `pin` is read on those changes only.
 */
export function useMarkerAnchors<T, A>(
  map: MapLibreMap,
  items: readonly T[],
  key: (item: T) => string,
  pin: (item: T, Marker: MarkerClass) => { anchors: A; markers: Marker[] },
): ReadonlyMap<string, A> {
  const [anchors, setAnchors] = useState<ReadonlyMap<string, A>>(new Map());
  useEffect(() => {
    let cancelled = false;
    const made: Marker[] = [];
    import('maplibre-gl').then(({ Marker }) => {
      if (cancelled) return;
      const next = new Map<string, A>();
      for (const item of items) {
        const pinned = pin(item, Marker);
        made.push(...pinned.markers);
        next.set(key(item), pinned.anchors);
      }
      setAnchors(next);
    });
    return () => {
      cancelled = true;
      for (const marker of made) marker.remove();
    };
    // Rebuilt when the map or the items change, not for each render's new callbacks.
  }, [map, items]);
  return anchors;
}
