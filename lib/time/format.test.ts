import { describe, expect, it } from 'vitest';
import { formatDateClaim } from './format';

describe('formatDateClaim', () => {
  it('says each precision in words, without shifting the day', () => {
    expect(formatDateClaim({ start: '2024-10-02', end: '2024-10-02', precision: 'day' })).toBe('2 Oct 2024');
    expect(formatDateClaim({ start: '2025-09-01', end: '2025-09-30', precision: 'month' })).toBe('during September 2025');
    expect(formatDateClaim({ start: '2024-12-07', end: '2024-12-08', precision: 'range' })).toBe('between 7 Dec 2024 and 8 Dec 2024');
    expect(formatDateClaim({ start: '2025-01-01', end: '2025-12-31', precision: 'year' })).toBe('during 2025');
  });
});
