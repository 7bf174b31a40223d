// When a comment counts as seen (half of it on screen, or half the screen filled by it), that it is saved once and
// in one message per quiet second, and that the note's count waits for the history's answer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysedItem } from './item-analysis';
import { SeenWatch } from './seen-watch';

/** The browser's observer, reduced to what the tests deliver: the callback and what is observed. */
class FakeObserver {
  static last: FakeObserver;
  readonly observed = new Set<object>();
  constructor(readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.last = this;
  }
  observe(target: object) {
    this.observed.add(target);
  }
  unobserve(target: object) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
}

/** Stands for a comment's element: the watch only passes it to the observer and keys its map by it. */
const element = () => ({}) as Element;

const SCREEN = 800;
function entry(target: object, ratio: number, height: number): IntersectionObserverEntry {
  return {
    target,
    isIntersecting: ratio > 0,
    intersectionRatio: ratio,
    intersectionRect: { height },
    rootBounds: { height: SCREEN },
  } as unknown as IntersectionObserverEntry;
}

const item = (id: string, question = false): AnalysedItem => ({
  id,
  parentId: null,
  author: { name: `Author ${id}` },
  text: `Comment ${id}`,
  time: 0,
  own: false,
  tone: 'neutral',
  toneScore: 0,
  flags: { hostile: false, promotional: false, complaint: false, question, watchlist: [] },
});

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  // Idle moments come as timers here: vi.advanceTimersByTime(0) is "the page went idle".
  vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('SeenWatch', () => {
  it('counts a comment half on screen, or one filling half the screen, and saves each once', async () => {
    const save = vi.fn();
    const changed = vi.fn();
    let answer: (value: { ids: string[] } | null) => void = () => {};
    const ask = vi.fn(() => new Promise<{ ids: string[] } | null>((resolve) => (answer = resolve)));
    const watch = new SeenWatch({ save, ask, changed });
    const [a, b, tall] = [element(), element(), element()];
    watch.observe(a, 'a');
    watch.observe(b, 'b');
    watch.observe(tall, 'tall');
    // Watched once the page is idle, not while a pass is marking comments.
    expect(FakeObserver.last.observed.size).toBe(0);
    vi.advanceTimersByTime(0);
    expect(FakeObserver.last.observed.size).toBe(3);
    const items = [item('a', true), item('b', true), item('tall'), item('old', true)];

    // Until the history answers, there is no count.
    expect(watch.unread('t1', items, 0)).toBeNull();
    expect(ask).toHaveBeenCalledTimes(1);
    answer({ ids: ['old'] });
    await Promise.resolve();
    expect(changed).toHaveBeenCalledTimes(1);
    expect(watch.unread('t1', items, 0)).toEqual({ ids: ['a', 'b', 'tall'], waiting: 2 });

    const { callback } = FakeObserver.last;
    // A sliver of a, a third of b: neither is read. A tall comment showing a fifth of itself over half the screen is.
    callback([entry(a, 0.1, 10), entry(b, 0.3, 30), entry(tall, 0.2, SCREEN / 2 + 1)]);
    expect(watch.unread('t1', items, 0)).toEqual({ ids: ['a', 'b'], waiting: 2 });
    callback([entry(a, 0.5, 50)]);
    expect(watch.unread('t1', items, 0)).toEqual({ ids: ['b'], waiting: 1 });
    expect(changed).toHaveBeenCalledTimes(3);
    // Seen comments are no longer watched; the same comment again changes nothing.
    expect(FakeObserver.last.observed.has(a)).toBe(false);
    callback([entry(a, 1, 100)]);
    expect(changed).toHaveBeenCalledTimes(3);

    // Saved once, together, after a quiet second.
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(save).toHaveBeenCalledExactlyOnceWith(['tall', 'a']);
    // A seen comment's new element (the site drew it again) is not watched again.
    const again = element();
    watch.observe(again, 'a');
    vi.advanceTimersByTime(0);
    expect(FakeObserver.last.observed.has(again)).toBe(false);
    expect(watch.unread('t1', items, 0)).toEqual({ ids: ['b'], waiting: 1 });
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('counts only this visit’s screen when the history cannot answer, and saves what is pending when stopped', async () => {
    const save = vi.fn();
    const watch = new SeenWatch({ save, ask: () => Promise.reject(new Error('gone')), changed: () => {} });
    const el = element();
    watch.observe(el, 'x');
    vi.advanceTimersByTime(0);
    expect(watch.unread('t', [item('x'), item('y')], 0)).toBeNull();
    await Promise.resolve();
    await Promise.resolve();
    expect(watch.unread('t', [item('x'), item('y')], 0)).toEqual({ ids: ['x', 'y'], waiting: 0 });
    FakeObserver.last.callback([entry(el, 1, 40)]);
    watch.stop();
    expect(save).toHaveBeenCalledExactlyOnceWith(['x']);
    vi.advanceTimersByTime(5_000);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
