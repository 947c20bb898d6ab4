'use client';

import { useEffect, useState } from 'react';

/** While the timeline plays, the day changes many times a second: what fetches follows it once it has held this long. */
export const SETTLE_MS = 250;

/** `value` once it has held still for SETTLE_MS. */
export function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}
