// One pass over the page, the only read path: find every thread → read its post and items → analyse → mark → batch.
// The thread watcher only schedules passes and keeps their state; the adapter tests run this same function.
// A feed yields one thread per post; only new or changed items are read and analysed again.

import { COMMENT_CHARS, clip } from '../limits';
import type { WireBatch } from '../messaging';
import { siteLink } from '../sites/registry';
import type { SiteAdapter, ThreadItem } from '../sites/types';
import { findCommentLike } from './comment-like';
import { wireBatches } from './history-batch';
import { type AnalysedItem, analyseItem, type ItemOptions } from './item-analysis';
import { type ReadOptions, toThreadItem } from './read-thread';
import { anyOf } from './submit-detect';

/** Where a read comment is shown as read: marks on its element and, for flagged ones, a badge in our layer. */
export interface ItemMarks {
  show(element: Element, item: AnalysedItem): void;
  hide(element: Element): void;
  /** The page changed: badges follow their comments. */
  moved(): void;
}

/** One thread as the passes know it: what was read, which element shows each item, whether its visit was sent. */
export interface ThreadState {
  id: string;
  /** The thread's own address: the post's permalink on this site where it shows one, else the page's. */
  url: string;
  root: Element;
  post: ThreadItem | null;
  items: Map<string, AnalysedItem>;
  elements: Map<string, Element>;
  /** Item ids in page order. */
  order: string[];
  visitSent: boolean;
}

/** What passes carry from one to the next: the threads by id, in page order, and items the page changed since. */
export interface PageState {
  url: string;
  threads: Map<string, ThreadState>;
  /** Marked item elements whose content changed: read again even though they carry our mark. */
  dirty: Set<Element>;
}

export function newPageState(url: string): PageState {
  return { url, threads: new Map(), dirty: new Set() };
}

export interface PassContext {
  adapter: SiteAdapter;
  doc: Document;
  url: string;
  read: ReadOptions;
  analysis: ItemOptions;
  marks: ItemMarks;
  send(batch: WireBatch): void;
  /** Lets the page run (the watcher waits a task); false when the pass must end (the watcher stopped). */
  yieldToPage(): Promise<boolean>;
  /** Work between two yields; the tests run a pass in one go. */
  sliceMs: number;
  now(): number;
  /** The clock slices are timed by (performance.now unless a test gives its own). */
  clock?: () => number;
}

/**
 * 'unreadable': the page shows a comment box or comment elements, but no comment and no post could be read from it:
 * the site changed shape, and the user is told so instead of being shown an empty thread.
 */
export type PassStatus = 'recognised' | 'not-recognised' | 'unreadable';

/**
 * Reads the page into `state`. Returns 'not-recognised' when no thread is on the page, and 'stopped' when the
 * watcher ended the pass half-way (the state then holds what was read so far, which is consistent).
 */
export async function readPage(passContext: PassContext, state: PageState): Promise<PassStatus | 'stopped'> {
  let context = passContext;
  const { adapter, doc } = context;
  if (state.url !== context.url) {
    // Another address is another visit: every thread starts afresh.
    state.url = context.url;
    state.threads.clear();
    state.dirty.clear();
  }
  // The account the page shows as logged in counts as the user's own, besides the handles in the settings.
  const pageUser = adapter.currentUser?.(doc);
  if (pageUser) context = { ...context, read: { ...context.read, ownHandles: [...context.read.ownHandles, pageUser] } };
  const url = new URL(context.url);
  const roots = adapter.findThreadRoots(doc);
  const found: { id: string; root: Element }[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    const id = adapter.threadId(root, url);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    found.push({ id, root });
  }
  if (!(await context.yieldToPage())) return 'stopped';

  const threads = new Map<string, ThreadState>();
  for (const { id, root } of found) {
    const known = state.threads.get(id);
    const thread: ThreadState = known ?? {
      id,
      url: context.url,
      root,
      post: null,
      items: new Map(),
      elements: new Map(),
      order: [],
      visitSent: false,
    };
    thread.root = root;
    threads.set(id, thread);
  }
  state.threads = threads;
  if (threads.size === 0) return cannotRead(adapter, doc, 0, []) ? 'unreadable' : 'not-recognised';

  // An element belongs to the first thread that lists it: roots that overlap (a dialog over its feed) share nothing.
  const claimed = new Set<Element>();
  for (const thread of threads.values()) {
    if (!(await readThreadPass(context, state, thread, claimed))) return 'stopped';
  }
  // Elements the page changed but took away meanwhile are no longer news.
  for (const element of state.dirty) if (!element.isConnected) state.dirty.delete(element);
  const read = [...threads.values()].some((t) => t.post !== null || t.order.length > 0);
  const threadRoots = [...threads.values()].map((t) => t.root);
  return read || !cannotRead(adapter, doc, claimed.size, threadRoots) ? 'recognised' : 'unreadable';
}

/** Reads, analyses, marks and sends one thread; false when the pass was stopped. */
async function readThreadPass(
  context: PassContext,
  state: PageState,
  thread: ThreadState,
  claimed: Set<Element>,
): Promise<boolean> {
  const { adapter } = context;
  const root = thread.root;
  const alive = async () => (await context.yieldToPage()) && root.isConnected;
  const post = adapter.readPost(root);
  thread.post = post ? toThreadItem(post, context.read) : null;
  // A thread's address is its post's own permalink where that is on this site (the registry's rule), else the page's.
  thread.url = siteLink(thread.post?.permalink, adapter.id) ?? context.url;
  if (!(await alive())) return false;
  const elements = adapter.findItems(root);
  if (!(await alive())) return false;

  const order: string[] = [];
  const inOrder = new Set<string>();
  const changed: AnalysedItem[] = [];
  // Reads and writes are kept apart: adapters measure layout (X's reply connector), and a write between two reads
  // would force a fresh layout of the whole page for every item. Writes wait for the end of each slice.
  let writes: [Element, AnalysedItem][] = [];
  const flush = () => {
    for (const [element, item] of writes) context.marks.show(element, item);
    writes = [];
  };
  const clock = context.clock ?? (() => performance.now());
  let sliceStart = clock();
  for (const element of elements) {
    if (clock() - sliceStart > context.sliceMs) {
      flush();
      if (!(await alive())) return false;
      sliceStart = clock();
    }
    if (claimed.has(element)) continue;
    claimed.add(element);
    const markedId = element.getAttribute('data-lf-id');
    // Taken out of the dirty set as it is read: a change that comes while the pass yields puts it back for the next.
    const dirty = state.dirty.delete(element);
    if (
      markedId &&
      !dirty &&
      thread.elements.get(markedId) === element &&
      thread.items.has(markedId) &&
      !inOrder.has(markedId)
    ) {
      order.push(markedId);
      inOrder.add(markedId);
      continue;
    }
    const raw = adapter.readItem(element);
    if (!raw) continue;
    const item = clipItem(toThreadItem(raw, context.read));
    // An item already read from another element of this pass (a repeated or nested rendering) keeps its first one.
    if (inOrder.has(item.id)) continue;
    order.push(item.id);
    inOrder.add(item.id);
    thread.elements.set(item.id, element);
    const previous = thread.items.get(item.id);
    const analysed = previous && previous.text === item.text ? previous : analyseItem(item, context.analysis);
    if (analysed !== previous) {
      thread.items.set(item.id, analysed);
      changed.push(analysed);
    }
    writes.push([element, analysed]);
  }
  flush();
  thread.order = order;

  if (changed.length > 0 || !thread.visitSent) {
    const now = context.now();
    const visitAt = thread.visitSent ? undefined : now;
    // A long first read goes in several messages, each sent in a task of its own: a big message takes time to copy,
    // and the background refuses one over the limit.
    for (const batch of wireBatches(
      { id: thread.id, url: thread.url, root: thread.post },
      changed,
      adapter.id,
      visitAt,
      now,
    )) {
      context.send(batch);
      if (!(await context.yieldToPage())) return false;
    }
    thread.visitSent = true;
  }
  return true;
}

/**
 * Nothing was read, yet the page shows what a thread is made of: elements our item selectors found (`listed`) that
 * read as nothing, a comment or reply box of the site, or, inside a thread root we found, repeated comment-like blocks
 * (comment-like.ts, structure only). Feeds and timelines without a thread root are not asked: their posts look like
 * comments, and a page without a thread is no failure.
 */
function cannotRead(adapter: SiteAdapter, doc: Document, listed: number, roots: readonly Element[]): boolean {
  if (listed > 0) return true;
  const boxes = anyOf(adapter.composers.specs.filter((spec) => spec.kind !== 'post').flatMap((spec) => spec.editable));
  const excluded = anyOf(adapter.composers.exclude);
  const box = Boolean(boxes) && [...doc.querySelectorAll(boxes)].some((el) => !excluded || !el.closest(excluded));
  return box || roots.some((root) => findCommentLike(root).length >= 2);
}

/** The thread in focus: the one holding the focused element (a composer), else the one most in view, else the first. */
export function focusThread(threads: readonly ThreadState[], doc: Document): ThreadState | null {
  if (threads.length <= 1) return threads[0] ?? null;
  const active = doc.activeElement;
  const holding = active && active !== doc.body ? threads.find((t) => t.root.contains(active)) : undefined;
  if (holding) return holding;
  const height = doc.defaultView?.innerHeight ?? 0;
  let best = threads[0] ?? null;
  let bestShare = -1;
  for (const thread of threads) {
    const rect = thread.root.getBoundingClientRect();
    const share = Math.max(0, Math.min(rect.bottom, height) - Math.max(rect.top, 0));
    if (share > bestShare) [best, bestShare] = [thread, share];
  }
  return best;
}

/**
 * A comment longer than the limit is analysed and stored in its first COMMENT_CHARS characters, and says so: a
 * 5 MB comment must not hold the page for seconds, nor fill the history.
 */
function clipItem(item: ThreadItem): ThreadItem & { truncated?: true } {
  if (item.text.length <= COMMENT_CHARS) return item;
  return { ...item, text: clip(item.text, COMMENT_CHARS), truncated: true };
}
