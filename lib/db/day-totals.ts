// The history charts' per-day counts and reply delays (schema v4): keepDayTotals is what every writer calls, in its
// own transaction, with the records it replaced; recountDayTotals counts the same from scratch for the v4 upgrade.
import type { Table, Transaction } from 'dexie';
import type { SiteId } from '../sites/registry';
import type { HistoryDb, StoredDay, StoredDraft, StoredItem, StoredReply } from './schema';

/** One record as stored before a write and after it: no `before` for an add, no `after` for a delete. */
export interface Change<T> {
  before?: T | undefined;
  after?: T | undefined;
}

export const added = <T>(after: T): Change<T> => ({ after });
export const removed = <T>(before: T): Change<T> => ({ before });

export interface DayChanges {
  items?: readonly Change<StoredItem>[];
  drafts?: readonly Change<StoredDraft>[];
}

type ItemFacts = Pick<StoredItem, 'key' | 'site' | 'own' | 'tone' | 'time' | 'firstSeen' | 'parentId'>;
type DraftFacts = Pick<StoredDraft, 'at' | 'site' | 'outcome'>;
/** What a reply's delay depends on in its parent. */
type ParentFacts = Pick<StoredItem, 'own' | 'time'>;

const COUNTS = ['positive', 'neutral', 'negative', 'clean', 'edited', 'anyway'] as const;

/** The tables keepDayTotals writes, for the writer's transaction; with item changes it also reads `items`. */
export const dayTables = (db: HistoryDb) => [db.days, db.replies];

/**
 * Local calendar day, so "posts per day" follows the user's clock, not UTC. A row keeps the day of the clock it was
 * counted on: after a move to another time zone, records near midnight stay on the day they were counted on.
 */
export function dayOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const emptyDay = (day: string, site: SiteId): StoredDay => ({
  day,
  site,
  positive: 0,
  neutral: 0,
  negative: 0,
  clean: 0,
  edited: 0,
  anyway: 0,
  delays: [],
});

const isEmpty = (row: StoredDay) => COUNTS.every((field) => row[field] === 0) && row.delays.length === 0;

/** What one write moves in one day row: counts up or down, reply delays in and out. */
interface DayDelta {
  day: string;
  site: SiteId;
  counts: Record<(typeof COUNTS)[number], number>;
  added: number[];
  removed: number[];
}

function deltaOf(deltas: Map<string, DayDelta>, day: string, site: SiteId): DayDelta {
  const id = `${day}|${site}`;
  let delta = deltas.get(id);
  if (!delta) {
    const counts = { positive: 0, neutral: 0, negative: 0, clean: 0, edited: 0, anyway: 0 };
    delta = { day, site, counts, added: [], removed: [] };
    deltas.set(id, delta);
  }
  return delta;
}

/** Others' comments count by tone on the day written; the user's own items only as replies. */
function countItem(deltas: Map<string, DayDelta>, item: ItemFacts, sign: 1 | -1) {
  if (item.own) return;
  deltaOf(deltas, dayOf(item.time ?? item.firstSeen), item.site).counts[item.tone] += sign;
}

function countDraft(deltas: Map<string, DayDelta>, draft: DraftFacts, sign: 1 | -1) {
  if (draft.outcome !== 'abandoned') deltaOf(deltas, dayOf(draft.at), draft.site).counts[draft.outcome] += sign;
}

function countDelay(deltas: Map<string, DayDelta>, reply: StoredReply, sign: 1 | -1) {
  if (reply.delay === null) return;
  const delta = deltaOf(deltas, reply.day, reply.site);
  (sign === 1 ? delta.added : delta.removed).push(reply.delay);
}

function applyDelta(row: StoredDay, delta: DayDelta): StoredDay {
  for (const field of COUNTS) row[field] += delta.counts[field];
  for (const delay of delta.removed) {
    const at = row.delays.indexOf(delay);
    if (at !== -1) row.delays.splice(at, 1);
  }
  // Ascending, so the stored row is the same whatever order replies arrived in.
  if (delta.added.length) row.delays = [...row.delays, ...delta.added].sort((a, b) => a - b);
  return row;
}

/** The reply row of an own item answering another one with a page-given time, delay still to be found. */
function replyOf(item: ItemFacts): StoredReply | null {
  if (!item.own || item.parentId === null || item.time === null) return null;
  const parent = `${item.site}:${item.parentId}`;
  return { key: item.key, site: item.site, parent, day: dayOf(item.time), time: item.time, delay: null };
}

/** Only answers to someone else with a time the page gave: a relative "3 Std." parsed late is not a reply time. */
function replyDelay(time: number, parent: ParentFacts | undefined): number | null {
  if (!parent || parent.own || parent.time === null) return null;
  const delay = time - parent.time;
  return delay >= 0 ? delay : null;
}

const parentFactsDiffer = (a: ParentFacts | undefined, b: ParentFacts | undefined) =>
  a?.own !== b?.own || a?.time !== b?.time;

/**
 * Brings `days` and `replies` up to date with one write, inside the writer's transaction (dayTables). Counts move by
 * each record's share before and after. A reply's delay is a function of the reply and its parent, so it is
 * recomputed whenever either is written: the reply's row from the write itself, the parent's replies through the
 * `parent` index; the day row swaps the old delay for the new. That is why upkeep always equals recountDayTotals,
 * whatever order replies and parents arrive in.
 */
export async function keepDayTotals(db: HistoryDb, changes: DayChanges): Promise<void> {
  const deltas = new Map<string, DayDelta>();
  for (const { before, after } of changes.items ?? []) {
    if (before) countItem(deltas, before, -1);
    if (after) countItem(deltas, after, 1);
  }
  for (const { before, after } of changes.drafts ?? []) {
    if (before) countDraft(deltas, before, -1);
    if (after) countDraft(deltas, after, 1);
  }
  if (changes.items?.length) await keepReplies(db, changes.items, deltas);
  await applyDeltas(db.days, [...deltas.values()]);
}

async function applyDeltas(days: HistoryDb['days'], all: DayDelta[]): Promise<void> {
  const deltas = all.filter((d) => d.added.length || d.removed.length || COUNTS.some((field) => d.counts[field]));
  if (!deltas.length) return;
  const stored = await days.bulkGet(deltas.map((delta) => [delta.day, delta.site]));
  const put: StoredDay[] = [];
  const gone: [string, SiteId][] = [];
  deltas.forEach((delta, index) => {
    const row = applyDelta(stored[index] ?? emptyDay(delta.day, delta.site), delta);
    // No empty rows: a recount never makes one, and the chart needs none.
    if (isEmpty(row)) gone.push([row.day, row.site]);
    else put.push(row);
  });
  if (put.length) await days.bulkPut(put);
  if (gone.length) await days.bulkDelete(gone);
}

async function keepReplies(
  db: HistoryDb,
  changes: readonly Change<StoredItem>[],
  deltas: Map<string, DayDelta>,
): Promise<void> {
  // Each touched key's state after the write; a batch or file that holds a key twice ends with its last record.
  const final = new Map<string, StoredItem | undefined>();
  const wasReply = new Set<string>();
  const parentsMoved = new Set<string>();
  for (const { before, after } of changes) {
    const key = (after ?? before)?.key;
    if (key === undefined) continue;
    final.set(key, after);
    if (before && replyOf(before)) wasReply.add(key);
    if (parentFactsDiffer(before, after)) parentsMoved.add(key);
  }
  // Reply rows as stored before this write, whose delays leave their day rows.
  const previous = wasReply.size ? await db.replies.bulkGet([...wasReply]) : [];
  const rows = new Map<string, StoredReply>();
  const gone: string[] = [];
  for (const [key, item] of final) {
    const reply = item ? replyOf(item) : null;
    if (reply) rows.set(key, reply);
    else if (wasReply.has(key)) gone.push(key);
  }
  if (parentsMoved.size) {
    const answers = await db.replies
      .where('parent')
      .anyOf([...parentsMoved])
      .toArray();
    for (const row of answers) {
      if (final.has(row.key)) continue;
      previous.push(row);
      rows.set(row.key, { ...row });
    }
  }
  for (const row of previous) if (row) countDelay(deltas, row, -1);
  if (rows.size) {
    // Parents as this write leaves them, else as stored.
    const unread = [...new Set([...rows.values()].map((row) => row.parent).filter((key) => !final.has(key)))];
    const stored = unread.length ? await db.items.bulkGet(unread) : [];
    const parents = new Map<string, ParentFacts | undefined>(final);
    unread.forEach((key, index) => {
      parents.set(key, stored[index]);
    });
    for (const row of rows.values()) {
      row.delay = replyDelay(row.time, parents.get(row.parent));
      countDelay(deltas, row, 1);
    }
    await db.replies.bulkPut([...rows.values()]);
  }
  if (gone.length) await db.replies.bulkDelete(gone);
}

/** The changes of records written over what `stored` held (bulkGet order, any order): the last write of a key wins. */
export function replacedItems(
  stored: readonly (StoredItem | undefined)[],
  written: readonly StoredItem[],
): Change<StoredItem>[] {
  const before = new Map<string, StoredItem>();
  for (const item of stored) if (item) before.set(item.key, item);
  const after = new Map(written.map((item) => [item.key, item]));
  return [...after.values()].map((item) => ({ before: before.get(item.key), after: item }));
}

/** Both tables counted from scratch from the stored items and drafts, through the same deltas upkeep applies. */
export async function recountDayTotals(
  items: Pick<Table<StoredItem>, 'each'>,
  drafts: Pick<Table<StoredDraft>, 'each'>,
): Promise<{ days: StoredDay[]; replies: StoredReply[] }> {
  const deltas = new Map<string, DayDelta>();
  const parents = new Map<string, ParentFacts>();
  const replies: StoredReply[] = [];
  await items.each((item) => {
    countItem(deltas, item, 1);
    parents.set(item.key, { own: item.own, time: item.time });
    const reply = replyOf(item);
    if (reply) replies.push(reply);
  });
  await drafts.each((draft) => countDraft(deltas, draft, 1));
  for (const reply of replies) {
    reply.delay = replyDelay(reply.time, parents.get(reply.parent));
    countDelay(deltas, reply, 1);
  }
  const days = [...deltas.values()].map((delta) => applyDelta(emptyDay(delta.day, delta.site), delta));
  return { days: days.filter((row) => !isEmpty(row)), replies };
}

/** The v4 upgrade: both tables filled from what the database already holds. */
export async function fillDayTotals(tx: Transaction): Promise<void> {
  const { days, replies } = await recountDayTotals(tx.table('items'), tx.table('drafts'));
  await tx.table('days').bulkPut(days);
  await tx.table('replies').bulkPut(replies);
}
