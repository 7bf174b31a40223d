// What the composer's "listen first" note counts: others' comments in the thread that the user has not had on screen,
// and how many questions or complaints among them still wait for an answer. Pure, so it is tested without a browser.
import { waitingIn } from '../queue/waiting';
import type { AnalysedItem } from './item-analysis';

export interface Unread {
  /** Others' comments not seen, in the order given. */
  ids: string[];
  /** Those of them that are questions or complaints nobody of the user's answered (the queue's rule). */
  waiting: number;
}

/** `now` stands in for a comment's time where the page showed none: read now, as the history would record it. */
export function unreadIn(items: readonly AnalysedItem[], seen: (id: string) => boolean, now: number): Unread {
  const ids = items.filter((item) => !item.own && !seen(item.id)).map((item) => item.id);
  if (ids.length === 0) return { ids, waiting: 0 };
  const unread = new Set(ids);
  // The whole thread goes in: an answer the user already gave may sit among the seen comments.
  const waiting = waitingIn(items, (item) => item.time ?? now).filter((w) => unread.has(w.item.id)).length;
  return { ids, waiting };
}
