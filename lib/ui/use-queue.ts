// The reply queue for an extension page: the open entries, reloaded when a tab's history batch arrives, when the
// page gets focus, and each minute (ages move); "done" writes the mark and updates the toolbar count.
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { markQueueDone, openQueue, openQueueCount } from '../db/queue';
import { createHistoryDb, type HistoryDb, type StoredQueueEntry } from '../db/schema';
import type { Translate } from '../i18n';
import { showQueueCount } from '../queue/badge';

export interface QueueState {
  entries: StoredQueueEntry[];
  /** How many wait in all: the list holds the oldest QUEUE_SHOWN. */
  total: number;
  now: number;
  ready: boolean;
}

const AGE_TICK_MS = 60_000;
/** The side panel lists the longest waits; nobody works through more in one sitting. */
const QUEUE_SHOWN = 100;

export function useQueue(t: Translate) {
  const [db] = useState<HistoryDb>(() => createHistoryDb());
  const [state, setState] = useState<QueueState>({ entries: [], total: 0, now: Date.now(), ready: false });

  const reload = useCallback(() => {
    void Promise.all([openQueue(db, QUEUE_SHOWN), openQueueCount(db)]).then(
      ([entries, total]) => setState({ entries, total, now: Date.now(), ready: true }),
      () => setState((s) => ({ ...s, ready: true })),
    );
  }, [db]);

  useEffect(() => {
    reload();
    const onMessage = (message: unknown) => {
      if ((message as { type?: string })?.type === 'history:save') reload();
      return undefined;
    };
    const tick = setInterval(reload, AGE_TICK_MS);
    browser.runtime.onMessage.addListener(onMessage);
    window.addEventListener('focus', reload);
    return () => {
      clearInterval(tick);
      browser.runtime.onMessage.removeListener(onMessage);
      window.removeEventListener('focus', reload);
    };
  }, [reload]);

  const done = useCallback(
    async (entry: StoredQueueEntry) => {
      await markQueueDone(db, entry.key);
      reload();
      await showQueueCount(db, t).catch(() => undefined);
    },
    [db, reload, t],
  );

  const open = useCallback((entry: StoredQueueEntry) => {
    // Only https URLs are stored (lib/db/queue.ts); check again: the page opens nothing else.
    if (entry.url.startsWith('https://')) void browser.tabs.create({ url: entry.url });
  }, []);

  return { ...state, done, open };
}
