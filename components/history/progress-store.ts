// The running import's or export's progress, kept outside the history page's state: a report re-renders the bar
// alone, not the page with its list and charts, dozens of times per import.
import { useSyncExternalStore } from 'react';
import type { TransferProgress } from '../../lib/db/transfer/progress';

export interface ProgressStore {
  get(): TransferProgress | null;
  set(progress: TransferProgress | null): void;
  subscribe(listener: () => void): () => void;
}

export function createProgressStore(): ProgressStore {
  let current: TransferProgress | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(progress) {
      current = progress;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const useProgress = (store: ProgressStore): TransferProgress | null =>
  useSyncExternalStore(store.subscribe, store.get);
