import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';

/** Every string label, with its path: "legend.title". */
function leaves(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  return [];
}

describe('messages', () => {
  it('has every English label in Arabic, written in Arabic', () => {
    const en = leaves(MESSAGES.en);
    const ar = new Map(leaves(MESSAGES.ar));
    expect([...ar.keys()].sort()).toEqual(en.map(([k]) => k).sort());
    // Names of languages are written in their own language; joins are punctuation.
    const exempt = new Set(['language.names.en', 'routeJoin', 'routeArrow', 'listJoin', 'clauseJoin']);
    for (const [key, text] of ar) {
      expect(text.trim().length, key).toBeGreaterThan(0);
      if (!exempt.has(key)) expect(text, key).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('has the same functions in both languages', () => {
    const functions = (m: object, at = ''): string[] =>
      Object.entries(m).flatMap(([k, v]) => (typeof v === 'function' ? [`${at}${k}`] : v && typeof v === 'object' ? functions(v, `${at}${k}.`) : []));
    expect(functions(MESSAGES.ar).sort()).toEqual(functions(MESSAGES.en).sort());
  });
});
