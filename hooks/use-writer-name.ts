'use client';

import { useCallback, useSyncExternalStore } from 'react';

/**
 * The writer's name, asked for once and kept in this browser: the server records it with each
 * revision until accounts exist. Every page that writes reads it here, so one answer serves all.
 */
const KEY = 'sitrep.writer';
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The name for this page when the browser refuses storage (a private window, say). */
let memory = '';

const read = () => {
  try {
    return localStorage.getItem(KEY) ?? memory;
  } catch {
    return memory;
  }
};

export function useWriterName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(subscribe, read, () => '');
  const setName = useCallback((next: string) => {
    memory = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Storage refused: the name lasts for this page only.
    }
    for (const listener of listeners) listener();
  }, []);
  return [name, setName];
}
