// What the history page reads: the newest activity under filters, and one thread's timeline (search: search.ts).
// Every list walks an index newest-first and stops at a page, so the first screen never reads the whole database.

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

/** The tone most of a thread's comments have; neutral on a tie or an empty thread. */
export function threadTone(summary: ThreadSummary): ToneLabel {
  const { positive, neutral, negative } = summary;
  if (negative > positive && negative > neutral) return 'negative';
  if (positive > negative && positive > neutral) return 'positive';
  return 'neutral';
}

const inRange = (at: number, f: HistoryFilter) =>
  (f.from === undefined || at >= f.from) && (f.to === undefined || at <= f.to);

export function threadMatches(thread: StoredThread, f: HistoryFilter): boolean {
  if (f.site && thread.site !== f.site) return false;
  if (f.action && f.action !== 'read') return false;
  if (f.tone && threadTone(thread.summary) !== f.tone) return false;
  return inRange(thread.lastSeen, f);
}

export function draftMatches(draft: StoredDraft, f: HistoryFilter): boolean {
  if (f.site && draft.site !== f.site) return false;
  if (f.action && f.action !== draft.outcome) return false;
  // A draft has a verdict, not a measured tone: a tone filter is about what others wrote.
  if (f.tone) return false;
  return inRange(draft.at, f);
}

export function itemMatches(item: StoredItem, f: HistoryFilter): boolean {
  if (f.site && item.site !== f.site) return false;
  if (f.action && f.action !== 'read') return false;
  if (f.tone && item.tone !== f.tone) return false;
  return inRange(item.firstSeen, f);
}

export const threadEntry = (thread: StoredThread): HistoryEntry => ({
  kind: 'thread',
  at: thread.lastSeen,
  thread,
  tone: threadTone(thread.summary),
});
export const draftEntry = (draft: StoredDraft): HistoryEntry => ({ kind: 'draft', at: draft.at, draft });
export const itemEntry = (item: StoredItem): HistoryEntry => ({ kind: 'item', at: item.firstSeen, item });

export const newestFirst = (a: HistoryEntry, b: HistoryEntry) => b.at - a.at;

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
