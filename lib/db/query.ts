// What the history page reads: the newest activity under filters, full-text search, and one thread's timeline.
// Every list walks an index newest-first and stops at a page, so the first screen never reads the whole database.

import type { Table } from 'dexie';
import type { ToneLabel } from '../analysis/types';
import type { SiteId } from '../sites/registry';
import { localMidnight, posted } from './drafts';
import type {
  DraftOutcome,
  HistoryDb,
  StoredDraft,
  StoredItem,
  StoredThread,
  StoredVisit,
  ThreadSummary,
} from './schema';
import { queryTerms } from './search-words';

/** What the user did: read a thread (or a comment in one), or one way a guarded post ended. Persisted in URLs only. */
export type HistoryAction = 'read' | DraftOutcome;

export interface HistoryFilter {
  site?: SiteId;
  /** Inclusive bounds, ms since epoch. */
  from?: number;
  to?: number;
  tone?: ToneLabel;
  action?: HistoryAction;
}

export type HistoryEntry =
  | { kind: 'thread'; at: number; thread: StoredThread; tone: ToneLabel }
  | { kind: 'draft'; at: number; draft: StoredDraft }
  | { kind: 'item'; at: number; item: StoredItem };

export interface HistoryPage {
  entries: HistoryEntry[];
  /** Pass back as `before` for the next page; null when there is nothing older. */
  next: number | null;
}

export const PAGE_SIZE = 50;
/** Search shows this many hits; a term that matches more asks for a sharper search, not a longer wait. */
export const SEARCH_LIMIT = 50;

/** The tone most of a thread's comments have; neutral on a tie or an empty thread. */
export function threadTone(summary: ThreadSummary): ToneLabel {
  const { positive, neutral, negative } = summary;
  if (negative > positive && negative > neutral) return 'negative';
  if (positive > negative && positive > neutral) return 'positive';
  return 'neutral';
}

const inRange = (at: number, f: HistoryFilter) =>
  (f.from === undefined || at >= f.from) && (f.to === undefined || at <= f.to);

function threadMatches(thread: StoredThread, f: HistoryFilter): boolean {
  if (f.site && thread.site !== f.site) return false;
  if (f.action && f.action !== 'read') return false;
  if (f.tone && threadTone(thread.summary) !== f.tone) return false;
  return inRange(thread.lastSeen, f);
}

function draftMatches(draft: StoredDraft, f: HistoryFilter): boolean {
  if (f.site && draft.site !== f.site) return false;
  if (f.action && f.action !== draft.outcome) return false;
  // A draft has a verdict, not a measured tone: a tone filter is about what others wrote.
  if (f.tone) return false;
  return inRange(draft.at, f);
}

function itemMatches(item: StoredItem, f: HistoryFilter): boolean {
  if (f.site && item.site !== f.site) return false;
  if (f.action && f.action !== 'read') return false;
  if (f.tone && item.tone !== f.tone) return false;
  return inRange(item.firstSeen, f);
}

const threadEntry = (thread: StoredThread): HistoryEntry => ({
  kind: 'thread',
  at: thread.lastSeen,
  thread,
  tone: threadTone(thread.summary),
});
const draftEntry = (draft: StoredDraft): HistoryEntry => ({ kind: 'draft', at: draft.at, draft });
const itemEntry = (item: StoredItem): HistoryEntry => ({ kind: 'item', at: item.firstSeen, item });

const newestFirst = (a: HistoryEntry, b: HistoryEntry) => b.at - a.at;

/**
 * Threads read and posts made, newest first: one page from each table below `before`, merged. Entries at exactly
 * `before` belong to the previous page, so a page boundary on a shared millisecond can hide one entry; acceptable
 * for a list, where the alternative is a cursor per table.
 */
export async function listActivity(
  db: HistoryDb,
  filter: HistoryFilter,
  before: number | null = null,
  limit: number = PAGE_SIZE,
): Promise<HistoryPage> {
  const upper = Math.min(
    before === null ? Number.POSITIVE_INFINITY : before - 1,
    filter.to ?? Number.POSITIVE_INFINITY,
  );
  const lower = filter.from ?? Number.NEGATIVE_INFINITY;
  if (upper < lower) return { entries: [], next: null };
  const wantThreads = !filter.action || filter.action === 'read';
  const wantDrafts = !filter.tone && filter.action !== 'read';
  const [threads, drafts] = await Promise.all([
    wantThreads
      ? db.threads
          .where('lastSeen')
          .between(lower, upper, true, true)
          .reverse()
          .filter((t) => threadMatches(t, filter))
          .limit(limit + 1)
          .toArray()
      : [],
    wantDrafts
      ? db.drafts
          .where('at')
          .between(lower, upper, true, true)
          .reverse()
          .filter((d) => draftMatches(d, filter))
          .limit(limit + 1)
          .toArray()
      : [],
  ]);
  const merged = [...threads.map(threadEntry), ...drafts.map(draftEntry)].sort(newestFirst);
  const entries = merged.slice(0, limit);
  const last = entries.at(-1);
  return { entries, next: merged.length > limit && last ? last.at : null };
}

export interface SearchResult {
  entries: HistoryEntry[];
  /** Matches before the date, tone and action filters, which need the records; at least entries.length. */
  matched: number;
  /** True when more hits exist than are shown. */
  truncated: boolean;
  terms: string[];
}

/**
 * Full-text search over comments, root posts and the user's own texts. Every term must start a word of the record
 * (so "liefer" finds "Lieferung"). The key sets of each term are intersected first, which reads only index keys;
 * records are then read newest first until the page is full.
 */
export async function searchHistory(
  db: HistoryDb,
  query: string,
  filter: HistoryFilter = {},
  limit: number = SEARCH_LIMIT,
): Promise<SearchResult> {
  const terms = queryTerms(query);
  if (!terms.length) return { entries: [], matched: 0, truncated: false, terms };
  const sitePrefix = filter.site ? `${filter.site}:` : null;
  const [threadKeys, itemKeys, draftKeys] = await Promise.all([
    !filter.action || filter.action === 'read' ? matchingKeys(db.threads, terms) : new Set<string>(),
    !filter.action || filter.action === 'read' ? matchingKeys(db.items, terms) : new Set<string>(),
    filter.tone || filter.action === 'read' ? new Set<number>() : matchingKeys(db.drafts, terms),
  ]);
  if (sitePrefix) {
    // Thread and item keys begin with their site: the site filter costs no record reads.
    for (const key of threadKeys) if (!key.startsWith(sitePrefix)) threadKeys.delete(key);
    for (const key of itemKeys) if (!key.startsWith(sitePrefix)) itemKeys.delete(key);
  }
  const [threads, items, drafts] = await Promise.all([
    newestOf<StoredThread, string>(
      db.threads,
      'lastSeen',
      threadKeys,
      (t) => threadMatches(t, filter),
      limit + 1,
      filter,
    ),
    newestOf<StoredItem, string>(db.items, 'firstSeen', itemKeys, (i) => itemMatches(i, filter), limit + 1, filter),
    newestOf<StoredDraft, number>(
      draftTable(db),
      'at',
      draftKeys as Set<number>,
      (d) => draftMatches(d, filter),
      limit + 1,
      filter,
    ),
  ]);
  const merged = [...threads.map(threadEntry), ...items.map(itemEntry), ...drafts.map(draftEntry)].sort(newestFirst);
  return {
    entries: merged.slice(0, limit),
    matched: Math.max(threadKeys.size + itemKeys.size + draftKeys.size, Math.min(merged.length, limit)),
    truncated: merged.length > limit,
    terms,
  };
}

/** Drafts' keys are auto-increment numbers: always set once stored, which the insert-friendly type cannot say. */
const draftTable = (db: HistoryDb) => db.drafts as unknown as Table<StoredDraft, number, unknown>;

/** Keys of the records that have, for every term, a word starting with it. Rarest (longest) term first. */
async function matchingKeys<K>(table: Table<unknown, K, unknown>, terms: string[]): Promise<Set<K>> {
  const ordered = [...terms].sort((a, b) => b.length - a.length);
  let keys: Set<K> | null = null;
  for (const term of ordered) {
    const found = (await table.where('words').startsWith(term).primaryKeys()) as K[];
    if (keys === null) keys = new Set(found);
    else {
      const next = new Set<K>();
      for (const key of found) if (keys.has(key)) next.add(key);
      keys = next;
    }
    if (keys.size === 0) break;
  }
  return keys ?? new Set();
}

const SPARSE = 600;
/** Records read per bulkGet while filling a page: a few more than a page, as filters may drop some. */
const READ_CHUNK = 64;

/**
 * The newest `limit` records among `keys` that pass `matches`. Few keys: read them all. Many: walk back through the
 * time index in windows that double; a window's primary keys come from the index alone (cheap), and only the hits in
 * it are read as records, newest first, until the page is full. Reading every hit would cost seconds at 100,000.
 */
async function newestOf<T, K>(
  table: Table<T, K, unknown>,
  index: string,
  keys: Set<K>,
  matches: (row: T) => boolean,
  limit: number,
  bounds: { from?: number; to?: number } = {},
): Promise<T[]> {
  if (keys.size === 0) return [];
  const timeOf = (row: T) => (row as Record<string, number>)[index] ?? 0;
  // Reading a hit costs about as much as scanning ten index keys, so up to SPARSE hits are cheaper to read outright
  // than to find in time windows (count() would tell the density exactly, but it walks the whole table in Chromium).
  if (keys.size <= SPARSE) {
    const rows = (await table.bulkGet([...keys])).filter((row): row is T => row !== undefined && matches(row));
    return rows.sort((a, b) => timeOf(b) - timeOf(a)).slice(0, limit);
  }
  const [newest] = (await table.orderBy(index).reverse().limit(1).keys()) as number[];
  const [oldest] = (await table.orderBy(index).limit(1).keys()) as number[];
  if (newest === undefined || oldest === undefined) return [];
  const floor = Math.max(bounds.from ?? oldest, oldest);
  let upper = Math.min(bounds.to ?? newest, newest);
  let upperOpen = false;
  let span = Math.max(60_000, Math.floor((newest - oldest) * Math.min(1, (1.5 * limit) / keys.size)));
  const out: T[] = [];
  while (out.length < limit && upper >= floor) {
    const lower = Math.max(floor, upper - span);
    const inWindow = (await table.where(index).between(lower, upper, true, !upperOpen).primaryKeys()) as K[];
    const hits: K[] = [];
    for (let i = inWindow.length - 1; i >= 0; i -= 1) if (keys.has(inWindow[i] as K)) hits.push(inWindow[i] as K);
    for (let i = 0; i < hits.length && out.length < limit; i += READ_CHUNK) {
      for (const row of await table.bulkGet(hits.slice(i, i + READ_CHUNK))) {
        if (row !== undefined && matches(row)) out.push(row);
        if (out.length >= limit) break;
      }
    }
    if (lower === floor) break;
    upper = lower;
    upperOpen = true;
    span *= 2;
  }
  return out;
}

export type TimelineEntry =
  | { kind: 'item'; at: number; item: StoredItem; isNew: boolean }
  | { kind: 'visit'; at: number; visit: StoredVisit }
  | { kind: 'draft'; at: number; draft: StoredDraft };

export interface ThreadTimeline {
  thread: StoredThread;
  entries: TimelineEntry[];
}

/**
 * One thread as it happened: each comment at the time it was written (or first read, when the page gave no time),
 * each visit, and what the user posted there. Null when the thread is not stored.
 */
export async function threadTimeline(db: HistoryDb, key: string): Promise<ThreadTimeline | null> {
  return db.transaction('r', [db.threads, db.items, db.visits, db.drafts], async () => {
    const thread = await db.threads.get(key);
    if (!thread) return null;
    const [items, visits, drafts] = await Promise.all([
      db.items.where('threadKey').equals(key).toArray(),
      db.visits.where('threadKey').equals(key).toArray(),
      db.drafts.where('threadKey').equals(key).toArray(),
    ]);
    const firstVisit = visits.reduce((min, v) => Math.min(min, v.at), Number.POSITIVE_INFINITY);
    const entries: TimelineEntry[] = [
      // "New" here: read after the first visit, so it was not there when the user first looked.
      ...items.map((item) => ({
        kind: 'item' as const,
        at: item.time ?? item.firstSeen,
        item,
        isNew: item.firstSeen > firstVisit,
      })),
      ...visits.map((visit) => ({ kind: 'visit' as const, at: visit.at, visit })),
      ...drafts.map((draft) => ({ kind: 'draft' as const, at: draft.at, draft })),
    ];
    // Oldest first, as a thread reads; a visit sorts before what was written in the same millisecond.
    const rank = { visit: 0, item: 1, draft: 2 } as const;
    entries.sort((a, b) => a.at - b.at || rank[a.kind] - rank[b.kind]);
    return { thread, entries };
  });
}

export interface HistoryTotals {
  threads: number;
  items: number;
  posts: number;
  overridden: number;
}

/** The counters above the list; count() on a table or index reads no records. */
export async function historyTotals(db: HistoryDb): Promise<HistoryTotals> {
  const [threads, items, posts, overridden] = await Promise.all([
    db.threads.count(),
    db.items.count(),
    db.drafts.where('outcome').noneOf(['abandoned']).count(),
    db.drafts.where('outcome').equals('anyway').count(),
  ]);
  return { threads, items, posts, overridden };
}

export interface TodayCounts {
  threads: number;
  posts: number;
  overridden: number;
}

/** The popup's "today": threads visited, posts made and warnings overridden since local midnight. */
export async function todayCounts(db: HistoryDb, now: number): Promise<TodayCounts> {
  const start = localMidnight(now);
  const [visits, drafts] = await Promise.all([
    db.visits.where('at').aboveOrEqual(start).toArray(),
    db.drafts.where('at').aboveOrEqual(start).toArray(),
  ]);
  return {
    threads: new Set(visits.map((v) => v.threadKey)).size,
    posts: drafts.filter(posted).length,
    overridden: drafts.filter((d) => d.outcome === 'anyway').length,
  };
}
