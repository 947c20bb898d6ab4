/**
 * The layers of lib/, read from the import statements themselves. Timing rules (lib/time), reports
 * (lib/reports) and map builders (lib/map) never import the words layer (lib/i18n): wording goes
 * on top of them, never under them. And no module of lib/ imports itself round a cycle.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve('.');
const files = readdirSync(path.join(ROOT, 'lib'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => `lib/${f.split(path.sep).join('/')}`);

/** The lib/ modules a file imports (type-only imports too: they tie the layers together as well). */
function importsOf(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)].map((m) => m[1] ?? m[2]!);
  return specifiers.flatMap((s) => {
    const target = s.startsWith('@/') ? s.slice(2) : s.startsWith('.') ? path.posix.join(path.posix.dirname(file), s) : null;
    if (!target?.startsWith('lib/')) return [];
    const found = [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`].find((f) => files.includes(f));
    return found ? [found] : [];
  });
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('the layers of lib/', () => {
  it('reads the imports (the graph is not empty)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get('lib/time/animation.ts')).toContain('lib/time/date.ts');
    // A type-only import counts: the words layer names the kinds of change that compare.ts defines.
    expect(graph.get('lib/i18n/messages.ts')).toContain('lib/reports/compare.ts');
  });

  it('keeps lib/time, lib/reports and lib/map free of lib/i18n', () => {
    const offenders = [...graph].flatMap(([file, imports]) =>
      /^lib\/(time|reports|map)\//.test(file) ? imports.filter((i) => i.startsWith('lib/i18n/')).map((i) => `${file} imports ${i}`) : [],
    );
    expect(offenders).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
