/**
 * GMT's `coast -M` dumps GSHHG shorelines and WDBII rivers as pieces cut at its storage bins. These
 * helpers read that dump and join the pieces back into lines and closed rings.
 */
export type Position = [number, number];

/** The segments of a GMT multisegment ASCII dump (`>` header lines between runs of `x y`). */
export function parseGmtSegments(text: string): Position[][] {
  const segments: Position[][] = [];
  let current: Position[] | null = null;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('>')) {
      current = [];
      segments.push(current);
    } else if (trimmed !== '' && !trimmed.startsWith('#')) {
      const [x, y] = trimmed.split(/\s+/).map(Number);
      if (current === null || x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) {
        throw new SyntaxError(`not a GMT multisegment line: ${JSON.stringify(line)}`);
      }
      current.push([x, y]);
    }
  }
  return segments.filter((s) => s.length >= 2);
}

const key = ([x, y]: Position) => `${x.toFixed(6)},${y.toFixed(6)}`;
const same = (a: Position, b: Position) => key(a) === key(b);

/**
 * Joins segments that meet end to end (in either direction) into the longest chains it can.
 * The result covers every input vertex; shared joints appear once.
 */
export function joinSegments(segments: readonly Position[][]): Position[][] {
  const pending = new Set(segments.map((s, i) => i));
  const byEnd = new Map<string, number[]>();
  segments.forEach((s, i) => {
    for (const end of [s[0]!, s[s.length - 1]!]) byEnd.set(key(end), [...(byEnd.get(key(end)) ?? []), i]);
  });
  const take = (end: Position): Position[] | null => {
    for (const i of byEnd.get(key(end)) ?? []) {
      if (!pending.has(i)) continue;
      pending.delete(i);
      const s = segments[i]!;
      return same(s[0]!, end) ? s.slice(1) : s.slice(0, -1).reverse();
    }
    return null;
  };
  const chains: Position[][] = [];
  for (const start of segments.keys()) {
    if (!pending.delete(start)) continue;
    const chain = [...segments[start]!];
    for (let next = take(chain[chain.length - 1]!); next; next = take(chain[chain.length - 1]!)) chain.push(...next);
    for (let prev = take(chain[0]!); prev; prev = take(chain[0]!)) chain.unshift(...prev.reverse());
    chains.push(chain);
  }
  return chains;
}

/** Chains that come back to where they started, i.e. complete polygon rings. */
export function closedRings(chains: readonly Position[][]): Position[][] {
  return chains.filter((c) => c.length >= 4 && same(c[0]!, c[c.length - 1]!));
}
