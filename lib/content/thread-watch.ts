// Watches the page's threads: one debounced MutationObserver schedules passes of the one read path (page-read.ts) and
// keeps their state. Nothing runs while the page is idle (no timers without mutations); passes yield between slices.

import { errorMessage } from '../error-message';
import type { WireBatch } from '../messaging';
import type { Settings } from '../settings';
import type { SiteAdapter, ThreadItem } from '../sites/types';
import type { AnalysedItem } from './item-analysis';
import { focusThread, type ItemMarks, newPageState, readPage, type ThreadState } from './page-read';
import { taskYielder } from './yield-task';

export type ThreadStatus = 'searching' | 'recognised' | 'not-recognised' | 'unreadable';

export interface ThreadSnapshot {
  status: ThreadStatus;
  site: SiteAdapter['id'];
  threadId: string | null;
  url: string;
  root: ThreadItem | null;
  items: AnalysedItem[];
  /** How many threads the page shows (a feed shows one per post); the snapshot is of the one in focus. */
  threads: number;
}

export type { ItemMarks };

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
/**
 * Work per slice before yielding to the page: under the 50 ms of a long task with room for one slow item and the
 * slice's writes, and long enough that a 1,000-comment thread is read in a few dozen tasks, not hundreds.
 */
const SLICE_MS = 24;
const yieldToPage = taskYielder();

export class ThreadWatcher {
  private readonly observer: MutationObserver;
  private readonly now: () => number;
  private state = newPageState('');
  private status: ThreadStatus = 'searching';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstMutationAt = 0;
  private running = false;
  private again = false;
  private stopped = false;
  private reanalyseAfterPass = false;
  /** The last reading failure: reported in the page status (the popup says the thread was not recognised). */
  lastError: string | null = null;
  /** Grows with every pass that read the page: the draft checker rebuilds its thread context only when it moved. */
  revision = 0;

  constructor(private readonly options: WatchOptions) {
    this.now = options.now ?? Date.now;
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.state = newPageState(location.href);
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
    if (clean)
      for (const thread of this.state.threads.values())
        for (const el of thread.elements.values()) this.options.marks.hide(el);
  }

  private focus(): ThreadState | null {
    return focusThread([...this.state.threads.values()], document);
  }

  snapshot(): ThreadSnapshot {
    const thread = this.focus();
    return {
      status: this.status,
      site: this.options.adapter.id,
      threadId: thread?.id ?? null,
      url: thread?.url ?? this.state.url,
      root: thread?.post ?? null,
      items: thread ? thread.order.flatMap((id) => thread.items.get(id) ?? []) : [],
      threads: this.state.threads.size,
    };
  }

  /** The thread as the draft checker needs it, without copying the item list (it runs on every keystroke). */
  current(): { threadId: string | null; root: ThreadItem | null; items: ReadonlyMap<string, AnalysedItem> } {
    const thread = this.status === 'recognised' ? this.focus() : null;
    return { threadId: thread?.id ?? null, root: thread?.post ?? null, items: thread?.items ?? new Map() };
  }

  /** Brings an item into view (from the side panel's brief). Returns false when it is no longer on the page. */
  scrollTo(id: string): boolean {
    for (const thread of this.state.threads.values()) {
      const element = thread.elements.get(id);
      if (!element?.isConnected) continue;
      element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return true;
    }
    return false;
  }

  /** Settings changed: badges follow at once; a new watchlist or rule choice means every item is analysed again. */
  refresh(reanalyse: boolean): void {
    // A pass under way analyses with the settings it started with: it finishes first, then everything is analysed
    // again (dropping the analyses now would let that pass store old ones as new).
    if (reanalyse && this.running) this.reanalyseAfterPass = true;
    else if (reanalyse) this.dropAnalyses();
    for (const thread of this.state.threads.values()) {
      for (const [id, element] of thread.elements) {
        const item = thread.items.get(id);
        if (item && element.isConnected) this.options.marks.show(element, item);
      }
    }
    this.schedule(0);
  }

  /** Forgets every analysis: the next pass reads and analyses each item again. */
  private dropAnalyses(): void {
    for (const thread of this.state.threads.values()) {
      thread.items.clear();
      for (const element of thread.elements.values()) this.state.dirty.add(element);
    }
  }

  private onMutations(records: MutationRecord[]): void {
    let relevant = false;
    for (const record of records) {
      if (isTyping(record)) continue;
      relevant = true;
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      const item = target?.closest('[data-lf-id]');
      if (item) this.state.dirty.add(item);
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

  private async pass(): Promise<void> {
    this.running = true;
    try {
      const settings = this.options.settings();
      const { adapter } = this.options;
      const outcome = await readPage(
        {
          adapter,
          doc: document,
          url: location.href,
          read: { now: this.now(), ownHandles: settings.ownHandles },
          analysis: {
            langHint: this.options.langHint(),
            watchlist: settings.watchlist,
            disabledRules: settings.disabledRules,
            sensitivity: settings.sensitivity,
          },
          marks: this.options.marks,
          send: this.options.send,
          yieldToPage: async () => {
            await yieldToPage();
            return !this.stopped;
          },
          sliceMs: SLICE_MS,
          now: this.now,
        },
        this.state,
      );
      if (outcome !== 'stopped') this.status = outcome;
      this.revision++;
      this.lastError = null;
    } catch (error) {
      // A page that changed shape must not break the page or the extension: note it, show "not recognised".
      this.lastError = errorMessage(error);
      this.status = 'not-recognised';
      console.warn('Listen First: reading the thread failed', error);
    } finally {
      this.running = false;
      if (this.reanalyseAfterPass) {
        this.reanalyseAfterPass = false;
        this.dropAnalyses();
        this.again = true;
      }
      if (this.again && !this.stopped) {
        this.again = false;
        this.schedule(DEBOUNCE_MS);
      }
    }
  }
}

/** Typing in a composer is not news about the thread: the draft checker follows the editor itself. */
function isTyping(record: MutationRecord): boolean {
  const node = record.target;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  // An attribute test, not isContentEditable: that one would force a style update inside the observer callback.
  return element?.closest('[contenteditable]:not([contenteditable="false"])') != null;
}
