// The background's real handler table with forged senders and messages on a fake-indexeddb history: what a
// compromised page, another extension or a broken script sends is dropped, counted, answered as a failure, and never
// stored; a content script reads and writes only its own site's threads.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordDraft } from '../db/drafts';
import { saveBatch } from '../db/history';
import {
  COMMENT_CHARS,
  DRAFT_STORED_CHARS,
  FINDINGS_PER_DRAFT,
  ID_CHARS,
  ITEMS_PER_BATCH,
  REPEAT_CHECK_CHARS,
  ROOT_TEXT_CHARS,
  URL_CHARS,
} from '../limits';
import { handleMessages } from '../messaging';
import {
  batch,
  contentSender,
  draft,
  item,
  LINKEDIN_POST,
  pageSender,
  setup,
  storedDraft,
  WEIGHTS_BASE64,
  XING_POST,
} from './test-fixtures';

const YEAR_275000 = Date.UTC(275_000, 0, 1);
const linkedin = contentSender(LINKEDIN_POST);
const xing = contentSender(XING_POST);

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('history:save', () => {
  it('stores a well-formed batch under the sender’s site, known fields only', async () => {
    const { db, send } = setup();
    const sloppy = { ...item('c1'), html: '<b>x</b>', key: 'xing:evil', site: 'xing' };
    const message = { batch: { ...batch([sloppy]), thread: { ...batch([]).thread, site: 'xing' }, extra: 1 } };
    expect(await send('history:save', message, linkedin)).toEqual({ saved: true });
    const thread = await db.threads.get('linkedin:urn:li:activity:1');
    expect(thread?.site).toBe('linkedin');
    const stored = await db.items.get('linkedin:c1');
    expect(stored).toMatchObject({ site: 'linkedin', threadKey: 'linkedin:urn:li:activity:1' });
    expect(stored).not.toHaveProperty('html');
    expect(await db.items.get('xing:evil')).toBeUndefined();
  });

  it('refuses senders that are not a content script', async () => {
    const { send, stored, drops } = setup();
    const message = { batch: batch([item('c1')]) };
    expect(await send('history:save', message, pageSender())).toEqual({ saved: false });
    expect(await send('history:save', message, { ...linkedin, id: 'other-extension' })).toEqual({ saved: false });
    expect(await send('history:save', message, contentSender('https://example.com/'))).toEqual({ saved: false });
    expect(await send('history:save', message, contentSender('http://www.linkedin.com/feed/'))).toEqual({
      saved: false,
    });
    expect(await send('history:save', message, contentSender('https://www.linkedin.com.evil.example/'))).toEqual({
      saved: false,
    });
    expect(await send('history:save', message, { ...linkedin, frameId: 2 })).toEqual({ saved: false });
    expect(await stored()).toBe(0);
    expect(drops.count('history:save', 'sender')).toBe(6);
    // One warning per reason, however often it happens.
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('lets a Xing content script write no LinkedIn thread', async () => {
    const { send, stored, drops } = setup();
    expect(await send('history:save', { batch: batch([item('c1')]) }, xing)).toEqual({ saved: false });
    // Its own thread with one LinkedIn permalink or profile among the comments: refused whole.
    const own = (items = [item('c1', { permalink: undefined, author: { name: 'A' } })]) => ({
      batch: batch(items, { thread: { id: 'post-1', url: XING_POST } }),
    });
    expect(await send('history:save', own([item('c1', { author: { name: 'A' } })]), xing)).toEqual({ saved: false });
    expect(await send('history:save', own([item('c1', { permalink: undefined })]), xing)).toEqual({ saved: false });
    expect(await stored()).toBe(0);
    expect(drops.count('history:save', 'site')).toBe(3);
    expect(await send('history:save', own(), xing)).toEqual({ saved: true });
  });

  it.each([
    ['a javascript: thread address', batch([], { thread: { id: '1', url: 'javascript:alert(1)' } })],
    ['an http: thread address', batch([], { thread: { id: '1', url: 'http://www.linkedin.com/feed/update/1/' } })],
    ['a javascript: permalink', batch([item('c1', { permalink: 'javascript:alert(1)' })])],
    ['a data: profile', batch([item('c1', { author: { name: 'A', profileUrl: 'data:text/html,x' } })])],
    ['an address past URL_CHARS', batch([], { thread: { id: '1', url: `${LINKEDIN_POST}${'a'.repeat(URL_CHARS)}` } })],
    ['a visit in the year 275,000', batch([], { visitAt: YEAR_275000 })],
    ['a visit before 2004', batch([], { visitAt: Date.UTC(2003, 11, 31) })],
    ['a visit two days ahead', batch([], { visitAt: Date.now() + 2 * 86_400_000 })],
    ['a fractional visit time', batch([], { visitAt: Date.now() - 0.5 })],
    ['a comment time of NaN', batch([item('c1', { time: Number.NaN })])],
    ['a comment time of Infinity', batch([item('c1', { time: Number.POSITIVE_INFINITY })])],
    ['a comment time of 9e15', batch([item('c1', { time: 9e15 })])],
    ['a tone score of 2', batch([item('c1', { toneScore: 2 })])],
    ['a tone score of NaN', batch([item('c1', { toneScore: Number.NaN })])],
    ['an unknown tone', batch([item('c1', { tone: 'angry' as never })])],
    ['a comment past COMMENT_CHARS', batch([item('c1', { text: 'x'.repeat(COMMENT_CHARS + 1) })])],
    // UTF-16 units, as `clip` counts: zod's own string bound counts code points and would let this through.
    ['emoji past COMMENT_CHARS units', batch([item('c1', { text: `${'😀'.repeat(COMMENT_CHARS / 2)}x` })])],
    [
      'a root text past ROOT_TEXT_CHARS',
      batch([], { thread: { id: '1', url: LINKEDIN_POST, rootText: 'r'.repeat(ROOT_TEXT_CHARS + 1) } }),
    ],
    ['an id past ID_CHARS', batch([item('i'.repeat(ID_CHARS + 1))])],
    ['an empty id', batch([item('')])],
    ['more items than ITEMS_PER_BATCH', batch(Array.from({ length: ITEMS_PER_BATCH + 1 }, (_, i) => item(`c${i}`)))],
    ['201 watchlist words', batch([item('c1', { flags: { ...item('c1').flags, watchlist: Array(201).fill('w') } })])],
    [
      'a watchlist word that is a number',
      batch([item('c1', { flags: { ...item('c1').flags, watchlist: [1 as never] } })]),
    ],
    ['"own" as a string', batch([item('c1', { own: 'yes' as never })])],
    ['items that are no list', { ...batch([]), items: { 0: item('c1') } as never }],
    ['a truncated flag that is not true', batch([item('c1', { truncated: 'yes' as never })])],
  ])('refuses %s, storing nothing', async (_name, forged) => {
    const { send, stored, drops } = setup();
    expect(await send('history:save', { batch: forged }, linkedin)).toEqual({ saved: false });
    expect(await stored()).toBe(0);
    expect(drops.count('history:save', 'shape')).toBe(1);
  });

  it('refuses a message without a batch, or with one that is not an object', async () => {
    const { send, drops } = setup();
    expect(await send('history:save', {}, linkedin)).toEqual({ saved: false });
    expect(await send('history:save', { batch: 'x' }, linkedin)).toEqual({ saved: false });
    expect(await send('history:save', { batch: null }, linkedin)).toEqual({ saved: false });
    expect(drops.count('history:save', 'shape')).toBe(3);
  });
});

describe('draft:record', () => {
  it('stores a submit under the sender’s site and builds the thread key from it', async () => {
    const { db, send } = setup();
    const message = { draft: { ...draft(), site: 'x', threadKey: 'x:1', id: 99, words: ['injected'] } };
    expect(await send('draft:record', message, linkedin)).toEqual({ saved: true });
    const [row] = await db.drafts.toArray();
    expect(row).toMatchObject({ site: 'linkedin', threadKey: 'linkedin:urn:li:activity:1' });
    expect(row).not.toHaveProperty('threadId');
    expect(row?.id).not.toBe(99);
    expect(row?.words).not.toContain('injected');
    expect(await send('draft:record', { draft: draft({ threadId: null }) }, linkedin)).toEqual({ saved: true });
    expect((await db.drafts.toArray())[1]?.threadKey).toBeNull();
  });

  it.each([
    ['from an extension page', { draft: draft() }, pageSender(), 'sender'],
    ['from a Xing page about a LinkedIn address', { draft: draft() }, xing, 'site'],
    ['with a javascript: address', { draft: draft({ url: 'javascript:alert(1)' }) }, linkedin, 'shape'],
    ['in the year 275,000', { draft: draft({ at: YEAR_275000 }) }, linkedin, 'shape'],
    ['at NaN', { draft: draft({ at: Number.NaN }) }, linkedin, 'shape'],
    [
      'with a text past DRAFT_STORED_CHARS',
      { draft: draft({ text: 'x'.repeat(DRAFT_STORED_CHARS + 1) }) },
      linkedin,
      'shape',
    ],
    [
      'with more findings than FINDINGS_PER_DRAFT',
      {
        draft: draft({
          findings: Array(FINDINGS_PER_DRAFT + 1).fill({ ruleId: 'r', category: 'spam', severity: 'warn' }),
        }),
      },
      linkedin,
      'shape',
    ],
    ['with a negative length', { draft: draft({ chars: -1 }) }, linkedin, 'shape'],
    ['with an unknown outcome', { draft: draft({ outcome: 'posted' as never }) }, linkedin, 'shape'],
    ['with an empty thread id', { draft: draft({ threadId: '' }) }, linkedin, 'shape'],
  ] as const)('refuses a submit %s', async (_name, message, sender, reason) => {
    const { send, stored, drops } = setup();
    expect(await send('draft:record', message, sender)).toEqual({ saved: false });
    expect(await stored()).toBe(0);
    expect(drops.count('draft:record', reason)).toBe(1);
  });
});

describe('draft:context', () => {
  it("counts the sender's site only: in this thread, and since local midnight", async () => {
    const { db, send } = setup();
    await recordDraft(db, storedDraft('linkedin', 'linkedin:1'));
    await recordDraft(db, storedDraft('linkedin', 'linkedin:1', { outcome: 'abandoned' }));
    await recordDraft(db, storedDraft('xing', 'xing:1'));
    await recordDraft(db, storedDraft('xing', 'xing:1'));
    expect(await send('draft:context', { threadId: '1' }, linkedin)).toEqual({ inThread: 1, today: 1 });
    expect(await send('draft:context', { threadId: '1' }, xing)).toEqual({ inThread: 2, today: 2 });
    expect(await send('draft:context', { threadId: null }, xing)).toEqual({ inThread: 0, today: 2 });
  });

  it('answers null to pages, other extensions and malformed ids', async () => {
    const { send, drops } = setup();
    expect(await send('draft:context', { threadId: '1' }, pageSender())).toBeNull();
    expect(await send('draft:context', { threadId: '1' }, { ...linkedin, id: 'other' })).toBeNull();
    expect(await send('draft:context', { threadId: 5 }, linkedin)).toBeNull();
    expect(await send('draft:context', { threadId: 'i'.repeat(ID_CHARS + 1) }, linkedin)).toBeNull();
    expect(await send('draft:context', {}, linkedin)).toBeNull();
    expect(drops.count('draft:context', 'sender')).toBe(2);
    expect(drops.count('draft:context', 'shape')).toBe(3);
  });
});

describe('draft:repeat', () => {
  const TEXT = 'Vielen Dank für Ihre Nachricht, wir melden uns innerhalb von zwei Werktagen bei Ihnen.';

  async function seeded() {
    const context = setup();
    const earlier = { at: Date.now() - 3_600_000, text: TEXT };
    await recordDraft(context.db, storedDraft('xing', 'xing:1', earlier));
    await recordDraft(context.db, storedDraft('linkedin', 'linkedin:1', { ...earlier, outcome: 'abandoned' }));
    await recordDraft(
      context.db,
      storedDraft('linkedin', 'linkedin:2', { ...earlier, at: Date.now() - 15 * 86_400_000 }),
    );
    return context;
  }

  it("compares with the sender's own site's posts of two weeks only, and answers a number, never a text", async () => {
    const { send, db } = await seeded();
    expect(await send('draft:repeat', { text: TEXT }, xing)).toEqual({ similarity: 1 });
    // LinkedIn has the same text only abandoned or too old.
    expect(await send('draft:repeat', { text: TEXT }, linkedin)).toEqual({ similarity: 0 });
    await recordDraft(db, storedDraft('linkedin', null, { text: `${TEXT} Beste Grüße` }));
    const answer = (await send('draft:repeat', { text: TEXT }, linkedin)) as { similarity: number };
    expect(Object.keys(answer)).toEqual(['similarity']);
    expect(answer.similarity).toBeGreaterThan(0.8);
    expect(answer.similarity).toBeLessThan(1);
  });

  it('refuses pages, oversized and non-string texts', async () => {
    const { send, drops } = await seeded();
    expect(await send('draft:repeat', { text: TEXT }, pageSender())).toBeNull();
    expect(await send('draft:repeat', { text: 'x '.repeat(REPEAT_CHECK_CHARS) }, xing)).toBeNull();
    expect(await send('draft:repeat', { text: ['a'] }, xing)).toBeNull();
    expect(drops.count('draft:repeat', 'sender')).toBe(1);
    expect(drops.count('draft:repeat', 'shape')).toBe(2);
  });
});

describe('models:weights', () => {
  it('hands a content script the weights file, and a page or a failed read nothing', async () => {
    const { send, drops, weights } = setup();
    expect(await send('models:weights', {}, xing)).toEqual({ base64: WEIGHTS_BASE64 });
    expect(await send('models:weights', {}, pageSender())).toBeNull();
    expect(drops.count('models:weights', 'sender')).toBe(1);
    weights.mockRejectedValueOnce(new Error('no file'));
    expect(await send('models:weights', {}, linkedin)).toBeNull();
  });
});

describe('history:seen and history:seen-in', () => {
  it("mark and answer the sender's site only, and refuse pages and malformed ids", async () => {
    const { db, send, drops } = setup();
    const now = Date.now();
    await saveBatch(db, { thread: { site: 'xing', id: 'p1', url: XING_POST }, items: [item('c1'), item('c2')] }, now);
    await saveBatch(db, { thread: { site: 'linkedin', id: 'p1', url: LINKEDIN_POST }, items: [item('c1')] }, now);
    expect(await send('history:seen', { ids: ['c1'], visit: now }, xing)).toEqual({ saved: true });
    expect(await send('history:seen-in', { threadId: 'p1', visit: now }, xing)).toEqual({ ids: ['c1'] });
    // The same id on LinkedIn is another comment: it stays unseen.
    expect((await db.items.get('linkedin:c1'))?.seenAt).toBeUndefined();
    expect(await send('history:seen-in', { threadId: 'p1', visit: now }, linkedin)).toEqual({ ids: [] });

    expect(await send('history:seen', { ids: ['c2'], visit: now }, pageSender())).toEqual({ saved: false });
    expect(await send('history:seen-in', { threadId: 'p1', visit: now }, pageSender())).toBeNull();
    expect(await send('history:seen', { ids: ['i'.repeat(ID_CHARS + 1)], visit: now }, xing)).toEqual({
      saved: false,
    });
    const many = Array.from({ length: ITEMS_PER_BATCH + 1 }, (_, i) => `c${i}`);
    expect(await send('history:seen', { ids: many, visit: now }, xing)).toEqual({ saved: false });
    expect(await send('history:seen', { ids: ['c2'], visit: YEAR_275000 }, xing)).toEqual({ saved: false });
    expect((await db.items.get('xing:c2'))?.seenAt).toBeUndefined();
    expect(drops.count('history:seen', 'sender')).toBe(1);
    expect(drops.count('history:seen', 'shape')).toBe(3);
    expect(drops.count('history:seen-in', 'sender')).toBe(1);
  });
});

describe('history:brief', () => {
  it('answers extension pages about any site, and content scripts never', async () => {
    const { db, send, drops } = setup();
    await saveBatch(
      db,
      { thread: { site: 'xing', id: 'p1', url: XING_POST }, items: [item('c1', { own: true, text: 'Meins' })] },
      Date.now(),
    );
    const brief = await send('history:brief', { site: 'xing', threadId: 'p1' }, pageSender());
    expect(brief).toMatchObject({ ownItems: [{ id: 'c1', text: 'Meins' }] });
    expect(await send('history:brief', { site: 'xing', threadId: 'p1' }, xing)).toBeNull();
    expect(await send('history:brief', { site: 'xing', threadId: 'p1' }, linkedin)).toBeNull();
    expect(await send('history:brief', { site: 'myspace', threadId: 'p1' }, pageSender())).toBeNull();
    expect(drops.count('history:brief', 'sender')).toBe(2);
    expect(drops.count('history:brief', 'shape')).toBe(1);
  });
});

describe('sidepanel:open', () => {
  it("opens the sender's tab's panel before any await, and only for a content script", async () => {
    const { send, openSidePanel, drops } = setup();
    const answer = send('sidepanel:open', {}, contentSender(LINKEDIN_POST, 42));
    // Called synchronously: the browser opens a panel only inside the click's user gesture.
    expect(openSidePanel).toHaveBeenCalledWith({ tabId: 42 });
    expect(await answer).toEqual({ opened: true });
    expect(await send('sidepanel:open', {}, pageSender())).toEqual({ opened: false });
    expect(await send('sidepanel:open', {}, contentSender('https://example.com/'))).toEqual({ opened: false });
    expect(openSidePanel).toHaveBeenCalledTimes(1);
    expect(drops.count('sidepanel:open', 'sender')).toBe(2);
  });
});

describe('the registered router', () => {
  it('answers through runtime.onMessage as the background registers it, forged senders included', async () => {
    fakeBrowser.reset();
    const { handlers, db } = setup();
    const stop = handleMessages(handlers);
    const trigger = (message: unknown, sender: unknown) =>
      (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>)(message, sender);
    expect(await trigger({ type: 'history:save', batch: batch([item('c1')]) }, pageSender())).toEqual([
      { saved: false },
    ]);
    expect(await trigger({ type: 'history:save', batch: batch([item('c1')]) }, linkedin)).toEqual([{ saved: true }]);
    expect(await db.items.count()).toBe(1);
    expect(await trigger({ type: 'history:wipe' }, linkedin)).toEqual([undefined]);
    stop();
  });
});
