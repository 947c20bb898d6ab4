import type { Map as MapLibreMap } from 'maplibre-gl';
import { SYMBOL_COLOR, SYMBOL_FAMILIES, SYMBOL_ORDER, SYMBOL_SIZE, symbolImageId } from '@/lib/map/event-symbols';

/** The 24×24 path box, with a margin for the outline. */
const BOX = 28;

/** Draws a point-event symbol from its SVG path: filled with a white outline, or hollow (white with a coloured outline). */
function drawSymbol(path: string, filled: boolean, ratio: number): ImageData {
  const size = Math.round(SYMBOL_SIZE * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to draw map symbols');
  ctx.scale(size / BOX, size / BOX);
  ctx.translate(2, 2);
  ctx.lineJoin = 'round';
  const shape = new Path2D(path);
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 4;
  ctx.stroke(shape);
  ctx.fillStyle = filled ? SYMBOL_COLOR : '#ffffff';
  ctx.fill(shape);
  if (!filled) {
    ctx.strokeStyle = SYMBOL_COLOR;
    ctx.lineWidth = 2;
    ctx.stroke(shape);
  }
  return ctx.getImageData(0, 0, size, size);
}

/** Registers every point-event symbol, filled and hollow, drawn sharp for this screen's pixel ratio (or the one given). */
export function addSymbolImages(map: MapLibreMap, pixelRatio = window.devicePixelRatio || 1): void {
  const ratio = Math.max(1, Math.ceil(pixelRatio));
  for (const family of SYMBOL_ORDER) {
    for (const filled of [true, false]) {
      const id = symbolImageId(family, filled);
      if (!map.hasImage(id)) map.addImage(id, drawSymbol(SYMBOL_FAMILIES[family].path, filled, ratio), { pixelRatio: ratio });
    }
  }
}
