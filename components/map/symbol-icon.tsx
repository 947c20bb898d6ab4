import { SYMBOL_COLOR, SYMBOL_FAMILIES, type SymbolFamily } from '@/lib/map/event-symbols';

/** A point-event symbol as SVG, drawn as the map draws it (components/map/symbol-images.ts). */
export function SymbolIcon({ family, filled, size = 20 }: { family: SymbolFamily; filled: boolean; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="-2 -2 28 28" aria-hidden="true" className="symbol-icon">
      <path d={SYMBOL_FAMILIES[family].path} fill={filled ? SYMBOL_COLOR : '#ffffff'} stroke={filled ? '#ffffff' : SYMBOL_COLOR} strokeWidth={filled ? 1.5 : 2} strokeLinejoin="round" />
    </svg>
  );
}
