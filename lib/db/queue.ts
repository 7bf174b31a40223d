// The reply queue in the history: every thread's waiting questions and complaints (lib/queue/waiting.ts) as rows,
// replaced per thread by each write that touches the thread, read oldest first by the side panel, popup and badge.
import Dexie, { type Table } from 'dexie';
import { clip } from '../limits';
import { waitingIn } from '../queue/waiting';
import { isHttpsUrl } from './https-url';
import type { HistoryDb, StoredItem, StoredQueueEntry, StoredThread } from './schema';

/** Characters of the comment the list shows: enough to recognise it, not to read it. */
const QUEUE_WORDS = 90;

const isHttps = (url: string | undefined): url is string => url !== undefined && isHttpsUrl(url);

/** A list of comments grouped by the thread they were first seen in. */
function byThread(items: Iterable<StoredItem>): Map<string, StoredItem[]> {
  const out = new Map<string, StoredItem[]>();
  for (const item of items) {
    const list = out.get(item.threadKey);
    if (list) list.push(item);
    else out.set(item.threadKey, [item]);
  }
  return out;
}

/** A thread's rows as its items say now; a row the user marked done stays done while its comment still waits. */
export function queueRows(
  thread: Pick<StoredThread, 'url'> | undefined,
  items: readonly StoredItem[],
  done: ReadonlySet<string>,
): StoredQueueEntry[] {
  return waitingIn(items).map(({ item, kind, at }) => ({
    key: item.key,
    threadKey: item.threadKey,
    site: item.site,
    kind,
    author: item.author.name,
    words: clip(item.text.replace(/\s+/g, ' ').trim(), QUEUE_WORDS),
    at,
    url: isHttps(item.permalink) ? item.permalink : isHttps(thread?.url) ? thread.url : '',
    state: done.has(item.key) ? 'done' : 'open',
  }));
}

/**
 * Replaces the queue rows of these threads from their stored items. Call inside the write's transaction (with the
 * threads, items and queue tables in its scope), after the write: the queue then never disagrees with the items.
 */
export async function refreshQueue(db: HistoryDb, threadKeys: Iterable<string>): Promise<void> {
  for (const key of new Set(threadKeys)) {
    const [thread, items, rows] = await Promise.all([
      db.threads.get(key),
      db.items.where('threadKey').equals(key).toArray(),
      db.queue.where('threadKey').equals(key).toArray(),
    ]);
    const done = new Set(rows.filter((row) => row.state === 'done').map((row) => row.key));
    const next = queueRows(thread, items, done);
    const keep = new Set(next.map((row) => row.key));
    const gone = rows.filter((row) => !keep.has(row.key)).map((row) => row.key);
    if (gone.length) await db.queue.bulkDelete(gone);
    if (next.length) await db.queue.bulkPut(next);
  }
}

/**
 * After an import's writes, in its transaction: threads new to the history get their rows from the written comments
 * in memory (100,000 comments in 10,000 threads would otherwise be 10,000 reads); threads that were there are
 * refreshed from what is stored, as after a batch.
 */
export async function refreshQueueAfterImport(
  db: HistoryDb,
  written: readonly StoredItem[],
  threads: ReadonlyMap<string, StoredThread>,
  newThreads: ReadonlySet<string>,
): Promise<void> {
  const rows: StoredQueueEntry[] = [];
  const reread: string[] = [];
  for (const [key, items] of byThread(written)) {
    if (newThreads.has(key)) rows.push(...queueRows(threads.get(key), items, new Set()));
    else reread.push(key);
  }
  if (rows.length) await db.queue.bulkPut(rows);
  await refreshQueue(db, reread);
}

/** Drops the rows of deleted items (their threads' other rows stay as they are). */
export async function dropFromQueue(db: HistoryDb, itemKeys: readonly string[]): Promise<void> {
  if (itemKeys.length) await db.queue.bulkDelete([...itemKeys]);
}

/** Builds the whole queue from the stored items, keeping done marks: the schema upgrade, and the tests' recount. */
export async function refillQueue(
  items: Pick<Table<StoredItem, string>, 'each'>,
  threads: Pick<Table<StoredThread, string>, 'toArray'>,
  queue: Pick<Table<StoredQueueEntry, string>, 'toArray' | 'clear' | 'bulkPut'>,
): Promise<void> {
  const done = new Set((await queue.toArray()).filter((row) => row.state === 'done').map((row) => row.key));
  const all: StoredItem[] = [];
  await items.each((item) => {
    all.push(item);
  });
  const urls = new Map((await threads.toArray()).map((thread) => [thread.key, thread]));
  const rows = [...byThread(all)].flatMap(([key, list]) => queueRows(urls.get(key), list, done));
  await queue.clear();
  if (rows.length) await queue.bulkPut(rows);
}

const openRange = (db: HistoryDb) =>
  db.queue.where('[state+at]').between(['open', Dexie.minKey], ['open', Dexie.maxKey], true, true);

/** The open entries, oldest first: the longest wait at the top. */
export async function openQueue(db: HistoryDb, limit = 200): Promise<StoredQueueEntry[]> {
  return openRange(db).limit(limit).toArray();
}

/** How many wait: the action badge's count. Reads the index only. */
export async function openQueueCount(db: HistoryDb): Promise<number> {
  return openRange(db).count();
}

/** The user's "done": the entry leaves the list and stays out while its comment waits. False when it is gone. */
export async function markQueueDone(db: HistoryDb, key: string): Promise<boolean> {
  return db.transaction('rw', db.queue, async () => {
    const row = await db.queue.get(key);
    if (!row) return false;
    if (row.state !== 'done') await db.queue.put({ ...row, state: 'done' });
    return true;
  });
}
