// The user's deletes from the history page: one comment, one of their posts, or a thread with all it holds.
// "Delete everything" is deleteAll in history.ts (the background uses it too).
import { dayTables, keepDayTotals, removed } from './day-totals';
import { refreshQueue } from './queue';
import { applyToSummary, type HistoryDb } from './schema';

/** Deletes one comment and takes it out of its thread's counts; false when it was already gone. */
export async function deleteItem(db: HistoryDb, key: string): Promise<boolean> {
  return db.transaction('rw', [db.items, db.threads, db.queue, ...dayTables(db)], async () => {
    const item = await db.items.get(key);
    if (!item) return false;
    await db.items.delete(key);
    await keepDayTotals(db, { items: [removed(item)] });
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
  return db.transaction('rw', [db.drafts, ...dayTables(db)], async () => {
    const draft = await db.drafts.get(id);
    if (!draft) return false;
    await db.drafts.delete(id);
    await keepDayTotals(db, { drafts: [removed(draft)] });
    return true;
  });
}

/** Deletes a thread with its comments, visits and the user's posts in it: "forget this thread" means all of it. */
export async function deleteThread(
  db: HistoryDb,
  key: string,
): Promise<{ items: number; visits: number; drafts: number }> {
  return db.transaction('rw', [db.threads, db.items, db.visits, db.drafts, db.queue, ...dayTables(db)], async () => {
    // Comments and posts are read before they go: the chart counts lose each one's share.
    const [items, visits, drafts] = await Promise.all([
      db.items.where('threadKey').equals(key).toArray(),
      db.visits.where('threadKey').equals(key).delete(),
      db.drafts.where('threadKey').equals(key).toArray(),
      db.queue.where('threadKey').equals(key).delete(),
    ]);
    await db.items.bulkDelete(items.map((item) => item.key));
    await db.drafts.bulkDelete(drafts.map((draft) => draft.id as number));
    await db.threads.delete(key);
    await keepDayTotals(db, { items: items.map(removed), drafts: drafts.map(removed) });
    return { items: items.length, visits, drafts: drafts.length };
  });
}
