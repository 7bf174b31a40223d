// The thread brief in the side panel, computed from what the content script read and what the history remembers:
// tone mix, open complaints and questions on the reply clock, who drives the thread, watchlist hits, what is new
// since the last visit, and the user's own comments. Pure, so it is tested without a browser.
import type { ToneLabel } from './analysis/types';
import type { ThreadSnapshot } from './content/thread-watch';
import type { HistoryBrief } from './messaging';

/** Seed 000: a third of users expect an answer within 30 minutes, most accept a day, few accept more. */
export const REPLY_CLOCK = { fresh: 30 * 60_000, late: 24 * 3_600_000 } as const;
export type ClockState = 'fresh' | 'late' | 'overdue' | 'unknown';

export interface OpenEntry {
  id: string;
  kind: 'complaint' | 'question';
  author: string;
  text: string;
  ageMs: number | null;
  clock: ClockState;
}

export interface Brief {
  total: number;
  toneMix: Record<ToneLabel, number>;
  open: OpenEntry[];
  participants: { name: string; count: number; lastId: string }[];
  watchlist: { term: string; ids: string[] }[];
  newSinceLastVisit: string[];
  lastVisit: number | null;
  own: { id: string; text: string; time: number | null; onPage: boolean }[];
  hostile: string[];
  promotional: string[];
}

export function clockOf(ageMs: number | null): ClockState {
  if (ageMs === null) return 'unknown';
  if (ageMs < REPLY_CLOCK.fresh) return 'fresh';
  if (ageMs < REPLY_CLOCK.late) return 'late';
  return 'overdue';
}

export function computeBrief(snapshot: ThreadSnapshot, history: HistoryBrief | null, now: number): Brief {
  const items = snapshot.items;
  const toneMix: Record<ToneLabel, number> = { positive: 0, neutral: 0, negative: 0 };
  const answered = new Set(items.filter((i) => i.own && i.parentId).map((i) => i.parentId as string));
  const participants = new Map<string, { name: string; count: number; lastId: string }>();
  const watch = new Map<string, string[]>();
  const open: OpenEntry[] = [];

  for (const item of items) {
    toneMix[item.tone]++;
    if (!item.own) {
      const key = item.author.handle ?? item.author.profileUrl ?? item.author.name;
      const entry = participants.get(key) ?? { name: item.author.name, count: 0, lastId: item.id };
      entry.count++;
      entry.lastId = item.id;
      participants.set(key, entry);
    }
    for (const term of item.flags.watchlist) watch.set(term, [...(watch.get(term) ?? []), item.id]);
    // An item the user has answered (an own reply beneath it) is no longer open.
    if (!item.own && !answered.has(item.id) && (item.flags.complaint || item.flags.question)) {
      const ageMs = item.time === null ? null : Math.max(0, now - item.time);
      open.push({
        id: item.id,
        kind: item.flags.complaint ? 'complaint' : 'question',
        author: item.author.name,
        text: item.text,
        ageMs,
        clock: clockOf(ageMs),
      });
    }
  }
  // Oldest first: they have waited longest. Unknown ages go last.
  open.sort((a, b) => (b.ageMs ?? -1) - (a.ageMs ?? -1));

  const onPage = new Set(items.filter((i) => i.own).map((i) => i.id));
  const own = [
    ...items.filter((i) => i.own).map((i) => ({ id: i.id, text: i.text, time: i.time, onPage: true })),
    ...(history?.ownItems ?? [])
      .filter((i) => !onPage.has(i.id))
      .map((i) => ({ id: i.id, text: i.text, time: i.time ?? i.firstSeen, onPage: false })),
  ];

  return {
    total: items.length,
    toneMix,
    open,
    participants: [...participants.values()]
      .filter((p) => p.count > 1)
      .sort((a, b) => b.count - a.count)
      .slice(0, 5),
    watchlist: [...watch.entries()].map(([term, ids]) => ({ term, ids })),
    newSinceLastVisit: history?.newSinceLastVisit ?? [],
    lastVisit: history?.lastVisitBefore ?? null,
    own,
    hostile: items.filter((i) => i.flags.hostile).map((i) => i.id),
    promotional: items.filter((i) => i.flags.promotional).map((i) => i.id),
  };
}
