/** Layout arithmetic for the exported image: a scale bar of a round length, and text wrapped to a width. */

/** Web Mercator ground resolution, metres per CSS pixel, at a latitude and zoom (512-pixel tiles, as MapLibre draws). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest round length (1, 2 or 5 × 10ⁿ km) that fits in `maxPx`, and how many pixels it takes. */
export function scaleBar(mpp: number, maxPx: number): { km: number; px: number } {
  const maxKm = (mpp * maxPx) / 1000;
  const decade = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((k) => k * decade).find((k) => k <= maxKm) ?? decade;
  return { km, px: (km * 1000) / mpp };
}

/** Words wrapped into lines no wider than `width` by `measure`; at most `maxLines`, the last ending in "…" if cut. */
export function wrapLines(text: string, width: number, measure: (s: string) => number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]} …`;
  return kept;
}
