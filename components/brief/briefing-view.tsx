'use client';

import type { Map as MapLibreMap } from 'maplibre-gl';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import useSWR, { SWRConfig } from 'swr';
import { useI18n } from '@/components/i18n/locale-provider';
import { EventOverlays } from '@/components/map/event-overlays';
import { MapLegend } from '@/components/map/map-legend';
import { MapView } from '@/components/map/map-view';
import { PlaceMarkers } from '@/components/map/place-markers';
import { fetchJson, useArticles, useDataStatus, useEvents, usePlaces } from '@/hooks/use-dashboard-data';
import { useMapAt, useMapData } from '@/hooks/use-map-state';
import { briefingPath, type BriefingResponse } from '@/lib/api/responses';
import { DEFAULT_DWELL_S, outletsOf, parseBriefParams, shownDate, stepCamera, stepEvents, stepTime, withStep } from '@/lib/brief/briefing';
import type { Briefing, BriefingStep, EventRecord } from '@/lib/data/schema';
import { toUtcMs } from '@/lib/time/date';
import { isActive } from '@/lib/time/animation';
import { STATUS_ORDER } from '@/lib/map/status-style';
import { BriefingTools } from './briefing-tools';
import { briefChannel, type BriefMessage } from './channel';

/** While presenting, the data is fetched again this often, so an edited file shows up without a reload. */
const LIVE_REFRESH_MS = 10_000;

/** A briefing on a screen: the server's data as SWR's starting point, revalidated while it runs. */
export function BriefingView({ briefing, fallback }: { briefing: Briefing; fallback: Record<string, unknown> }) {
  return (
    <SWRConfig value={{ fallback: { ...fallback, [briefingPath(briefing.id)]: { briefing } }, refreshInterval: LIVE_REFRESH_MS }}>
      <Presentation id={briefing.id} />
    </SWRConfig>
  );
}

/** The date a step shows, in words: "2 Oct 2024", "August 2025" or "1 Jan 2024 – 29 Feb 2024" (see shownDate). */
export function useStepDate(events: readonly EventRecord[]) {
  const { f } = useI18n();
  return useCallback(
    (step: BriefingStep) => {
      const { start, end, precision } = shownDate(step, events);
      if (precision === 'month') return f.monthLong(toUtcMs(start));
      return precision === 'day' ? f.day(toUtcMs(start)) : `${f.day(toUtcMs(start))} – ${f.day(toUtcMs(end))}`;
    },
    [f, events],
  );
}

function Presentation({ id }: { id: string }) {
  const words = useI18n();
  const { locale, m, f, href, dir } = words;
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const { data: briefingData } = useSWR<BriefingResponse, Error>(briefingPath(id), fetchJson);
  const briefing = briefingData!.briefing;
  const total = briefing.steps.length;
  const { places } = usePlaces();
  const { events } = useEvents();
  const { articles } = useArticles();
  const dataState = useDataStatus();

  // The step is the URL's (?step=, 1-based), so that a copied link restores it.
  const initial = useMemo(() => parseBriefParams((key) => search.get(key), total), [search, total]);
  const [index, setIndex] = useState(initial.step);
  const [auto, setAuto] = useState(initial.auto);
  const [loop, setLoop] = useState(initial.loop);
  const [blank, setBlank] = useState(false);
  const at = Math.min(index, total - 1);
  const step = briefing.steps[at]!;
  const go = useCallback(
    (to: number) => {
      const next = loop ? (to + total) % total : Math.min(Math.max(to, 0), total - 1);
      setIndex(next);
      window.history.replaceState(null, '', `${pathname}?${withStep(window.location.search, next)}`);
    },
    [loop, total, pathname],
  );
  const setFlag = (key: 'auto' | 'loop', on: boolean) => {
    (key === 'auto' ? setAuto : setLoop)(on);
    const next = new URLSearchParams(window.location.search);
    if (on) next.set(key, '1');
    else next.delete(key);
    window.history.replaceState(null, '', `${pathname}?${next}`);
  };

  const data = useMapData(events, places, articles);
  const time = stepTime(step);
  const map = useMapAt(data, time, words);
  const placesById = useMemo(() => new Map(data.places.map((p) => [p.id, p])), [data.places]);
  const camera = useMemo(() => {
    if (data.places.length === 0) return null;
    const target = stepCamera(step, placesById);
    if (!('bounds' in target)) return target;
    // Fit the places clear of the legend (under a quarter of the width, at the inline end) and of the
    // caption over the foot of the map (about a third of the screen's height).
    const pad = target.padding ?? 80;
    const legend = typeof window === 'undefined' ? 440 : Math.round(window.innerWidth * 0.23);
    const caption = typeof window === 'undefined' ? 360 : Math.round(window.innerHeight * 0.33);
    return { ...target, padding: { top: pad, bottom: pad + caption, left: pad + (dir === 'rtl' ? legend : 0), right: pad + (dir === 'rtl' ? 0 : legend) } };
  }, [step, placesById, data.places.length, dir]);
  const highlightedPlaces = useMemo(() => new Set(step.highlight.places), [step]);
  const named = useMemo(() => stepEvents(step, data.events), [step, data.events]);
  const cited = useMemo(() => named.filter((e) => step.cites.includes(e.id)), [named, step]);
  // The sources footer names the outlets of everything on screen: the step's events and every event the date shows.
  const onScreen = useMemo(() => {
    const shown = data.events.filter((e) => data.timings.has(e.id) && isActive(data.timings.get(e.id)!, time));
    return [...new Map([...named, ...shown].map((e) => [e.id, e])).values()];
  }, [data.events, data.timings, named, time]);
  const outlets = useMemo(() => outletsOf(onScreen, articles ?? []), [onScreen, articles]);
  // Events that arrive while the briefing runs (an edited data file) are flagged as new.
  const seen = useRef<Set<string> | null>(null);
  if (seen.current === null && events) seen.current = new Set(events.map((e) => e.id));
  const fresh = useMemo(() => data.events.filter((e) => seen.current && !seen.current.has(e.id)), [data.events]);
  const [mapInstance, setMapInstance] = useState<MapLibreMap | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const leave = useCallback(() => {
    const place = step.highlight.places[0];
    router.push(href(`/?t=${step.date.end ?? step.date.start}${place ? `&place=${encodeURIComponent(place)}` : ''}`));
  }, [router, href, step]);
  const fullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void rootRef.current?.requestFullscreen().catch(() => {});
  }, []);

  // The clicker: PageDown / PageUp, the arrows, Space, B (or "." as many clickers send) and F. The
  // arrows are not mirrored in Arabic: a clicker's "next" sends → whatever the language.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Typing in a text field or choosing in a list keeps its keys; a checkbox or button does not.
      if ((e.target as HTMLElement).closest('input:not([type="checkbox"]), select, textarea')) return;
      if (blank && !['b', 'B', '.'].includes(e.key)) {
        e.preventDefault();
        return setBlank(false);
      }
      if (e.repeat && e.key !== 'PageDown' && e.key !== 'PageUp') return;
      if (e.key === 'b' || e.key === 'B' || e.key === '.') setBlank((b) => !b);
      else if (e.key === 'PageDown' || e.key === 'ArrowRight' || e.key === ' ') go(at + 1);
      else if (e.key === 'PageUp' || e.key === 'ArrowLeft') go(at - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(total - 1);
      else if (e.key === 'f' || e.key === 'F') fullscreen();
      else if (e.key === 'Escape') {
        if (!document.fullscreenElement) leave();
        return;
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [at, total, go, blank, fullscreen, leave]);

  // An unattended screen moves on after each step's dwell; at the end it stops, or starts again with loop.
  useEffect(() => {
    if (!auto || blank || (!loop && at === total - 1)) return;
    const timer = window.setTimeout(() => go(at + 1), (step.dwell ?? DEFAULT_DWELL_S) * 1000);
    return () => window.clearTimeout(timer);
  }, [auto, blank, loop, at, total, step, go]);

  // The speaker view (a second window) follows the step, and can move it.
  useEffect(() => {
    const channel = briefChannel(id);
    if (!channel) return;
    channel.postMessage({ kind: 'step', step: at } satisfies BriefMessage);
    channel.onmessage = (e: MessageEvent<BriefMessage>) => {
      if (e.data.kind === 'go') go(e.data.step);
      else if (e.data.kind === 'hello') channel.postMessage({ kind: 'step', step: at } satisfies BriefMessage);
    };
    return () => channel.close();
  }, [id, at, go]);

  const stepDate = useStepDate(data.events);
  const other = locale === 'ar' ? 'en' : 'ar';

  return (
    <div className="brief" ref={rootRef} data-step={at + 1} data-blank={blank ? 'true' : 'false'}>
      <header className="brief-title">
        <h1>{briefing.title[locale]}</h1>
        <p className="brief-date" data-date={step.date.end ?? step.date.start}>
          <time dateTime={step.date.end ?? step.date.start}>{stepDate(step)}</time>
        </p>
        <p className="brief-count">{m.brief.step(f.number(at + 1), f.number(total))}</p>
      </header>
      <main className="brief-map">
        <MapView
          places={data.marked}
          bounds={data.bounds ?? [[38, 29], [48, 37]]}
          camera={camera}
          movements={data.movements}
          pointEvents={data.pointEvents}
          routeSegments={map.routeSegments}
          routeTime={map.routeTime}
          symbols={map.symbols}
          heads={map.heads}
          highlight={step.highlight.events}
          fallback={null}
        >
          {(instance) => (
            <>
              <MapInstance map={instance} onMap={setMapInstance} />
              <PlaceMarkers map={instance} places={data.primary} states={map.placeStates} selectedPlaceId={null} highlighted={highlightedPlaces} />
              <EventOverlays map={instance} movements={data.movements} hidden={map.hiddenRoutes} events={data.events} places={data.places} />
            </>
          )}
        </MapView>
        <MapLegend movements={map.onScreen} pointEvents={data.pointEvents} phases={map.phases} />
        <section className="brief-caption" aria-live="polite" aria-label={m.brief.step(f.number(at + 1), f.number(total))}>
          <p className="visually-hidden">
            {m.brief.step(f.number(at + 1), f.number(total))} · {stepDate(step)}
          </p>
          <p className="brief-caption-text" lang={locale} data-caption={step.caption.en}>
            {step.caption[locale]}
          </p>
          <p className="brief-caption-other" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
            {step.caption[other]}
          </p>
          {/* The statuses of what the caption cites, at a glance; the speaker view and the handout list the reports. */}
          <p className="brief-cites">
            {m.brief.cites}:{' '}
            {STATUS_ORDER.filter((status) => cited.some((e) => e.status === status)).map((status) => (
              <span key={status} className={`badge status-${status}`}>
                {m.status[status]} × {f.number(cited.filter((e) => e.status === status).length)}
              </span>
            ))}
          </p>
          {fresh.length > 0 && (
            <ul className="brief-new" aria-label={m.brief.newSince}>
              {fresh.map((e) => (
                <li key={e.id}>
                  <span className="badge badge-new">{m.brief.isNew}</span> {e.summary[locale]} <span className="muted">({f.dateClaim(e.date)})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
      <footer className="brief-sources">
        {dataState?.available === false && (
          <span className="brief-stale" role="status">
            {m.app.unavailable('')}{' '}
          </span>
        )}
        <strong>{m.brief.sources}:</strong>{' '}
        {outlets.map((a, i) => (
          <span key={a.id}>
            {i > 0 && m.listJoin}
            {m.brief.published(a.outlet[locale], f.dateClaim({ start: a.published.date, end: a.published.end ?? a.published.date, precision: a.published.precision }))}
          </span>
        ))}
      </footer>
      <BriefingTools
        briefing={briefing}
        at={at}
        auto={auto}
        loop={loop}
        onGo={go}
        onAuto={(on) => setFlag('auto', on)}
        onLoop={(on) => setFlag('loop', on)}
        onFullscreen={fullscreen}
        onLeave={leave}
        map={mapInstance}
        exportInfo={{ step, stepDate: stepDate(step), outlets, onScreen: map.onScreen, primary: data.primary, segments: map.routeSegments, routeTime: map.routeTime, symbols: map.symbols }}
      />
      {blank && <div className="brief-blank" />}
      <p className="visually-hidden" role="status">
        {blank ? m.brief.blanked : ''}
      </p>
    </div>
  );
}

/** Hands the map instance up once it is ready (for the PNG export). */
function MapInstance({ map, onMap }: { map: MapLibreMap; onMap: (map: MapLibreMap | null) => void }) {
  useEffect(() => {
    onMap(map);
    return () => onMap(null);
  }, [map, onMap]);
  return null;
}
