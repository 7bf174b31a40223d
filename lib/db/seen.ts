// Which comments the user has had on screen: the content script marks them per visit, and asks back when the user
// starts to write, so the composer's "listen first" note counts only replies never in view.
import type { SiteId } from '../sites/registry';
import { itemKey, threadKey } from './history';
import type { HistoryDb, StoredItem } from './schema';

/**
 * Marks stored comments of `site` as seen in the visit that started at `visit`. One seen before keeps its visit; one
 * not stored yet (its batch is still on the way) is left for the content script, which remembers it for the page.
 * Returns how many were marked now.
 */
export async function markSeen(db: HistoryDb, site: SiteId, ids: readonly string[], visit: number): Promise<number> {
  const keys = [...new Set(ids)].map((id) => itemKey(site, id));
  return db.transaction('rw', db.items, async () => {
    const stored = await db.items.bulkGet(keys);
    const fresh = stored.filter((item): item is StoredItem => item !== undefined && item.seenAt === undefined);
    for (const item of fresh) item.seenAt = visit;
    if (fresh.length) await db.items.bulkPut(fresh);
    return fresh.length;
  });
}

/**
 * Ids of a thread's stored comments the user has seen: marked in some visit, or read before the thread was first
 * tracked (the history cannot tell what was on screen then, and a note about old comments would only nag). `visit`
 * is the start of the asking page's visit: comments first read in it count only once marked.
 */
export async function seenIn(db: HistoryDb, site: SiteId, threadId: string, visit: number): Promise<string[]> {
  const items = await db.items.where('threadKey').equals(threadKey(site, threadId)).toArray();
  let trackedFrom = visit;
  for (const item of items) if (item.seenAt !== undefined && item.seenAt < trackedFrom) trackedFrom = item.seenAt;
  return items.filter((item) => item.seenAt !== undefined || item.firstSeen < trackedFrom).map((item) => item.id);
}
