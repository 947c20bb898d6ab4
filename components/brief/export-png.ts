/**
 * Renders the presentation's current view to a PNG at 1920×1080 or 3840×2160, whatever the size of
 * the screen it runs on: a second, off-screen MapLibre map with the same style, routes, date and
 * camera draws at the asked resolution, and the title, date, caption, legend, scale bar, attribution
 * and sources are drawn over it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { addSymbolImages } from '@/components/map/symbol-images';
import { applyMoment, installLayers, momentOf } from '@/components/map/map-layers';
import { metresPerPixel, scaleBar, wrapLines } from '@/lib/brief/png-layout';
import type { ArticleMeta, BriefingStep, EventStatus, Place } from '@/lib/data/schema';
import type { Words } from '@/lib/i18n/messages';
import { BASEMAP_ATTRIBUTION } from '@/lib/map/base-style';
import { STATUS_ORDER, STATUS_STYLES } from '@/lib/map/status-style';

export const EXPORT_SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

/** The layout is drawn at 1920×1080 CSS pixels and scaled up for larger sizes. */
const W = 1920;
const H = 1080;
const FONT = '"Noto Sans", "Noto Sans Arabic", sans-serif';
const ARABIC_FONT = '"Noto Sans Arabic", "Noto Sans", sans-serif';

export interface ExportInfo {
  title: string;
  step: BriefingStep;
  stepLabel: string;
  stepDate: string;
  outlets: readonly ArticleMeta[];
  /** The statuses of the routes on screen, for the legend. */
  statuses: ReadonlySet<EventStatus>;
  primary: readonly Place[];
}

/** Resolves when the map has drawn everything (or after `ms`, drawing what it has). */
function idle(map: MapLibreMap, ms = 30_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, ms);
    map.once('idle', () => {
      window.clearTimeout(timer);
      resolve();
    });
  });
}

/** Runs `draw` with an off-screen copy of the live map at 1920×1080 CSS pixels and the asked pixel ratio, showing the same area; removes it after. */
async function withOffscreenMap<T>(live: MapLibreMap, info: ExportInfo, pixelRatio: number, draw: (map: MapLibreMap) => Promise<T>): Promise<T> {
  const { Map } = await import('maplibre-gl');
  const container = document.createElement('div');
  container.style.cssText = `position:fixed;left:-${W * 4}px;top:0;width:${W}px;height:${H}px;`;
  document.body.append(container);
  let map: MapLibreMap | undefined;
  try {
    map = new Map({
      container,
      style: live.getStyle(),
      bounds: live.getBounds(),
      bearing: live.getBearing(),
      pixelRatio,
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    const m = map;
    m.on('styleimagemissing', () => addSymbolImages(m, pixelRatio));
    // A tile or source error is logged and drawn around, as on screen; only a failed load is fatal.
    await new Promise<void>((resolve, reject) => {
      m.once('load', () => resolve());
      m.on('error', (e) => (m.loaded() ? console.error('export map error:', e.error) : reject(e.error)));
    });
    const moment = momentOf(live);
    const routes = installLayers(m, pixelRatio);
    if (moment) applyMoment(m, routes, moment);
    m.triggerRepaint();
    await idle(m);
    return await draw(m);
  } finally {
    map?.remove();
    container.remove();
  }
}

/** A rounded box. */
function box(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, fill: string) {
  ctx.fillStyle = fill;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 8);
  ctx.fill();
}

export async function renderPng(live: MapLibreMap, info: ExportInfo, words: Words, size: { width: number; height: number }): Promise<Blob> {
  const { locale, m } = words;
  const rtl = locale === 'ar';
  const scale = size.width / W;
  // The fonts load by the characters they will draw (the web fonts come in script subsets).
  const sample = `${info.title} ${info.stepDate} ${info.step.caption[locale]}`;
  await Promise.all(['400', '600'].flatMap((weight) => ['"Noto Sans"', '"Noto Sans Arabic"'].map((family) => document.fonts.load(`${weight} 20px ${family}`, sample))));
  return withOffscreenMap(live, info, scale, async (map) => {
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(map.getCanvas(), 0, 0, W, H);
    ctx.direction = rtl ? 'rtl' : 'ltr';
    ctx.textBaseline = 'middle';
    const font = rtl ? ARABIC_FONT : FONT;
    // x of the start and end sides, 32 px in.
    const start = rtl ? W - 32 : 32;
    const end = rtl ? 32 : W - 32;

    // The primary places, as the live map labels them.
    ctx.font = `600 18px ${font}`;
    for (const place of info.primary) {
      const p = map.project(place.coordinates);
      if (p.x < 0 || p.y < 0 || p.x > W || p.y > H) continue;
      const label = place.name[locale];
      const w = ctx.measureText(label).width + 16;
      box(ctx, p.x - w / 2, p.y + 8, w, 28, 'rgba(255,255,255,0.95)');
      ctx.fillStyle = '#1b2630';
      ctx.textAlign = 'center';
      ctx.fillText(label, p.x, p.y + 22);
    }

    // Title bar: the briefing and step at the start, the date at the end.
    box(ctx, 16, 16, W - 32, 76, 'rgba(255,255,255,0.94)');
    ctx.fillStyle = '#1b2630';
    ctx.textAlign = 'start';
    ctx.font = `600 32px ${font}`;
    ctx.fillText(info.title, start, 44);
    ctx.font = `400 20px ${font}`;
    ctx.fillStyle = '#4a5a68';
    ctx.fillText(info.stepLabel, start, 76);
    ctx.textAlign = 'end';
    ctx.fillStyle = '#1b2630';
    ctx.font = `600 40px ${font}`;
    ctx.fillText(info.stepDate, end, 54);

    // Legend: the route styles on screen, drawn as the map draws them.
    const statuses = STATUS_ORDER.filter((s) => info.statuses.has(s));
    if (statuses.length > 0) {
      const lx = rtl ? 32 : W - 32 - 300;
      box(ctx, lx, 112, 300, 24 + statuses.length * 34, 'rgba(255,255,255,0.94)');
      statuses.forEach((status, i) => {
        const s = STATUS_STYLES[status];
        const y = 136 + i * 34;
        ctx.save();
        ctx.strokeStyle = s.color;
        ctx.globalAlpha = s.opacity;
        ctx.lineWidth = s.width;
        ctx.setLineDash(s.dash ? [s.dash[0] * s.width, s.dash[1] * s.width] : []);
        // The sample sits at the inline start of the box, the words after it.
        const x0 = rtl ? lx + 300 - 76 : lx + 16;
        ctx.beginPath();
        ctx.moveTo(x0, y);
        ctx.lineTo(x0 + 60, y);
        ctx.stroke();
        if (s.hollow) {
          ctx.strokeStyle = '#ffffff';
          ctx.globalAlpha = 1;
          ctx.lineWidth = s.width - 3;
          ctx.stroke();
        }
        ctx.restore();
        ctx.fillStyle = '#1b2630';
        ctx.font = `400 20px ${font}`;
        ctx.direction = rtl ? 'rtl' : 'ltr';
        ctx.textAlign = 'start';
        ctx.fillText(m.status[status], rtl ? lx + 300 - 92 : lx + 92, y);
      });
    }

    // Caption: large, over a band at the foot, with the sources below it.
    ctx.font = `600 34px ${font}`;
    const lines = wrapLines(info.step.caption[locale], W - 96, (s) => ctx.measureText(s).width, 3);
    const captionTop = H - 64 - lines.length * 46 - 24;
    box(ctx, 16, captionTop, W - 32, H - captionTop - 16, 'rgba(255,255,255,0.94)');
    ctx.fillStyle = '#1b2630';
    ctx.textAlign = 'start';
    lines.forEach((line, i) => ctx.fillText(line, start, captionTop + 36 + i * 46));
    ctx.font = `400 18px ${font}`;
    ctx.fillStyle = '#4a5a68';
    const sources = `${m.brief.sources}: ${info.outlets.map((a) => a.outlet[locale]).join(m.listJoin)}`;
    ctx.fillText(wrapLines(sources, W - 96, (s) => ctx.measureText(s).width, 1)[0] ?? '', start, H - 44);

    // Scale bar above the caption at the start side, and the attribution at the end side.
    const centre = map.getCenter();
    const bar = scaleBar(metresPerPixel(centre.lat, map.getZoom()), 160);
    const sy = captionTop - 28;
    const sx = rtl ? W - 32 - bar.px : 32;
    box(ctx, sx - 8, sy - 22, bar.px + 16, 36, 'rgba(255,255,255,0.85)');
    ctx.strokeStyle = '#1b2630';
    ctx.lineWidth = 2;
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.moveTo(sx, sy - 6);
    ctx.lineTo(sx, sy + 4);
    ctx.lineTo(sx + bar.px, sy + 4);
    ctx.lineTo(sx + bar.px, sy - 6);
    ctx.stroke();
    ctx.fillStyle = '#1b2630';
    ctx.font = `400 15px ${font}`;
    ctx.textAlign = 'center';
    ctx.fillText(m.brief.scaleKm(words.f.number(bar.km)), sx + bar.px / 2, sy - 10);
    ctx.direction = 'ltr';
    ctx.textAlign = rtl ? 'left' : 'right';
    ctx.font = `400 14px ${FONT}`;
    ctx.fillStyle = '#4a5a68';
    ctx.fillText(BASEMAP_ATTRIBUTION, rtl ? 32 : W - 32, captionTop - 14);

    return new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(m.brief.noImage))), 'image/png'));
  });
}
