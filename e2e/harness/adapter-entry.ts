// Injected into fixture pages by adapter tests: runs the one read path (lib/content/page-read.ts) on the page with a
// fresh state, recording marks and history messages instead of writing them, and exposes the result on window.__lf.
import { findCommentLike } from '../../lib/content/comment-like';
import { focusThread, newPageState, readPage, type ThreadState } from '../../lib/content/page-read';
import type { WireBatch } from '../../lib/messaging';
import { ADAPTERS } from '../../lib/sites/adapters';
import type { SiteId } from '../../lib/sites/registry';
import type { SelectorList, Thread } from '../../lib/sites/types';

interface PageReading {
  status: string;
  threads: Thread[];
  /** Every element the pass would mark, in the order it marked them: the item id and the element's tag. */
  marks: { id: string; tag: string; thread: string }[];
  batches: WireBatch[];
  /** The index in `threads` of the thread the watcher would show in the popup (focus, else most in view). */
  focus: number;
}

async function read(site: SiteId, now: number, ownHandles: string[]): Promise<PageReading> {
  const state = newPageState(location.href);
  const marks: PageReading['marks'] = [];
  const batches: WireBatch[] = [];
  const marked = new Map<Element, string>();
  const status = await readPage(
    {
      adapter: ADAPTERS[site],
      doc: document,
      url: location.href,
      read: { now, ownHandles },
      analysis: { langHint: document.documentElement.lang || undefined },
      marks: {
        show: (element, item) => {
          marked.set(element, item.id);
          marks.push({ id: item.id, tag: element.tagName, thread: '' });
        },
        hide: () => undefined,
        moved: () => undefined,
      },
      send: (batch) => batches.push(batch),
      yieldToPage: async () => true,
      sliceMs: Number.POSITIVE_INFINITY,
      now: () => now,
    },
    state,
  );
  const list = [...state.threads.values()];
  for (const mark of marks)
    mark.thread = list.find((t) => [...t.elements.values()].some((el) => marked.get(el) === mark.id))?.id ?? '';
  const focused = focusThread(list, document);
  return {
    status,
    threads: list.map((t) => asThread(site, t)),
    marks,
    batches,
    focus: focused ? list.indexOf(focused) : -1,
  };
}

/** The elements the one read path marks as items on this page: the true comments, by identity. */
async function markedElements(site: SiteId, now: number): Promise<Set<Element>> {
  const marked = new Set<Element>();
  await readPage(
    {
      adapter: ADAPTERS[site],
      doc: document,
      url: location.href,
      read: { now, ownHandles: [] },
      analysis: { langHint: document.documentElement.lang || undefined },
      marks: { show: (element) => marked.add(element), hide: () => undefined, moved: () => undefined },
      send: () => undefined,
      yieldToPage: async () => true,
      sliceMs: Number.POSITIVE_INFINITY,
      now: () => now,
    },
    newPageState(location.href),
  );
  return marked;
}

/** How the structural fallback (lib/content/comment-like.ts) fares against the adapter's own marks on this page. */
async function commentLikeFigures(site: SiteId, now: number) {
  const truth = await markedElements(site, now);
  const found = findCommentLike(document.body, { now });
  const trueList = [...truth];
  const recalled = new Set<Element>();
  const misses: string[] = [];
  let hits = 0;
  for (const block of found) {
    // A hit is a true comment, a part of one (the innermost), or a block around exactly one.
    const inside = trueList.filter((t) => t.contains(block));
    const around = trueList.filter((t) => block.contains(t));
    const match = truth.has(block)
      ? block
      : inside.length
        ? inside.reduce((a, b) => (a.contains(b) ? b : a))
        : around.length === 1
          ? around[0]
          : null;
    if (match) {
      hits++;
      recalled.add(match);
    } else misses.push(`${block.localName}: ${(block.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80)}`);
  }
  return {
    truth: truth.size,
    found: found.length,
    hits,
    nonComments: found.length - hits,
    recalled: recalled.size,
    misses,
  };
}

function asThread(site: SiteId, t: ThreadState): Thread {
  return {
    site,
    id: t.id,
    url: t.url,
    root: t.post,
    // The tests compare what was read: the analysis fields are the engine's, checked in its own tests.
    items: t.order.flatMap((id) => {
      const item = t.items.get(id);
      if (!item) return [];
      const { tone: _t, toneScore: _s, flags: _f, ...read } = item;
      return [read];
    }),
  };
}

const api = {
  readPage: read,
  /** The thread in focus (the only one on a post page), as the popup shows it; null when the page shows none. */
  async readThread(site: SiteId, now: number, ownHandles: string[] = []): Promise<Thread | null> {
    const reading = await read(site, now, ownHandles);
    return reading.threads[reading.focus] ?? null;
  },
  /** Item ids in document order, with the tag of their element: to check what is marked where. */
  async itemElements(site: SiteId, now: number) {
    const reading = await read(site, now, []);
    return reading.marks.map(({ id, tag }) => ({ id, tag }));
  },
  /** The structural fallback's blocks on this page, scored against the elements the adapter marks. */
  commentLike: commentLikeFigures,
  /** How many elements each alternative of each named selector matches on this page. */
  selectorCounts(site: SiteId) {
    const lists = ADAPTERS[site].selectors as Record<string, SelectorList>;
    return Object.fromEntries(
      Object.entries(lists).map(([name, list]) => [
        name,
        list.map((alt) => ({ selector: alt.selector, count: document.querySelectorAll(alt.selector).length })),
      ]),
    );
  },
};

(window as unknown as { __lf: typeof api }).__lf = api;
