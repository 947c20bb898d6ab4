import 'server-only';
/**
 * The map's layers for the store as it stands (lib/map/archive-layers.ts), built once per version
 * of the store and kept: the summary every page load asks for, the timed layer's bytes, and the
 * lean events behind them for "what is on this lane, at this date" questions.
 */
import type { Place } from '@/lib/data/schema';
import { encodeTimedLayer, mapSummary, timedLayer, timingOfMapEvent, type MapSummary } from '@/lib/map/archive-layers';
import type { EventTiming } from '@/lib/time/animation';
import type { Store } from './connect';
import { readMapEvents, type MapEvent } from './map-events';
import { storeVersion } from './read';
import { serverStore } from './server';
import { readTransaction } from './transaction';

export interface MapLayers {
  summary: MapSummary;
  timed: ArrayBuffer;
  events: MapEvent[];
  places: Place[];
  /** When the timeline reaches each event, by id: for "what changed here between two dates". */
  timings: ReadonlyMap<string, EventTiming>;
}

let cached: { store: Store; version: number; layers: Promise<MapLayers> } | undefined;

async function build(store: Store): Promise<MapLayers> {
  const [{ version, events }, places] = await Promise.all([
    readMapEvents(store),
    readTransaction(store, async (tx) => (await tx.selectFrom('places').select('record').orderBy('position').execute()).map((r) => JSON.parse(r.record) as Place)),
  ]);
  const summary = mapSummary(events, places, version);
  const timings = new Map(events.map((e) => [e.id, timingOfMapEvent(e)]));
  return { summary, timed: encodeTimedLayer(timedLayer(events, summary, places), summary, places), events, places, timings };
}

export async function mapLayers(): Promise<MapLayers> {
  const store = await serverStore();
  const version = await storeVersion(store);
  if (cached?.store !== store || cached.version !== version) {
    const layers = build(store);
    cached = { store, version, layers };
    layers.catch(() => {
      if (cached?.layers === layers) cached = undefined;
    });
  }
  return cached.layers;
}
