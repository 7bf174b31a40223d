// The weekly report's figures from the local history: threads read, the user's replies against 30 min / 24 h, who
// still waits, warnings overridden, and others' tone per day. Seven local days ending with `endDay`'s.
import { localMidnight } from '../db/drafts';
import { openQueue, openQueueCount } from '../db/queue';
import type { HistoryDb, StoredQueueEntry } from '../db/schema';
import { type DayTones, historyStats, type ReplyTimes } from '../db/stats';

export interface WeekReport {
  /** First and last millisecond of the week (local days). */
  from: number;
  to: number;
  threadsRead: number;
  posts: number;
  /** Posted after a warning without changing it. */
  overridden: number;
  /** Changed after a warning, then posted. */
  edited: number;
  replies: ReplyTimes;
  tones: DayTones[];
  /** Waiting now, the oldest WAITING_LISTED first (not only this week's: a report says who still waits). */
  waiting: StoredQueueEntry[];
  /** How many wait in all. */
  waitingTotal: number;
}

const DAYS = 7;
/** A printed page lists the longest waits; the count says how many more there are. */
export const WAITING_LISTED = 20;

/** The week's bounds: local midnight six days before `end`'s day, to the last millisecond of `end`'s day. */
export function weekBounds(end: number): { from: number; to: number } {
  const start = new Date(localMidnight(end));
  start.setDate(start.getDate() - (DAYS - 1));
  const after = new Date(localMidnight(end));
  after.setDate(after.getDate() + 1);
  return { from: start.getTime(), to: after.getTime() - 1 };
}

export async function weekReport(db: HistoryDb, end: number): Promise<WeekReport> {
  const { from, to } = weekBounds(end);
  const [stats, visits, waiting, waitingTotal] = await Promise.all([
    historyStats(db, { from, to }),
    db.visits.where('at').between(from, to, true, true).toArray(),
    openQueue(db, WAITING_LISTED),
    openQueueCount(db),
  ]);
  const sum = (key: 'clean' | 'edited' | 'anyway') => stats.posts.reduce((n, day) => n + day[key], 0);
  return {
    from,
    to,
    threadsRead: new Set(visits.map((visit) => visit.threadKey)).size,
    posts: sum('clean') + sum('edited') + sum('anyway'),
    overridden: sum('anyway'),
    edited: sum('edited'),
    replies: stats.replies,
    tones: stats.tones,
    waiting,
    waitingTotal,
  };
}
