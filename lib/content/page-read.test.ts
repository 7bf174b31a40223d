// The reading pass over a long thread: it hands the page back between slices (a clock the test moves decides when),
// writes each slice's marks before it yields, and still reads, analyses, marks and sends every item of the thread.
import { describe, expect, it } from 'vitest';
import type { WireBatch } from '../messaging';
import type { RawItem, SiteAdapter } from '../sites/types';
import type { AnalysedItem } from './item-analysis';
import { newPageState, type PassContext, readPage } from './page-read';

const URL_ = 'https://x.com/demo/status/1';

/** Just what the pass asks of an element: its mark attribute and whether it is still in the page. */
class FakeElement {
  attributes = new Map<string, string>();
  isConnected = true;
  constructor(readonly n: number) {}
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
}

function thread(count: number) {
  const root = new FakeElement(-1);
  const items = Array.from({ length: count }, (_, i) => new FakeElement(i));
  const texts = ['Wann liefert ihr endlich?', 'Danke, super Service!', 'Das ist eine Frechheit.', 'Jetzt kaufen!'];
  const adapter = {
    id: 'x',
    composers: { specs: [], submit: [], exclude: [] },
    selectors: {},
    findThreadRoots: () => [root],
    threadId: () => '1',
    readPost: () => null,
    findItems: () => items,
    readItem: (el: FakeElement): RawItem => ({
      id: `c${el.n}`,
      parentId: null,
      author: { name: `Person ${el.n}`, handle: `p${el.n}` },
      text: `${texts[el.n % texts.length]} (${el.n})`,
      time: {},
    }),
  } as unknown as SiteAdapter;
  return { root, items, adapter };
}

function context(adapter: SiteAdapter, events: string[], sent: WireBatch[]): PassContext {
  // Every read of the clock moves it 1 ms: with 10 ms slices the pass yields after eleven items (it yields once a
  // slice took more than its time).
  let time = 0;
  const shown = new Map<unknown, AnalysedItem>();
  return {
    adapter,
    doc: {} as Document,
    url: URL_,
    read: { now: Date.UTC(2026, 11, 6), ownHandles: [] },
    analysis: { langHint: 'de' },
    marks: {
      show: (element, item) => {
        (element as unknown as FakeElement).attributes.set('data-lf-id', item.id);
        shown.set(element, item);
        events.push('mark');
      },
      hide: () => {},
      moved: () => {},
    },
    send: (batch) => sent.push(batch),
    yieldToPage: async () => {
      events.push('yield');
      return true;
    },
    sliceMs: 10,
    now: () => Date.UTC(2026, 11, 6),
    clock: () => time++,
  };
}

describe('readPage on a 1,000-comment thread', () => {
  it('yields between slices and still marks, analyses and sends every item', async () => {
    const { items, adapter } = thread(1000);
    const events: string[] = [];
    const sent: WireBatch[] = [];
    const state = newPageState(URL_);
    expect(await readPage(context(adapter, events, sent), state)).toBe('recognised');

    expect(items.every((el) => el.getAttribute('data-lf-id') === `c${el.n}`)).toBe(true);
    const read = state.threads.get('1');
    expect(read?.order).toHaveLength(1000);
    expect([...(read?.items.values() ?? [])].every((item) => typeof item.tone === 'string')).toBe(true);
    expect(sent.flatMap((b) => b.items.map((i) => i.id))).toEqual(items.map((el) => `c${el.n}`));

    // The items are marked in many slices, each followed by a yield: no slice marks more than the clock allows.
    const marking = events.slice(0, events.lastIndexOf('mark') + 1);
    const slices = marking
      .join(' ')
      .split('yield')
      .map((s) => s.split('mark').length - 1);
    const nonEmpty = slices.filter((n) => n > 0);
    expect(nonEmpty.length).toBeGreaterThanOrEqual(50);
    expect(Math.max(...nonEmpty)).toBeLessThanOrEqual(11);
    expect(nonEmpty.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('reads nothing again on the next pass when nothing changed', async () => {
    const { adapter } = thread(200);
    const sent: WireBatch[] = [];
    const state = newPageState(URL_);
    await readPage(context(adapter, [], sent), state);
    const again: string[] = [];
    await readPage(context(adapter, again, sent), state);
    expect(again.filter((e) => e === 'mark')).toHaveLength(0);
  });
});
