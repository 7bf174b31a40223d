// A write that meets a full disk: prune the history to make room, try once more, and tell the user either way,
// so new data is never dropped silently. The notice is passed in, so tests need no extension storage.
import { isQuotaError, pruneOlderThan, retentionCutoff } from './history';
import type { HistoryDb } from './schema';

/** How much history an emergency prune keeps: shorter than any retention choice, long enough for "new since". */
export const EMERGENCY_KEEP_DAYS = 30;

export type QuotaReporter = (keptDays: number, lost: boolean, now: number) => Promise<void>;

/** The write's result, or null when even after pruning there was no room (the reporter has been told). */
export async function writeWithRoom<T>(
  db: HistoryDb,
  write: () => Promise<T>,
  report: QuotaReporter,
  retentionDays: number,
  now: () => number = Date.now,
): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
  }
  const keptDays = Math.min(retentionDays, EMERGENCY_KEEP_DAYS);
  const at = now();
  await pruneOlderThan(db, retentionCutoff(at, keptDays), at);
  try {
    const result = await write();
    await report(keptDays, false, now());
    return result;
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    await report(keptDays, true, now());
    return null;
  }
}
