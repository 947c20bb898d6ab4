'use client';

import type { FeatureCollection, LineString, Point } from 'geojson';
import { useState } from 'react';
import type { EventStatus } from '@/lib/data/schema';
import { BASEMAP_COLORS, PRIMARY_HALO } from '@/lib/map/base-style';
import { SYMBOL_COLOR, SYMBOL_ORDER, type PointSymbolProperties } from '@/lib/map/event-symbols';
import { UNDER_WAY_OPACITY } from '@/lib/map/movement-gpu';
import { BAND_STYLE, OVERDUE_DASH, STATUS_ORDER, STATUS_STYLES } from '@/lib/map/status-style';
import { DEFAULT_ANIMATION, type MovementPhase } from '@/lib/time/animation';
import { SymbolIcon } from './symbol-icon';
import { useI18n } from '@/components/i18n/locale-provider';

/** A line sample drawn the way the map draws that status (an overdue plan fainter and dotted; a band broad and soft). */
function LineSample({ status, look = 'line' }: { status: EventStatus; look?: 'line' | 'overdue' | 'band' | 'under-way' }) {
  const s = STATUS_STYLES[status];
  const pattern = look === 'overdue' ? OVERDUE_DASH : s.dash;
  const dash = pattern ? `${pattern[0] * s.width} ${pattern[1] * s.width}` : undefined;
  const opacity = look === 'overdue' ? s.opacity * DEFAULT_ANIMATION.overdueOpacity : s.opacity;
  if (look === 'under-way') {
    return (
      <svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">
        <line x1="3" y1="7" x2="24" y2="7" stroke={s.color} strokeWidth={s.width} strokeLinecap="round" />
        <line x1="24" y1="7" x2="41" y2="7" stroke={s.color} strokeWidth={s.width} strokeOpacity={UNDER_WAY_OPACITY} />
        <circle cx="24" cy="7" r="5" fill={s.color} stroke="#ffffff" strokeWidth="2" />
      </svg>
    );
  }
  return (
    <svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">
      {look === 'band' && <line x1="3" y1="7" x2="41" y2="7" stroke={s.color} strokeWidth={12} strokeOpacity={BAND_STYLE.opacity} strokeLinecap="round" />}
      <line x1="3" y1="7" x2="41" y2="7" stroke={s.color} strokeWidth={s.width} strokeOpacity={opacity} strokeDasharray={dash} strokeLinecap={dash ? 'butt' : 'round'} />
      {s.hollow && <line x1="3" y1="7" x2="41" y2="7" stroke="#ffffff" strokeWidth={s.width - 3} strokeLinecap="round" />}
    </svg>
  );
}

/** The handle drawn at the middle of each route (components/map/event-overlays.tsx), pointing right. */
function HandleSample({ denied = false }: { denied?: boolean }) {
  return (
    <span className={`route-handle route-handle-sample${denied ? ' route-handle-denied' : ''}`} aria-hidden="true">
      <svg viewBox="0 0 24 24" width="22" height="22" style={{ transform: 'rotate(90deg)' }}>
        <circle cx="12" cy="12" r="10.5" />
        <path className="route-handle-chevron" d="M7 14.5 L12 8.5 L17 14.5" />
        {denied && <path className="route-handle-cross" d="M4.6 4.6 L19.4 19.4" />}
      </svg>
    </span>
  );
}

/** A basemap feature: a short line or a dot, as the basemap style draws it (lib/map/base-style.ts). */
function BasemapSample({ kind }: { kind: 'river' | 'province' | 'border' | 'city' | 'place' | 'primary' }) {
  return (
    <svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">
      {kind === 'river' && <path d="M3 9 Q13 3 22 7 T41 6" fill="none" stroke={BASEMAP_COLORS.river} strokeWidth="2.5" strokeLinecap="round" />}
      {kind === 'province' && <line x1="3" y1="7" x2="41" y2="7" stroke={BASEMAP_COLORS.province} strokeWidth="1.5" strokeDasharray="1.5 3" />}
      {kind === 'border' && <line x1="3" y1="7" x2="41" y2="7" stroke={BASEMAP_COLORS.border} strokeWidth="1.8" strokeDasharray="5.4 3.6" />}
      {kind === 'city' && <circle cx="22" cy="7" r="3.5" fill={BASEMAP_COLORS.city} stroke="#f7f6f1" strokeWidth="1" />}
      {kind === 'primary' && <circle cx="22" cy="7" r="6.5" fill={PRIMARY_HALO} fillOpacity="0.12" stroke={PRIMARY_HALO} strokeOpacity="0.35" />}
      {kind === 'place' && <circle cx="22" cy="7" r="4.5" fill="#ffffff" stroke={BASEMAP_COLORS.place} strokeWidth="2" />}
    </svg>
  );
}

interface MapLegendProps {
  movements: FeatureCollection<LineString, { status: EventStatus }>;
  pointEvents: FeatureCollection<Point, PointSymbolProperties>;
  /** The phases routes are in at the timeline's date (empty when every event is shown). */
  phases: ReadonlySet<MovementPhase>;
}

/** Explains every symbol and style on screen: route styles by status, event symbols, and the basemap. */
export function MapLegend({ movements, pointEvents, phases }: MapLegendProps) {
  const statuses = new Set(movements.features.map((f) => f.properties.status));
  const shownStatuses = STATUS_ORDER.filter((s) => statuses.has(s));
  const symbols = pointEvents.features.map((f) => f.properties);
  const families = SYMBOL_ORDER.filter((family) => symbols.some((s) => s.family === family));
  const hollow = symbols.some((s) => !s.filled);
  const counted = symbols.some((s) => s.count > 1);
  const [open, setOpen] = useState(true);
  const { m } = useI18n();
  const l = m.legend;

  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <div className="map-legend-header">
        <h2 id="map-legend-title">{l.title}</h2>
        <button type="button" className="map-legend-toggle" aria-label={open ? l.hideLabel : l.showLabel} aria-expanded={open} aria-controls="map-legend-body" onClick={() => setOpen(!open)}>
          {open ? l.hide : l.show}
        </button>
      </div>
      <div id="map-legend-body" hidden={!open}>
        {shownStatuses.length > 0 && (
          <>
            <h3>{l.movements}</h3>
            <ul>
              {shownStatuses.map((status) => (
                <li key={status}>
                  <LineSample status={status} />
                  <span>
                    <strong>{m.status[status]}</strong> <span className="muted">({m.statusPattern[status]})</span>
                  </span>
                </li>
              ))}
              {phases.has('moving') && (
                <li>
                  <LineSample status="reported" look="under-way" />
                  <span>{l.underWay}</span>
                </li>
              )}
              {phases.has('band') && (
                <li>
                  <LineSample status="reported" look="band" />
                  <span>{l.band}</span>
                </li>
              )}
              {phases.has('overdue') && (
                <li>
                  <LineSample status="planned" look="overdue" />
                  <span>{l.overdue}</span>
                </li>
              )}
              <li>
                <HandleSample />
                <span>{l.handle}</span>
              </li>
              {statuses.has('denied') && (
                <li>
                  <HandleSample denied />
                  <span>{l.deniedHandle}</span>
                </li>
              )}
            </ul>
            <p className="muted">{l.schematic}</p>
          </>
        )}
        {families.length > 0 && (
          <>
            <h3>{l.atPlace}</h3>
            <ul className="legend-symbols">
              {families.map((family) => (
                <li key={family}>
                  <SymbolIcon family={family} filled />
                  <span>{m.family[family]}</span>
                </li>
              ))}
            </ul>
            <ul>
              {hollow && (
                <li>
                  <span className="legend-pair">
                    <SymbolIcon family={families[0]!} filled />
                    <SymbolIcon family={families[0]!} filled={false} />
                  </span>
                  <span>{l.filled}</span>
                </li>
              )}
              {counted && (
                <li>
                  <span className="legend-pair">
                    <span className="count-badge" style={{ background: SYMBOL_COLOR }}>
                      3
                    </span>
                  </span>
                  <span>{l.count}</span>
                </li>
              )}
            </ul>
          </>
        )}
        <h3>{l.map}</h3>
        <ul className="legend-basemap">
          <li>
            <BasemapSample kind="primary" />
            <span>{l.primary}</span>
          </li>
          <li>
            <BasemapSample kind="place" />
            <span>{l.other}</span>
          </li>
          <li>
            <BasemapSample kind="city" />
            <span>{l.city}</span>
          </li>
          <li>
            <BasemapSample kind="river" />
            <span>{l.river}</span>
          </li>
          <li>
            <BasemapSample kind="border" />
            <span>{l.border}</span>
          </li>
          <li>
            <BasemapSample kind="province" />
            <span>{l.province}</span>
          </li>
        </ul>
      </div>
    </section>
  );
}
