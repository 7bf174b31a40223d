// History reads and writes over a HistoryDb passed in: the background passes the real one, tests a fake-indexeddb one.
// Content scripts send batches (one message per debounce window); each batch is one read-write transaction here.
import Dexie from 'dexie';
import { isPlausibleTime } from '../limits';
import type { SiteId } from '../sites/registry';
import { type Change, dayTables, keepDayTotals, removed } from './day-totals';
import { refreshQueue } from './queue';
import {
  applyToSummary,
  emptySummary,
  type HistoryDb,
  itemWords,
  type StoredItem,
  type StoredItemInput,
  type StoredThread,
  threadWords,
} from './schema';

export type { StoredItemInput } from './schema';

export const DEFAULT_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * New or changed items of one thread, with the visit start: a content script's batch after the background checked it
 * (lib/background/wire.ts) and added the sender's site.
 */
export interface HistoryBatch {
  thread: { site: SiteId; id: string; url: string; rootText?: string; rootAuthor?: string };
  items: StoredItemInput[];
  /** Set on the first batch of a page visit (ms since epoch). */
  visitAt?: number;
}

export interface SaveResult {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ThreadBrief {
  thread: StoredThread;
  /** By time written, then first seen; items without a time last. */
  items: StoredItem[];
  /** Start of the visit before the current one (ms since epoch), or null on a first visit. */
  lastVisitBefore: number | null;
  /** Ids (site item ids, not keys) of items new since lastVisitBefore; empty on a first visit. */
  newSinceLastVisit: string[];
  ownItems: StoredItem[];
}

export interface PruneResult {
  threads: number;
  items: number;
  visits: number;
  drafts: number;
}

export const threadKey = (site: SiteId, threadId: string): string => `${site}:${threadId}`;
export const itemKey = (site: SiteId, itemId: string): string => `${site}:${itemId}`;

export function retentionCutoff(now: number, days: number = DEFAULT_RETENTION_DAYS): number {
  return now - days * DAY_MS;
}

/** Stores a batch in one read-write transaction: upserts the thread, adds new items, updates changed ones. */
export async function saveBatch(db: HistoryDb, batch: HistoryBatch, now: number): Promise<SaveResult> {
  const { site } = batch.thread;
  const tKey = threadKey(site, batch.thread.id);
  // The same item twice in one batch (re-rendered element) would make bulkAdd fail; the later read wins.
  const inputs = new Map<string, StoredItemInput>();
  for (const item of batch.items) inputs.set(itemKey(site, item.id), item);
  const keys = [...inputs.keys()];

  return db.transaction('rw', [db.threads, db.items, db.visits, db.queue, ...dayTables(db)], async () => {
    const known = await db.threads.get(tKey);
    const summary = { ...(known?.summary ?? emptySummary()) };
    const thread: StoredThread = {
      key: tKey,
      site,
      id: batch.thread.id,
      url: batch.thread.url,
      // A batch without the root (post not rendered yet) must not erase what an earlier batch read.
      rootText: batch.thread.rootText ?? known?.rootText,
      rootAuthor: batch.thread.rootAuthor ?? known?.rootAuthor,
      firstSeen: known?.firstSeen ?? now,
      // Two tabs of one thread can deliver batches out of order.
      lastSeen: Math.max(known?.lastSeen ?? now, now),
      words: [],
      summary,
    };
    thread.words = threadWords(thread);

    const existing = await db.items.bulkGet(keys);
    const toAdd: StoredItem[] = [];
    const toPut: StoredItem[] = [];
    // Threads whose reply queue this batch can change: a question, a complaint or an answer came or changed.
    const queueThreads = new Set<string>();
    const changes: Change<StoredItem>[] = [];
    keys.forEach((key, index) => {
      const input = inputs.get(key) as StoredItemInput;
      const stored = existing[index];
      if (!stored) {
        const item = newItem(key, site, tKey, input, now);
        applyToSummary(summary, item, 1);
        toAdd.push(item);
        if (touchesQueue(item)) queueThreads.add(tKey);
        changes.push({ after: item });
        return;
      }
      const merged = mergeItem(stored, input, now);
      if (!merged) return;
      if (touchesQueue(stored) || touchesQueue(merged)) queueThreads.add(stored.threadKey);
      // Only this thread's summary holds the item; one first seen elsewhere keeps counting there.
      if (stored.threadKey === tKey) {
        applyToSummary(summary, stored, -1);
        applyToSummary(summary, merged, 1);
      }
      toPut.push(merged);
      changes.push({ before: stored, after: merged });
    });
    await db.threads.put(pickDefined(thread));
    if (toAdd.length) await db.items.bulkAdd(toAdd);
    if (toPut.length) await db.items.bulkPut(toPut);
    if (queueThreads.size) await refreshQueue(db, queueThreads);
    await keepDayTotals(db, { items: changes });

    if (batch.visitAt !== undefined) {
      // A content script that retries a failed send must not count one visit twice.
      const seen = await db.visits.where('[threadKey+at]').equals([tKey, batch.visitAt]).count();
      if (!seen) await db.visits.add({ threadKey: tKey, at: batch.visitAt });
    }
    return { added: toAdd.length, updated: toPut.length, unchanged: keys.length - toAdd.length - toPut.length };
  });
}

/** Whether an item can wait in the reply queue or answer one that does. */
const touchesQueue = (item: StoredItem) => item.own || item.flags.question || item.flags.complaint;

function copyInput(input: StoredItemInput) {
  // Field by field: a message may carry more than the type says, and IndexedDB would keep all of it.
  return {
    id: input.id,
    parentId: input.parentId,
    author: pickDefined({ name: input.author.name, handle: input.author.handle, profileUrl: input.author.profileUrl }),
    text: input.text,
    time: input.time,
    ...pickDefined({ permalink: input.permalink, truncated: input.truncated === true ? (true as const) : undefined }),
    own: input.own,
    tone: input.tone,
    toneScore: input.toneScore,
    flags: {
      hostile: input.flags.hostile,
      promotional: input.flags.promotional,
      complaint: input.flags.complaint,
      question: input.flags.question,
      watchlist: [...input.flags.watchlist],
    },
  };
}

function newItem(key: string, site: SiteId, tKey: string, input: StoredItemInput, now: number): StoredItem {
  const fields = copyInput(input);
  return {
    key,
    site,
    threadKey: tKey,
    ...fields,
    firstSeen: now,
    updatedAt: now,
    textVersions: 1,
    words: itemWords(fields),
  };
}

/** The stored item with the input applied, or null when nothing stored would change. */
function mergeItem(stored: StoredItem, input: StoredItemInput, now: number): StoredItem | null {
  const fresh = copyInput(input);
  const next: StoredItem = {
    ...stored,
    ...fresh,
    // A relative time ("3 Std.", "vor 2 Tagen") parses to a different instant on every read, and later reads
    // are coarser: keep the first one, or every visit would count every item as changed.
    time: stored.time ?? fresh.time,
    permalink: fresh.permalink ?? stored.permalink,
    // "Own" depends on the page showing the logged-in user; a read that could not tell must not forget it.
    own: stored.own || fresh.own,
    // A whole text read after a cut one (or the other way round) says so itself.
    truncated: fresh.truncated,
  };
  pickDefined(next);
  if (sameContent(stored, next)) return null;
  return {
    ...next,
    updatedAt: now,
    textVersions: stored.textVersions + (stored.text === next.text ? 0 : 1),
    words: itemWords(next),
  };
}

function sameContent(a: StoredItem, b: StoredItem): boolean {
  return (
    a.text === b.text &&
    a.truncated === b.truncated &&
    a.parentId === b.parentId &&
    a.time === b.time &&
    a.permalink === b.permalink &&
    a.own === b.own &&
    a.tone === b.tone &&
    a.toneScore === b.toneScore &&
    a.author.name === b.author.name &&
    a.author.handle === b.author.handle &&
    a.author.profileUrl === b.author.profileUrl &&
    a.flags.hostile === b.flags.hostile &&
    a.flags.promotional === b.flags.promotional &&
    a.flags.complaint === b.flags.complaint &&
    a.flags.question === b.flags.question &&
    a.flags.watchlist.length === b.flags.watchlist.length &&
    a.flags.watchlist.every((word, i) => word === b.flags.watchlist[i])
  );
}

/** Drops undefined fields in place, so stored (and exported) records hold only what is known. */
export function pickDefined<T extends object>(value: T): T {
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return value;
}

export interface BriefOptions {
  /**
   * Start of the visit the side panel shows, when it knows it. Without it, the latest stored visit counts as
   * the current one, which is wrong only in the moment before the page's first batch arrives.
   */
  currentVisitAt?: number;
}

/** What the side panel shows for a thread; null when the thread was never stored. */
export async function threadBrief(
  db: HistoryDb,
  site: SiteId,
  threadId: string,
  now: number,
  options: BriefOptions = {},
): Promise<ThreadBrief | null> {
  const tKey = threadKey(site, threadId);
  return db.transaction('r', db.threads, db.items, db.visits, async () => {
    const thread = await db.threads.get(tKey);
    if (!thread) return null;
    const items = await db.items.where('threadKey').equals(tKey).toArray();
    items.sort(byTimeThenFirstSeen);

    const currentAt = options.currentVisitAt ?? (await visitsUpTo(db, tKey, now, true, 1))[0];
    const previousAt = currentAt === undefined ? undefined : (await visitsUpTo(db, tKey, currentAt, false, 1))[0];

    let newSinceLastVisit: string[] = [];
    if (currentAt !== undefined && previousAt !== undefined) {
      // New = first read during this visit. Not "first seen after the previous visit started": that visit's later
      // batches (comments loaded while scrolling) were seen then. And not written before the previous visit, where
      // the page says so: comments that were collapsed last time are first seen now but are not new.
      newSinceLastVisit = items
        .filter((item) => item.firstSeen >= currentAt && (item.time === null || item.time >= previousAt))
        .map((item) => item.id);
    }
    return {
      thread,
      items,
      lastVisitBefore: previousAt ?? null,
      newSinceLastVisit,
      ownItems: items.filter((item) => item.own),
    };
  });
}

/** Visit starts of a thread up to `until`, newest first. */
async function visitsUpTo(db: HistoryDb, tKey: string, until: number, inclusive: boolean, limit: number) {
  const visits = await db.visits
    .where('[threadKey+at]')
    .between([tKey, Dexie.minKey], [tKey, until], true, inclusive)
    .reverse()
    .limit(limit)
    .toArray();
  return visits.map((visit) => visit.at);
}

function byTimeThenFirstSeen(a: StoredItem, b: StoredItem): number {
  if (a.time !== b.time) {
    if (a.time === null) return 1;
    if (b.time === null) return -1;
    return a.time - b.time;
  }
  if (a.firstSeen !== b.firstSeen) return a.firstSeen - b.firstSeen;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Retention: a thread not seen since the cutoff goes with all its items and visits; visits older than the
 * cutoff go everywhere. Items of a thread still being read stay however old they are: dropping them would make
 * them "new" again on the next visit.
 *
 * Rows with an impossible time (not a whole number, before 2004, more than a day after `now`) go too, whatever
 * their age: older releases stored what pages sent, and one such row breaks every chart and list that shows it.
 * An impossible time may be missing from an index (NaN is no key), so the tables are scanned, once a day at most.
 */
export async function pruneOlderThan(db: HistoryDb, cutoffMs: number, now: number): Promise<PruneResult> {
  const current = (time: number) => isPlausibleTime(time, now) && time >= cutoffMs;
  const possible = (time: number | null) => time === null || isPlausibleTime(time, now);
  return db.transaction('rw', [db.threads, db.items, db.visits, db.drafts, db.queue, ...dayTables(db)], async () => {
    const stale = await db.threads
      .filter((thread) => !current(thread.lastSeen) || !possible(thread.firstSeen))
      .primaryKeys();
    const gone = new Set(stale);
    const visits = await db.visits.filter((visit) => gone.has(visit.threadKey) || !current(visit.at)).delete();
    // Drafts are the user's own words: they go by their own date, whatever their thread does.
    // Read before deleting: the chart counts lose each record's share.
    const oldDrafts = await db.drafts.filter((draft) => !current(draft.at)).toArray();
    await db.drafts.bulkDelete(oldDrafts.map((draft) => draft.id as number));
    const staleItems = stale.length ? await db.items.where('threadKey').anyOf(stale).toArray() : [];
    await db.items.bulkDelete(staleItems.map((item) => item.key));
    if (stale.length) await db.queue.where('threadKey').anyOf(stale).delete();
    const impossible = await db.items
      .filter(
        (item) =>
          !gone.has(item.threadKey) && !(possible(item.time) && possible(item.firstSeen) && possible(item.updatedAt)),
      )
      .toArray();
    if (impossible.length) {
      await db.items.bulkDelete(impossible.map((item) => item.key));
      await dropFromSummaries(db, impossible);
      // A dropped answer can put its question back in the queue: recount those threads.
      await refreshQueue(db, new Set(impossible.map((item) => item.threadKey)));
    }
    await db.threads.bulkDelete(stale);
    await keepDayTotals(db, { items: [...staleItems, ...impossible].map(removed), drafts: oldDrafts.map(removed) });
    return { threads: stale.length, items: staleItems.length + impossible.length, visits, drafts: oldDrafts.length };
  });
}

/** Takes deleted items out of their (surviving) threads' tone summaries. */
async function dropFromSummaries(db: HistoryDb, items: StoredItem[]): Promise<void> {
  const threads = (await db.threads.bulkGet([...new Set(items.map((item) => item.threadKey))])).filter(
    (thread): thread is StoredThread => thread !== undefined,
  );
  const byKey = new Map(threads.map((thread) => [thread.key, thread]));
  for (const item of items) {
    const thread = byKey.get(item.threadKey);
    if (thread) applyToSummary(thread.summary, item, -1);
  }
  await db.threads.bulkPut(threads);
}

/** The user's "delete all history": empties every table, keeps the database open for the running background. */
export async function deleteAll(db: HistoryDb): Promise<void> {
  const tables = [db.threads, db.items, db.visits, db.drafts, db.days, db.replies, db.queue];
  await db.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
}

/** True when a write failed because the origin's storage quota is full (Dexie wraps it, sometimes in an abort). */
export function isQuotaError(error: unknown): boolean {
  const named = (value: unknown) =>
    typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'QuotaExceededError';
  return named(error) || (typeof error === 'object' && error !== null && named((error as { inner?: unknown }).inner));
}
