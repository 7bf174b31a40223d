// The "disk was full" notice: the background writes it when a save hit the quota, the history page and the popup
// show it until the user dismisses it. In storage.local: it is about this machine's disk, not for sync.
import { storage } from 'wxt/utils/storage';

export interface QuotaNoticeValue {
  /** When the quota was last hit (ms since epoch). */
  at: number;
  /** Days of history kept by the emergency prune. */
  keptDays: number;
  /** Saves that failed even after pruning, since the notice was last dismissed. */
  lost: number;
}

export const quotaNotice = storage.defineItem<QuotaNoticeValue | null>('local:historyQuota', { fallback: null });

export async function noteQuota(keptDays: number, lost: boolean, now: number): Promise<void> {
  const previous = await quotaNotice.getValue();
  await quotaNotice.setValue({ at: now, keptDays, lost: (previous?.lost ?? 0) + (lost ? 1 : 0) });
}
