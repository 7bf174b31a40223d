// The history page's charts: others' comments by tone per day, the user's posts per day, and how fast the user
// answered comments, against the 30-minute and 24-hour marks community teams are measured by.
import type { ToneLabel } from '../analysis/types';
import type { SiteId } from '../sites/registry';
import type { HistoryDb, StoredItem } from './schema';

export const REPLY_MARKS = { fast: 30 * 60_000, day: 24 * 60 * 60_000 } as const;
/** Upper bounds of the reply-time bars, in minutes; the last bar takes everything slower. */
export const REPLY_BINS_MIN = [5, 15, 30, 60, 180, 360, 720, 1440, 4320] as const;

export interface StatsFilter {
  site?: SiteId;
  from: number;
  to: number;
}

export interface DayTones {
  day: string;
  positive: number;
  neutral: number;
  negative: number;
}

export interface DayPosts {
  day: string;
  clean: number;
  edited: number;
  anyway: number;
}

export interface ReplyTimes {
  /** Counts per REPLY_BINS_MIN bar, plus one for slower than the last bound. */
  bins: number[];
  within30: number;
  within24h: number;
  total: number;
  /** Minutes, null without replies. */
  median: number | null;
}

export interface HistoryStats {
  tones: DayTones[];
  posts: DayPosts[];
  replies: ReplyTimes;
}

/** Local calendar day, so "posts per day" follows the user's clock, not UTC. */
export function dayOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Every day from `from` to `to`, so a quiet day shows as an empty bar instead of vanishing. */
function daysBetween(from: number, to: number): string[] {
  const days: string[] = [];
  const cursor = new Date(from);
  cursor.setHours(12, 0, 0, 0);
  for (let guard = 0; cursor.getTime() <= to + 12 * 3_600_000 && guard < 400; guard += 1) {
    days.push(dayOf(cursor.getTime()));
    cursor.setDate(cursor.getDate() + 1);
  }
  return days;
}

const writtenAt = (item: Pick<StoredItem, 'time' | 'firstSeen'>) => item.time ?? item.firstSeen;

export async function historyStats(db: HistoryDb, filter: StatsFilter): Promise<HistoryStats> {
  const { from, to, site } = filter;
  const days = daysBetween(from, to);
  const tones = new Map<string, DayTones>(days.map((day) => [day, { day, positive: 0, neutral: 0, negative: 0 }]));
  const posts = new Map<string, DayPosts>(days.map((day) => [day, { day, clean: 0, edited: 0, anyway: 0 }]));

  // Comments first read in the range; a parent read a little earlier still counts for its reply's time.
  const [items, drafts] = await Promise.all([
    db.items
      .where('firstSeen')
      .between(from - REPLY_MARKS.day * 7, to, true, true)
      .toArray(),
    db.drafts.where('at').between(from, to, true, true).toArray(),
  ]);
  const byKey = new Map<string, StoredItem>();
  for (const item of items) byKey.set(item.key, item);

  const delays: number[] = [];
  for (const item of items) {
    if (site && item.site !== site) continue;
    const at = writtenAt(item);
    if (at < from || at > to) continue;
    if (!item.own) {
      const day = tones.get(dayOf(at));
      if (day) day[item.tone as ToneLabel] += 1;
      continue;
    }
    const parent = item.parentId ? byKey.get(`${item.site}:${item.parentId}`) : undefined;
    // Only answers to someone else with a time the page gave: a relative "3 Std." parsed late is not a reply time.
    if (!parent || parent.own || parent.time === null || item.time === null || item.time < parent.time) continue;
    delays.push(item.time - parent.time);
  }
  for (const draft of drafts) {
    if ((site && draft.site !== site) || draft.outcome === 'abandoned') continue;
    const day = posts.get(dayOf(draft.at));
    if (day) day[draft.outcome] += 1;
  }
  return { tones: [...tones.values()], posts: [...posts.values()], replies: replyTimes(delays) };
}

export function replyTimes(delaysMs: number[]): ReplyTimes {
  const bins = new Array<number>(REPLY_BINS_MIN.length + 1).fill(0);
  for (const ms of delaysMs) {
    const minutes = ms / 60_000;
    const index = REPLY_BINS_MIN.findIndex((bound) => minutes <= bound);
    const bin = index === -1 ? REPLY_BINS_MIN.length : index;
    bins[bin] = (bins[bin] ?? 0) + 1;
  }
  const sorted = [...delaysMs].sort((a, b) => a - b);
  const middle = sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)] as number) : null;
  return {
    bins,
    within30: delaysMs.filter((ms) => ms <= REPLY_MARKS.fast).length,
    within24h: delaysMs.filter((ms) => ms <= REPLY_MARKS.day).length,
    total: delaysMs.length,
    median: middle === null ? null : Math.round(middle / 60_000),
  };
}
