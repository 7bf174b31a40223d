// Which comments came on screen during this visit: an IntersectionObserver on each read comment (nothing the page can
// see or forge), saved to the history in small batches, and what the history says was seen in earlier visits.
import { ITEMS_PER_BATCH } from '../limits';
import type { AnalysedItem } from './item-analysis';
import { type Unread, unreadIn } from './unread';

export interface SeenOptions {
  /** Tells the history these comments were on screen in this visit. */
  save(ids: string[]): void;
  /** Asks the history which of a thread's comments were seen; null when it cannot say. */
  ask(threadId: string): Promise<{ ids: string[] } | null>;
  /** The counts may have moved (a comment came on screen, the history answered): the note redraws. */
  changed(): void;
}

/** Quiet time before newly seen comments are saved: a scroll through a thread sends one message, not dozens. */
const SAVE_AFTER_MS = 1_000;
/** Longest wait for an idle moment before new comments are watched anyway (a page that is never idle). */
const OBSERVE_WITHIN_MS = 1_000;

export class SeenWatch {
  private readonly observer: IntersectionObserver;
  private readonly idOf = new WeakMap<Element, string>();
  private readonly seen = new Set<string>();
  /** Per thread: the ids the history knows as seen; null while it is being asked. */
  private readonly before = new Map<string, ReadonlySet<string> | null>();
  private pending: string[] = [];
  /** Elements waiting for an idle moment to be watched. */
  private readonly queued = new Set<Element>();
  private idle: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  /** Grows whenever what counts as seen changes, so callers can keep a computed count until it does. */
  version = 0;

  constructor(private readonly options: SeenOptions) {
    // Several thresholds: a long comment crosses "half the screen" between them, not at 0.5 of itself.
    this.observer = new IntersectionObserver((entries) => this.onEntries(entries), {
      threshold: [0, 0.25, 0.5, 0.75, 1],
    });
  }

  /**
   * Watches a read comment's element until it has been on screen once. Handed to the observer when the page is idle:
   * every watched element is measured in each frame the layout changes, and a pass marking 1,000 comments changes it
   * in many frames.
   */
  observe(element: Element, id: string): void {
    if (this.stopped || this.seen.has(id)) return;
    this.idOf.set(element, id);
    this.queued.add(element);
    this.idle ??= requestIdleCallback(() => this.observeQueued(), { timeout: OBSERVE_WITHIN_MS });
  }

  unobserve(element: Element): void {
    this.queued.delete(element);
    this.observer.unobserve(element);
  }

  /** Others' comments of the thread not seen, in this visit or any earlier one; null until the history answered. */
  unread(threadId: string, items: readonly AnalysedItem[], now: number): Unread | null {
    const before = this.before.get(threadId);
    if (before === undefined) this.ask(threadId);
    if (!before) return null;
    return unreadIn(items, (id) => this.seen.has(id) || before.has(id), now);
  }

  /** Saves what is pending (the page is going away) and stops watching. */
  stop(): void {
    this.flush();
    this.stopped = true;
    this.observer.disconnect();
    this.queued.clear();
    if (this.idle !== null) cancelIdleCallback(this.idle);
    if (this.timer) clearTimeout(this.timer);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (let i = 0; i < this.pending.length; i += ITEMS_PER_BATCH)
      this.options.save(this.pending.slice(i, i + ITEMS_PER_BATCH));
    this.pending = [];
  }

  private observeQueued(): void {
    this.idle = null;
    if (this.stopped) return;
    for (const element of this.queued) this.observer.observe(element);
    this.queued.clear();
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    let added = false;
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      // Seen: half of it on screen, or half the screen filled by it (a comment taller than the window).
      const screen = entry.rootBounds?.height ?? window.innerHeight;
      if (entry.intersectionRatio < 0.5 && entry.intersectionRect.height < screen / 2) continue;
      const id = this.idOf.get(entry.target);
      this.observer.unobserve(entry.target);
      if (id === undefined || this.seen.has(id)) continue;
      this.seen.add(id);
      this.pending.push(id);
      added = true;
    }
    if (!added) return;
    this.version++;
    // Saved a moment later, also so that the comment's own batch (sent by the same pass) is stored first.
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SAVE_AFTER_MS);
    this.options.changed();
  }

  private ask(threadId: string): void {
    this.before.set(threadId, null);
    const answer = (ids: readonly string[]) => {
      this.before.set(threadId, new Set(ids));
      this.version++;
      this.options.changed();
    };
    // Without the history, only this visit's screen counts: better a note too many than none.
    this.options.ask(threadId).then(
      (seen) => answer(seen?.ids ?? []),
      () => answer([]),
    );
  }
}
