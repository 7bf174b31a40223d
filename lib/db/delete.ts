// The user's deletes from the history page: one comment, one of their posts, or a thread with all it holds.
// "Delete everything" is deleteAll in history.ts (the background uses it too).
import { refreshQueue } from './queue';
import { applyToSummary, type HistoryDb } from './schema';

/** Deletes one comment and takes it out of its thread's counts; false when it was already gone. */
export async function deleteItem(db: HistoryDb, key: string): Promise<boolean> {
  return db.transaction('rw', [db.items, db.threads, db.queue], async () => {
    const item = await db.items.get(key);
    if (!item) return false;
    await db.items.delete(key);
    const thread = await db.threads.get(item.threadKey);
    if (thread) {
      applyToSummary(thread.summary, item, -1);
      await db.threads.put(thread);
    }
    // The comment leaves the queue; an answer that goes puts its question back.
    await refreshQueue(db, [item.threadKey]);
    return true;
  });
}

export async function deleteDraft(db: HistoryDb, id: number): Promise<boolean> {
  return db.transaction('rw', db.drafts, async () => {
    if (!(await db.drafts.get(id))) return false;
    await db.drafts.delete(id);
    return true;
  });
}

/** Deletes a thread with its comments, visits and the user's posts in it: "forget this thread" means all of it. */
export async function deleteThread(
  db: HistoryDb,
  key: string,
): Promise<{ items: number; visits: number; drafts: number }> {
  return db.transaction('rw', [db.threads, db.items, db.visits, db.drafts, db.queue], async () => {
    const [items, visits, drafts] = await Promise.all([
      db.items.where('threadKey').equals(key).delete(),
      db.visits.where('threadKey').equals(key).delete(),
      db.drafts.where('threadKey').equals(key).delete(),
      db.queue.where('threadKey').equals(key).delete(),
    ]);
    await db.threads.delete(key);
    return { items, visits, drafts };
  });
}
