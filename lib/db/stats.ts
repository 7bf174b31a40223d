// The history page's charts: others' comments by tone per day, the user's posts per day, and how fast the user
// answered comments, against the 30-minute and 24-hour marks community teams are measured by.
import Dexie from 'dexie';
import type { ToneLabel } from '../analysis/types';
import type { SiteId } from '../sites/registry';
import { dayOf } from './day-totals';
import type { DraftOutcome, HistoryDb } from './schema';

export const REPLY_MARKS = { fast: 30 * 60_000, day: 24 * 60 * 60_000 } as const;
/** Upper bounds of the reply-time bars, in minutes; the last bar takes everything slower. */
export const REPLY_BINS_MIN = [5, 15, 30, 60, 180, 360, 720, 1440, 4320] as const;

const TONES: readonly ToneLabel[] = ['positive', 'neutral', 'negative'];
const OUTCOMES: readonly Exclude<DraftOutcome, 'abandoned'>[] = ['clean', 'edited', 'anyway'];

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

export { dayOf };

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

/**
 * Whole local days from `from`'s to `to`'s, read from the per-day rows (schema v4) that every write keeps: a month is
 * about a hundred rows, one request, instead of every comment of the period.
 */
export async function historyStats(db: HistoryDb, filter: StatsFilter): Promise<HistoryStats> {
  const { from, to, site } = filter;
  const days = daysBetween(from, to);
  const tones = new Map<string, DayTones>(days.map((day) => [day, { day, positive: 0, neutral: 0, negative: 0 }]));
  const posts = new Map<string, DayPosts>(days.map((day) => [day, { day, clean: 0, edited: 0, anyway: 0 }]));
  const first = dayOf(from);
  const last = dayOf(to);

  const rows = await db.days
    .where('[day+site]')
    .between([first, Dexie.minKey], [last, Dexie.maxKey], true, true)
    .toArray();
  const delays: number[] = [];
  for (const row of rows) {
    if (site && row.site !== site) continue;
    const tone = tones.get(row.day);
    if (tone) for (const label of TONES) tone[label] += row[label];
    const post = posts.get(row.day);
    if (post) for (const outcome of OUTCOMES) post[outcome] += row[outcome];
    delays.push(...row.delays);
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
