'use client';

import type { Map as MapLibreMap } from 'maplibre-gl';
import Link from 'next/link';
import { useState } from 'react';
import { saveFile } from '@/components/files/save-file';
import { briefingHref } from '@/lib/url/links';
import { useI18n } from '@/components/i18n/locale-provider';
import { LanguageSwitch } from '@/components/i18n/language-switch';
import type { Briefing } from '@/lib/data/schema';
import { EXPORT_SIZES, renderPng, type ExportInfo } from './export-png';

interface BriefingToolsProps {
  briefing: Briefing;
  at: number;
  auto: boolean;
  loop: boolean;
  onGo: (step: number) => void;
  onAuto: (on: boolean) => void;
  onLoop: (on: boolean) => void;
  onFullscreen: () => void;
  onLeave: () => void;
  /** The live map, once ready (the PNG export copies its view). */
  map: MapLibreMap | null;
  /** What the PNG export draws besides the map, read when it runs. */
  exportInfo: () => Omit<ExportInfo, 'title' | 'stepLabel'>;
}

/**
 * The presenter's controls, in a thin bar at the foot of the screen: steps,
 * auto-advance and loop, fullscreen, language, copy link, PNG export, the handout and the speaker view.
 */
export function BriefingTools({ briefing, at, auto, loop, onGo, onAuto, onLoop, onFullscreen, onLeave, map, exportInfo }: BriefingToolsProps) {
  const words = useI18n();
  const { locale, m, f, dir, settings } = words;
  const total = briefing.steps.length;
  const [status, setStatus] = useState<{ text: string; link?: string } | null>(null);
  const [size, setSize] = useState(0);
  const [busy, setBusy] = useState(false);

  const copyLink = async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ text: m.brief.linkCopied });
    } catch {
      setStatus({ text: m.brief.linkFallback, link });
    }
  };
  const exportPng = async () => {
    if (!map) return;
    const { width, height } = EXPORT_SIZES[size]!;
    setBusy(true);
    setStatus({ text: m.brief.exporting });
    try {
      const blob = await renderPng(map, { ...exportInfo(), title: briefing.title[locale], stepLabel: m.brief.step(f.number(at + 1), f.number(total)) }, words, { width, height });
      const name = `sitrep-${briefing.id}-step-${at + 1}-${width}x${height}.png`;
      saveFile(name, blob);
      setStatus({ text: m.brief.exported(name) });
    } catch (error) {
      setStatus({ text: m.brief.exportFailed(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <nav className="brief-tools" aria-label={m.brief.controls}>
      <button type="button" onClick={() => onGo(at - 1)} disabled={!loop && at === 0} aria-label={m.brief.previous} title={m.brief.previous}>
        {dir === 'rtl' ? '→' : '←'}
      </button>
      <button type="button" onClick={() => onGo(at + 1)} disabled={!loop && at === total - 1} aria-label={m.brief.next} title={m.brief.next}>
        {dir === 'rtl' ? '←' : '→'}
      </button>
      <label>
        <input type="checkbox" checked={auto} onChange={(e) => onAuto(e.target.checked)} /> {m.brief.auto}
      </label>
      <label>
        <input type="checkbox" checked={loop} onChange={(e) => onLoop(e.target.checked)} /> {m.brief.loop}
      </label>
      <button type="button" onClick={onFullscreen}>
        {m.brief.fullscreen}
      </button>
      <button type="button" onClick={copyLink}>
        {m.brief.copyLink}
      </button>
      <span className="brief-export">
        <select aria-label={m.brief.exportPng} value={size} onChange={(e) => setSize(Number(e.target.value))}>
          {EXPORT_SIZES.map((s, i) => (
            <option key={s.width} value={i}>
              {`${s.width}×${s.height}`}
            </option>
          ))}
        </select>
        <button type="button" onClick={exportPng} disabled={!map || busy}>
          {m.brief.exportPng}
        </button>
      </span>
      <Link href={briefingHref(settings, briefing.id, 'handout')}>{m.brief.handout}</Link>
      <a href={briefingHref(settings, briefing.id, 'speaker')} target="sitrep-speaker">
        {m.brief.speaker}
      </a>
      <LanguageSwitch />
      <button type="button" onClick={onLeave}>
        {m.brief.leave}
      </button>
      <span className="brief-keys muted">{m.brief.keys}</span>
      <span role="status" className="brief-status">
        {status?.text}
        {status?.link && <input readOnly value={status.link} aria-label={m.brief.copyLink} onFocus={(e) => e.currentTarget.select()} />}
      </span>
    </nav>
  );
}
