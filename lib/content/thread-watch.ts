// Watches the thread on the page: one debounced MutationObserver, incremental passes that read only new or changed
// items, analysis per item, marks and badges, and batched history messages per pass. Nothing runs while the page is
// idle (no timers without mutations), and work is cut into slices so no task blocks the page.

import { errorMessage } from '../error-message';
import { COMMENT_CHARS, clip } from '../limits';
import type { WireBatch } from '../messaging';
import type { Settings } from '../settings';
import type { SiteAdapter, ThreadItem } from '../sites/types';
import { wireBatches } from './history-batch';
import { type AnalysedItem, analyseItem } from './item-analysis';
import { toThreadItem } from './read-thread';

export type ThreadStatus = 'searching' | 'recognised' | 'not-recognised' | 'unreadable';

export interface ThreadSnapshot {
  status: ThreadStatus;
  site: SiteAdapter['id'];
  threadId: string | null;
  url: string;
  root: ThreadItem | null;
  items: AnalysedItem[];
}

/** Where a read comment is shown as read: marks on its element and, for flagged ones, a badge in our layer. */
export interface ItemMarks {
  show(element: Element, item: AnalysedItem): void;
  hide(element: Element): void;
  /** The page changed: badges follow their comments. */
  moved(): void;
}

export interface WatchOptions {
  adapter: SiteAdapter;
  settings: () => Settings;
  marks: ItemMarks;
  send: (batch: WireBatch) => void;
  langHint: () => string | undefined;
  now?: () => number;
}

/** Quiet time after the last mutation before a pass runs, and the longest a busy page waits for one. */
const DEBOUNCE_MS = 150;
const MAX_WAIT_MS = 1000;
/** Work per slice before yielding to the page, well under the 50 ms of a long task. */
const SLICE_MS = 8;

export class ThreadWatcher {
  private readonly observer: MutationObserver;
  private readonly now: () => number;
  private root: Element | null = null;
  private threadId: string | null = null;
  private rootItem: ThreadItem | null = null;
  private url = '';
  private status: ThreadStatus = 'searching';
  private items = new Map<string, AnalysedItem>();
  private elements = new Map<string, Element>();
  private order: string[] = [];
  private dirty = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstMutationAt = 0;
  private running = false;
  private again = false;
  private visitSent = false;
  private stopped = false;
  /** The last reading failure: reported in the page status (the popup says the thread was not recognised). */
  lastError: string | null = null;
  /** Grows with every pass that read the page: the draft checker rebuilds its thread context only when it moved. */
  revision = 0;

  constructor(private readonly options: WatchOptions) {
    this.now = options.now ?? Date.now;
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.url = location.href;
    // One observer on the body: sites swap whole threads on navigation, so a root-only observer would go blind.
    // The callback only notes which marked items changed; the reading happens in the debounced pass.
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    this.schedule(0);
  }

  /** Stops reading; with `clean`, also takes back every mark and badge this watcher put into the page. */
  stop(clean = false): void {
    this.stopped = true;
    this.observer.disconnect();
    if (this.timer) clearTimeout(this.timer);
    if (clean) for (const element of this.elements.values()) this.options.marks.hide(element);
  }

  snapshot(): ThreadSnapshot {
    return {
      status: this.status,
      site: this.options.adapter.id,
      threadId: this.threadId,
      url: this.url,
      root: this.rootItem,
      items: this.order.flatMap((id) => this.items.get(id) ?? []),
    };
  }

  /** The thread as the draft checker needs it, without copying the item list (it runs on every keystroke). */
  current(): { threadId: string | null; root: ThreadItem | null; items: ReadonlyMap<string, AnalysedItem> } {
    return { threadId: this.status === 'recognised' ? this.threadId : null, root: this.rootItem, items: this.items };
  }

  /** Brings an item into view (from the side panel's brief). Returns false when it is no longer on the page. */
  scrollTo(id: string): boolean {
    const element = this.elements.get(id);
    if (!element?.isConnected) return false;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  }

  /** Settings changed: badges follow at once; a new watchlist or rule choice means every item is analysed again. */
  refresh(reanalyse: boolean): void {
    if (reanalyse) {
      this.items.clear();
      for (const element of this.elements.values()) this.dirty.add(element);
    }
    for (const [id, element] of this.elements) {
      const item = this.items.get(id);
      if (item && element.isConnected) this.options.marks.show(element, item);
    }
    this.schedule(0);
  }

  private onMutations(records: MutationRecord[]): void {
    let relevant = false;
    for (const record of records) {
      if (isTyping(record)) continue;
      relevant = true;
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      const item = target?.closest('[data-lf-id]');
      if (item) this.dirty.add(item);
    }
    if (!relevant) return;
    this.options.marks.moved();
    this.schedule(DEBOUNCE_MS);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const now = performance.now();
    if (!this.timer) this.firstMutationAt = now;
    else clearTimeout(this.timer);
    // Debounced, but a page that never stops changing (an infinite feed) still gets a pass every MAX_WAIT_MS.
    const wait = Math.max(0, Math.min(delay, this.firstMutationAt + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.pass();
    }, wait);
  }

  private resetThread(): void {
    this.items.clear();
    this.elements.clear();
    this.order = [];
    this.dirty.clear();
    this.visitSent = false;
    this.rootItem = null;
  }

  private async pass(): Promise<void> {
    this.running = true;
    try {
      await this.readPage();
      this.lastError = null;
    } catch (error) {
      // A page that changed shape must not break the page or the extension: note it, show "not recognised".
      this.lastError = errorMessage(error);
      this.status = 'not-recognised';
      console.warn('Listen First: reading the thread failed', error);
    } finally {
      this.running = false;
      if (this.again && !this.stopped) {
        this.again = false;
        this.schedule(DEBOUNCE_MS);
      }
    }
  }

  private async readPage(): Promise<void> {
    const { adapter } = this.options;
    if (location.href !== this.url) {
      this.url = location.href;
      this.root = null;
    }
    if (!this.root?.isConnected) this.root = adapter.findThreadRoot(document);
    if (!this.root) {
      this.status = 'not-recognised';
      return;
    }
    const threadId = adapter.threadId(this.root, new URL(this.url));
    if (!threadId) {
      this.status = 'not-recognised';
      return;
    }
    if (threadId !== this.threadId) {
      this.resetThread();
      this.threadId = threadId;
    }
    this.status = 'recognised';

    const settings = this.options.settings();
    const readOptions = { now: this.now(), ownHandles: ownHandles(settings, adapter) };
    // On a long page, finding the thread, reading its post and listing its items each cost a slice: a task apiece.
    const root = this.root;
    const stillHere = () => !this.stopped && root.isConnected;
    await yieldToPage();
    if (!stillHere()) return;
    const post = adapter.readPost(root);
    this.rootItem = post ? toThreadItem(post, readOptions) : null;
    await yieldToPage();
    if (!stillHere()) return;
    const elements = adapter.findItems(root);
    const order: string[] = [];
    const changed: AnalysedItem[] = [];
    // Reads and writes are kept apart: adapters measure layout (X's reply connector), and a write between two
    // reads would force a fresh layout of the whole page for every item. Writes wait for the end of each slice.
    let writes: [Element, AnalysedItem][] = [];
    const flush = () => {
      for (const [element, item] of writes) this.options.marks.show(element, item);
      writes = [];
    };
    await yieldToPage();
    if (!stillHere()) return;
    let sliceStart = performance.now();
    for (const element of elements) {
      if (performance.now() - sliceStart > SLICE_MS) {
        flush();
        await yieldToPage();
        if (!stillHere()) return;
        sliceStart = performance.now();
      }
      const markedId = element.getAttribute('data-lf-id');
      if (markedId && !this.dirty.has(element) && this.elements.get(markedId) === element && this.items.has(markedId)) {
        order.push(markedId);
        continue;
      }
      const raw = adapter.readItem(element);
      if (!raw) continue;
      const item = clipItem(toThreadItem(raw, readOptions));
      order.push(item.id);
      this.elements.set(item.id, element);
      const previous = this.items.get(item.id);
      const analysed =
        previous && previous.text === item.text
          ? previous
          : analyseItem(item, {
              langHint: this.options.langHint(),
              watchlist: settings.watchlist,
              disabledRules: settings.disabledRules,
              sensitivity: settings.sensitivity,
            });
      if (analysed !== previous) {
        this.items.set(item.id, analysed);
        changed.push(analysed);
      }
      writes.push([element, analysed]);
    }
    flush();
    this.dirty.clear();
    this.order = [...new Set(order)];
    this.revision++;

    if (changed.length > 0 || !this.visitSent) {
      const now = this.now();
      const thread = { id: threadId, url: this.url, root: this.rootItem };
      const visitAt = this.visitSent ? undefined : now;
      // A long first read goes in several messages, each sent in a task of its own: a big message takes time to
      // copy, and the background refuses one over the limit.
      for (const batch of wireBatches(thread, changed, adapter.id, visitAt, now)) {
        if (this.stopped) return;
        this.options.send(batch);
        await yieldToPage();
      }
      this.visitSent = true;
    }
  }
}

/**
 * A comment longer than the limit is analysed and stored in its first COMMENT_CHARS characters, and says so: a
 * 5 MB comment must not hold the page for seconds, nor fill the history.
 */
function clipItem(item: ThreadItem): ThreadItem & { truncated?: true } {
  if (item.text.length <= COMMENT_CHARS) return item;
  return { ...item, text: clip(item.text, COMMENT_CHARS), truncated: true };
}

function ownHandles(settings: Settings, adapter: SiteAdapter): string[] {
  const fromPage = adapter.currentUser?.(document);
  return fromPage ? [...settings.ownHandles, fromPage] : settings.ownHandles;
}

/** Typing in a composer is not news about the thread: the draft checker follows the editor itself. */
function isTyping(record: MutationRecord): boolean {
  const node = record.target;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  // An attribute test, not isContentEditable: that one would force a style update inside the observer callback.
  return element?.closest('[contenteditable]:not([contenteditable="false"])') != null;
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
