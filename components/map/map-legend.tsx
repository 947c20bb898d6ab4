import type { EventStatus } from '@/lib/data/schema';
import { STATUS_ORDER, STATUS_STYLES } from '@/lib/map/status-style';

/** A line sample drawn the way the map draws that status. */
function LineSample({ status }: { status: EventStatus }) {
  const s = STATUS_STYLES[status];
  const dash = s.dash ? `${s.dash[0] * s.width} ${s.dash[1] * s.width}` : undefined;
  return (
    <svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">
      <line x1="3" y1="7" x2="41" y2="7" stroke={s.color} strokeWidth={s.width} strokeOpacity={s.opacity} strokeDasharray={dash} strokeLinecap={dash ? 'butt' : 'round'} />
      {s.hollow && <line x1="3" y1="7" x2="41" y2="7" stroke="#ffffff" strokeWidth={s.width - 3} strokeLinecap="round" />}
    </svg>
  );
}

/** Explains each route style that is on screen. */
export function MapLegend({ statuses }: { statuses: ReadonlySet<EventStatus> }) {
  const shown = STATUS_ORDER.filter((s) => statuses.has(s));
  if (shown.length === 0) return null;
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title">Movements</h2>
      <ul>
        {shown.map((status) => (
          <li key={status}>
            <LineSample status={status} />
            <span>
              <strong>{STATUS_STYLES[status].label}</strong> <span className="muted">({STATUS_STYLES[status].pattern})</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">Routes are schematic links between the places a source names, not tracks.</p>
    </section>
  );
}
