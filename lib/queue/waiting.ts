// Who in one thread is still waiting for the user: others' questions and complaints without an answer. Pure, so the
// history's upkeep, its recount and the tests all ask the same question of the same items.
import type { StoredItem } from '../db/schema';

export type WaitingKind = 'question' | 'complaint';

export interface Waiting<T = StoredItem> {
  item: T;
  kind: WaitingKind;
  /** When it was written (the page's time, else first read): the clock a reply is measured against. */
  at: number;
}

/** What the rule reads of a comment: the history's records and the content script's reads both have it. */
export type WaitItem = Pick<StoredItem, 'id' | 'parentId' | 'own' | 'author' | 'text'> & {
  flags: Pick<StoredItem['flags'], 'question' | 'complaint'>;
};

const writtenAt = (item: Pick<StoredItem, 'time' | 'firstSeen'>) => item.time ?? item.firstSeen;

/** Letters and digits folded, so "@Anna_M" and "anna m" compare as words. */
const fold = (text: string) =>
  ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * True when the user's comment speaks to the author: it names their handle or their full name, or their first name
 * (three letters or more) as a word. Site replies often start "@Anna Müller …" or "Hallo Anna, …".
 */
export function addresses(text: string, author: StoredItem['author']): boolean {
  const said = fold(text);
  const handle = author.handle ? fold(author.handle.replace(/^@/, '')) : '';
  if (handle.trim().length >= 2 && said.includes(handle)) return true;
  const name = fold(author.name);
  if (name.trim().length >= 3 && said.includes(name)) return true;
  const first = name.trim().split(' ')[0] ?? '';
  return first.length >= 3 && said.includes(` ${first} `);
}

/**
 * Others' questions and complaints in one thread's items that no comment of the user answers. Answered means: a
 * reply of the user's to that comment, or a later comment of the user's in the thread that addresses its author.
 * A complaint that asks something is a complaint: it is the heavier wait. `at` says when a comment was written; the
 * history's records know it (the page's time, else first read), a page's reads pass their own.
 */
export function waitingIn(items: readonly StoredItem[]): Waiting[];
export function waitingIn<T extends WaitItem>(items: readonly T[], at: (item: T) => number): Waiting<T>[];
export function waitingIn<T extends WaitItem>(
  items: readonly T[],
  at: (item: T) => number = writtenAt as unknown as (item: T) => number,
): Waiting<T>[] {
  const own = items.filter((item) => item.own);
  const out: Waiting<T>[] = [];
  for (const item of items) {
    if (item.own || !(item.flags.question || item.flags.complaint)) continue;
    const written = at(item);
    const answered = own.some(
      (mine) => mine.parentId === item.id || (at(mine) > written && addresses(mine.text, item.author)),
    );
    if (!answered) out.push({ item, kind: item.flags.complaint ? 'complaint' : 'question', at: written });
  }
  return out.sort((a, b) => a.at - b.at);
}
