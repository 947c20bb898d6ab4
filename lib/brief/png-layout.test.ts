import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar, wrapLines } from './png-layout';

describe('scale bar', () => {
  it('matches Web Mercator at the equator and shrinks with latitude', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.5, 0);
    expect(metresPerPixel(60, 0)).toBeCloseTo(78_271.5 / 2, 0);
  });
  it('picks a round length that fits', () => {
    // About 1.1 km a pixel: 150 px are 165 km, so 100 km it is.
    const bar = scaleBar(1100, 150);
    expect(bar.km).toBe(100);
    expect(bar.px).toBeCloseTo(90.9, 1);
    expect(scaleBar(1000, 250).km).toBe(200);
    expect(scaleBar(1000, 600).km).toBe(500);
  });
});

describe('wrapLines', () => {
  const measure = (s: string) => s.length;
  it('wraps at word boundaries, and cuts with an ellipsis', () => {
    expect(wrapLines('one two three four', 9, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapLines('one two three four', 9, measure, 2)).toEqual(['one two', 'three …']);
    expect(wrapLines('رتلا أمريكيا دخل اليوم', 12, measure)).toEqual(['رتلا أمريكيا', 'دخل اليوم']);
  });
});
