'use client';

import type { Map as MapLibreMap } from 'maplibre-gl';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import useSWR, { SWRConfig } from 'swr';
import { useI18n } from '@/components/i18n/locale-provider';
import { TimedMap } from '@/components/map/timed-map';
import { useArchiveMap, useMapSummary } from '@/hooks/use-archive-map';
import { fetchJson, useDataStatus, usePlaces } from '@/hooks/use-dashboard-data';
import { useHeldClock } from '@/hooks/use-timeline-clock';
import { briefingContextPath, type BriefingContextResponse } from '@/lib/api/responses';
import { DEFAULT_DWELL_S, parseBriefParams, shownDate, stepCamera, stepEvents, stepTime } from '@/lib/brief/briefing';
import type { BriefingStep, EventRecord, EventStatus } from '@/lib/data/schema';
import { laneOf, symbolKeyOf } from '@/lib/map/archive-layers';
import { STATUS_ORDER } from '@/lib/map/status-style';
import { toUtcMs } from '@/lib/time/date';
import { dashboardHref } from '@/lib/url/links';
import { writeSearch } from '@/lib/url/location';
import { BriefingTools } from './briefing-tools';
import { briefChannel, type BriefMessage } from './channel';

/** While presenting, the data is fetched again this often, so an edited file shows up without a reload. */
const LIVE_REFRESH_MS = 10_000;

/**
 * A briefing on a screen: the server's first screen (its context, the places, the map's summary) as
 * SWR's starting point, asked again while it runs, so that an edit shows without a reload.
 */
export function BriefingView({ context, fallback }: { context: BriefingContextResponse; fallback: Record<string, unknown> }) {
  const id = context.briefing.id;
  return (
    <SWRConfig value={{ fallback: { ...fallback, [briefingContextPath(id, context.mark)]: context }, refreshInterval: LIVE_REFRESH_MS }}>
      <Presentation id={id} mark={context.mark} />
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

function Presentation({ id, mark }: { id: string; mark: number }) {
  const { locale, m, f, settings, dir } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  // Asked again while it runs: the events added since it opened are flagged as new.
  const { data: context } = useSWR<BriefingContextResponse, Error>(briefingContextPath(id, mark), fetchJson);
  const { briefing, events, steps } = context!;
  const total = briefing.steps.length;
  const { places } = usePlaces();
  const { summary } = useMapSummary();
  const data = useArchiveMap(summary, places);
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
      writeSearch({ step: String(next + 1) }, 'replace', pathname);
    },
    [loop, total, pathname],
  );
  const setFlag = (key: 'auto' | 'loop', on: boolean) => {
    (key === 'auto' ? setAuto : setLoop)(on);
    writeSearch({ [key]: on ? '1' : null }, 'replace', pathname);
  };

  const clock = useHeldClock(data?.timeline ?? null, stepTime(step));
  const placesById = data?.placesById;
  const camera = useMemo(() => {
    if (!placesById) return null;
    const target = stepCamera(step, placesById);
    if (!('bounds' in target)) return target;
    // Fit the places clear of the legend (under a quarter of the width, at the inline end) and of the
    // caption over the foot of the map (about a third of the screen's height).
    const pad = target.padding ?? 80;
    const legend = typeof window === 'undefined' ? 440 : Math.round(window.innerWidth * 0.23);
    const caption = typeof window === 'undefined' ? 360 : Math.round(window.innerHeight * 0.33);
    return { ...target, padding: { top: pad, bottom: pad + caption, left: pad + (dir === 'rtl' ? legend : 0), right: pad + (dir === 'rtl' ? 0 : legend) } };
  }, [step, placesById, dir]);
  const highlightedPlaces = useMemo(() => new Set(step.highlight.places), [step]);
  const named = useMemo(() => stepEvents(step, events), [step, events]);
  const cited = useMemo(() => named.filter((e) => step.cites.includes(e.id)), [named, step]);
  // The lanes and symbols of the events the step highlights glow.
  const highlight = useMemo(() => {
    const shown = named.filter((e) => step.highlight.events.includes(e.id));
    return { lanes: shown.flatMap((e) => laneOf(e) ?? []), symbols: shown.flatMap((e) => symbolKeyOf(e) ?? []) };
  }, [named, step]);
  // The sources footer names the outlets of everything on screen: the step's events and every event the date shows.
  const sources = steps[at] ?? { articles: [], total: 0 };
  const fresh = context!.fresh;
  const statuses = useRef<ReadonlySet<EventStatus>>(new Set());
  const onStatuses = useCallback((s: ReadonlySet<EventStatus>) => void (statuses.current = s), []);
  const [mapInstance, setMapInstance] = useState<MapLibreMap | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const leave = useCallback(() => router.push(dashboardHref(settings, { t: step.date.end ?? step.date.start, place: step.highlight.places[0] ?? null })), [router, settings, step]);
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

  const stepDate = useStepDate(events);
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
        {data && (
          <TimedMap data={data} clock={clock} highlight={highlight} highlightedPlaces={highlightedPlaces} camera={camera} fallback={null} onStatuses={onStatuses}>
            {(instance) => <MapInstance map={instance} onMap={setMapInstance} />}
          </TimedMap>
        )}
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
        {sources.articles.map((a, i) => (
          <span key={a.id}>
            {i > 0 && m.listJoin}
            {m.brief.published(a.outlet[locale], f.dateClaim({ start: a.published.date, end: a.published.end ?? a.published.date, precision: a.published.precision }))}
          </span>
        ))}
        {sources.total > sources.articles.length && <span className="muted"> {m.brief.moreSources(f.number(sources.total - sources.articles.length))}</span>}
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
        exportInfo={() => ({ step, stepDate: stepDate(step), outlets: sources.articles, statuses: statuses.current, primary: data?.primary ?? [] })}
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
