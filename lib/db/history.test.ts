// History store behaviour on fake-indexeddb: dedupe, updates on change only, one transaction per batch,
// "new since your last visit", own items, retention and delete-all. Each test gets its own IDBFactory.
import { IDBDatabase, IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_RETENTION_DAYS,
  deleteAll,
  type HistoryBatch,
  isQuotaError,
  pruneOlderThan,
  retentionCutoff,
  type StoredItemInput,
  saveBatch,
  threadBrief,
} from './history';
import { createHistoryDb, type HistoryDb } from './schema';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 1, 9, 0);

const open: HistoryDb[] = [];
function freshDb(): HistoryDb {
  const db = createHistoryDb({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange } });
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  vi.restoreAllMocks();
});

function item(id: string, overrides: Partial<StoredItemInput> = {}): StoredItemInput {
  return {
    id,
    parentId: null,
    author: { name: `Author ${id}`, handle: `@a${id}` },
    text: `Comment ${id}`,
    time: T0 - HOUR,
    own: false,
    tone: 'neutral',
    toneScore: 0,
    flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
    ...overrides,
  };
}

function batch(items: StoredItemInput[], extra: Partial<HistoryBatch> = {}, threadId = 'post-1'): HistoryBatch {
  return {
    thread: { site: 'linkedin', id: threadId, url: `https://www.linkedin.com/feed/update/${threadId}/` },
    items,
    ...extra,
  };
}

describe('saveBatch', () => {
  it("keeps the thread's tone summary and search words in step with added and changed items", async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1', { tone: 'negative', text: 'Lieferung kam nie an' }), item('c2')]), T0);
    expect((await db.threads.get('linkedin:post-1'))?.summary).toEqual({
      items: 2,
      positive: 0,
      neutral: 1,
      negative: 1,
      own: 0,
    });
    // c1 is edited into a thank-you and becomes positive; c3 is the user's own reply.
    await saveBatch(
      db,
      batch([item('c1', { tone: 'positive', text: 'Jetzt angekommen, danke' }), item('c3', { own: true })]),
      T0 + MIN,
    );
    expect((await db.threads.get('linkedin:post-1'))?.summary).toEqual({
      items: 3,
      positive: 1,
      neutral: 2,
      negative: 0,
      own: 1,
    });
    expect(await db.items.where('words').startsWith('angek').primaryKeys()).toEqual(['linkedin:c1']);
    expect(await db.items.where('words').equals('lieferung').count()).toBe(0);
  });

  it('stores thread, items and visit under site-prefixed keys', async () => {
    const db = freshDb();
    const result = await saveBatch(
      db,
      batch([item('c1'), item('c2')], {
        visitAt: T0,
        thread: { ...batch([]).thread, rootText: 'Post', rootAuthor: 'Brand' },
      }),
      T0 + 1000,
    );
    expect(result).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await db.threads.get('linkedin:post-1')).toMatchObject({
      site: 'linkedin',
      id: 'post-1',
      rootText: 'Post',
      rootAuthor: 'Brand',
      firstSeen: T0 + 1000,
      lastSeen: T0 + 1000,
    });
    expect(await db.items.get('linkedin:c1')).toMatchObject({
      id: 'c1',
      threadKey: 'linkedin:post-1',
      firstSeen: T0 + 1000,
      updatedAt: T0 + 1000,
      textVersions: 1,
    });
    expect(await db.visits.toArray()).toEqual([{ id: 1, threadKey: 'linkedin:post-1', at: T0 }]);
  });

  it('deduplicates by item id, across batches and within one', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1'), item('c2')]), T0);
    const again = await saveBatch(db, batch([item('c1'), item('c2'), item('c3'), item('c3')]), T0 + MIN);
    expect(again).toEqual({ added: 1, updated: 0, unchanged: 2 });
    expect(await db.items.count()).toBe(3);
    expect((await db.items.get('linkedin:c1'))?.firstSeen).toBe(T0);
  });

  it('keeps the same item id on different sites apart', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('42')]), T0);
    await saveBatch(db, { thread: { site: 'x', id: '7', url: 'https://x.com/a/status/7' }, items: [item('42')] }, T0);
    expect((await db.items.toCollection().primaryKeys()).sort()).toEqual(['linkedin:42', 'x:42']);
  });

  it('updates an item whose text changed, keeping firstSeen and counting text versions', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1')]), T0);
    const edited = item('c1', {
      text: 'Comment c1 (edited)',
      tone: 'negative',
      toneScore: -0.6,
      flags: { hostile: true, promotional: false, complaint: true, question: false, watchlist: ['refund'] },
    });
    expect(await saveBatch(db, batch([edited]), T0 + HOUR)).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await db.items.get('linkedin:c1')).toMatchObject({
      text: 'Comment c1 (edited)',
      tone: 'negative',
      toneScore: -0.6,
      flags: { hostile: true, complaint: true, watchlist: ['refund'] },
      firstSeen: T0,
      updatedAt: T0 + HOUR,
      textVersions: 2,
    });
  });

  it('does not update an item whose text and analysis are identical', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1')]), T0);
    expect(await saveBatch(db, batch([item('c1')]), T0 + HOUR)).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await db.items.get('linkedin:c1')).toMatchObject({ updatedAt: T0, textVersions: 1 });
  });

  it('does not count a re-parsed relative time as a change, and keeps "own" once known', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1', { own: true })]), T0);
    // Next visit: "vor 1 Tag" parses to another instant, and the page did not show who is logged in.
    const reread = item('c1', { time: T0 + DAY - 3 * HOUR, own: false });
    expect(await saveBatch(db, batch([reread]), T0 + DAY)).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await db.items.get('linkedin:c1')).toMatchObject({ time: T0 - HOUR, own: true });
  });

  it('fills a time that was unknown', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1', { time: null })]), T0);
    expect(await saveBatch(db, batch([item('c1')]), T0 + MIN)).toMatchObject({ updated: 1 });
    expect((await db.items.get('linkedin:c1'))?.time).toBe(T0 - HOUR);
  });

  it('upserts the thread: lastSeen and url move, firstSeen and an unsent root text stay', async () => {
    const db = freshDb();
    await saveBatch(db, batch([], { thread: { ...batch([]).thread, rootText: 'Post', rootAuthor: 'Brand' } }), T0);
    await saveBatch(
      db,
      batch([], { thread: { ...batch([]).thread, url: 'https://www.linkedin.com/posts/p1' } }),
      T0 + DAY,
    );
    expect(await db.threads.get('linkedin:post-1')).toMatchObject({
      url: 'https://www.linkedin.com/posts/p1',
      rootText: 'Post',
      rootAuthor: 'Brand',
      firstSeen: T0,
      lastSeen: T0 + DAY,
    });
  });

  it('records a visit only when visitAt is set, and once per visitAt', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1')], { visitAt: T0 }), T0);
    await saveBatch(db, batch([item('c2')]), T0 + MIN);
    await saveBatch(db, batch([item('c2')], { visitAt: T0 }), T0 + MIN); // a retried first batch
    expect(await db.visits.count()).toBe(1);
  });

  it('stores 1,000 items in one read-write IndexedDB transaction', async () => {
    // Dexie binds the native transaction() when it opens: spy first, then forget what opening did.
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const db = freshDb();
    await db.open();
    spy.mockClear();
    const items = Array.from({ length: 1000 }, (_, i) => item(`c${i}`));
    expect(await saveBatch(db, batch(items, { visitAt: T0 }), T0)).toEqual({ added: 1000, updated: 0, unchanged: 0 });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]?.[1]).toBe('readwrite');

    spy.mockClear();
    const changed = items.map((it, i) => (i % 10 === 0 ? { ...it, text: `${it.text}!` } : it));
    expect(await saveBatch(db, batch(changed), T0 + MIN)).toEqual({ added: 0, updated: 100, unchanged: 900 });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await db.items.count()).toBe(1000);
  });

  it('writes nothing when a batch fails halfway (the transaction rolls back)', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1')]), T0);
    vi.spyOn(db.items, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(saveBatch(db, batch([item('c2')], { visitAt: T0 + DAY }), T0 + DAY)).rejects.toThrow('disk full');
    expect((await db.threads.get('linkedin:post-1'))?.lastSeen).toBe(T0);
    expect(await db.items.count()).toBe(1);
    expect(await db.visits.count()).toBe(0);
  });

  it('stores only the fields of the contract, not whatever else a message carries', async () => {
    const db = freshDb();
    const sloppy = { ...item('c1'), html: '<div>…</div>', author: { name: 'A', extra: 1 } } as StoredItemInput;
    await saveBatch(db, batch([sloppy]), T0);
    const stored = await db.items.get('linkedin:c1');
    expect(stored).not.toHaveProperty('html');
    expect(stored?.author).toEqual({ name: 'A' });
  });

  it('keeps the truncated flag of the newest read: set with a cut text, gone with a whole one', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1', { text: 'Cut here', truncated: true })]), T0);
    expect((await db.items.get('linkedin:c1'))?.truncated).toBe(true);
    expect(await saveBatch(db, batch([item('c1', { text: 'Cut here', truncated: true })]), T0 + 1)).toMatchObject({
      unchanged: 1,
    });
    await saveBatch(db, batch([item('c1', { text: 'Cut here, and now whole' })]), T0 + 2);
    expect(await db.items.get('linkedin:c1')).not.toHaveProperty('truncated');
  });
});

describe('threadBrief', () => {
  it('is null for a thread never stored', async () => {
    expect(await threadBrief(freshDb(), 'x', 'nope', T0)).toBeNull();
  });

  it('has no last visit and nothing new on a first visit', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1'), item('c2')], { visitAt: T0 }), T0 + 1000);
    const brief = await threadBrief(db, 'linkedin', 'post-1', T0 + 2000);
    expect(brief?.lastVisitBefore).toBeNull();
    expect(brief?.newSinceLastVisit).toEqual([]);
    expect(brief?.items.map((i) => i.id)).toEqual(['c1', 'c2']);
  });

  it('lists what is new since the last visit across two visits', async () => {
    const db = freshDb();
    // Visit 1: two comments at once, a third loaded while scrolling five minutes later (seen then, so not new).
    await saveBatch(db, batch([item('c1'), item('c2')], { visitAt: T0 }), T0 + 1000);
    await saveBatch(db, batch([item('c3', { time: T0 - MIN })]), T0 + 5 * MIN);
    // Visit 2, a day later: two comments written since, and an old one that was collapsed last time.
    const v2 = T0 + DAY;
    await saveBatch(
      db,
      batch(
        [
          item('c1'),
          item('c2'),
          item('c3', { time: T0 - MIN }),
          item('c4', { time: T0 + 3 * HOUR }),
          item('c5', { time: null }),
          item('old', { time: T0 - 2 * HOUR }),
        ],
        { visitAt: v2 },
      ),
      v2 + 1000,
    );
    const brief = await threadBrief(db, 'linkedin', 'post-1', v2 + 2000);
    expect(brief?.lastVisitBefore).toBe(T0);
    expect(brief?.newSinceLastVisit.sort()).toEqual(['c4', 'c5']);
    // Sorted by time written, then first seen; unknown times last.
    expect(brief?.items.map((i) => i.id)).toEqual(['old', 'c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('measures against a given current visit when the page has not sent its first batch yet', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1')], { visitAt: T0 }), T0);
    await saveBatch(db, batch([item('c2', { time: T0 + HOUR })], { visitAt: T0 + DAY }), T0 + DAY);
    // A third visit starts; the side panel asks before its batch is stored.
    const brief = await threadBrief(db, 'linkedin', 'post-1', T0 + 2 * DAY + 10, { currentVisitAt: T0 + 2 * DAY });
    expect(brief?.lastVisitBefore).toBe(T0 + DAY);
    expect(brief?.newSinceLastVisit).toEqual([]);
    // Without it, the latest stored visit is taken as the current one.
    const guess = await threadBrief(db, 'linkedin', 'post-1', T0 + 2 * DAY + 10);
    expect(guess?.lastVisitBefore).toBe(T0);
    expect(guess?.newSinceLastVisit).toEqual(['c2']);
  });

  it('ignores visits of other threads and visits after now', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1')], { visitAt: T0 }), T0);
    await saveBatch(db, batch([item('o1')], { visitAt: T0 + HOUR }, 'post-2'), T0 + HOUR);
    await saveBatch(db, batch([item('c2')], { visitAt: T0 + DAY }), T0 + DAY);
    expect((await threadBrief(db, 'linkedin', 'post-1', T0 + DAY))?.lastVisitBefore).toBe(T0);
    expect((await threadBrief(db, 'linkedin', 'post-1', T0 + HOUR))?.lastVisitBefore).toBeNull();
    expect((await threadBrief(db, 'linkedin', 'post-2', T0 + DAY))?.items.map((i) => i.id)).toEqual(['o1']);
  });

  it("lists the user's own items", async () => {
    const db = freshDb();
    await saveBatch(
      db,
      batch([item('c1'), item('mine1', { own: true, time: T0 - 2 * HOUR }), item('mine2', { own: true })]),
      T0,
    );
    const brief = await threadBrief(db, 'linkedin', 'post-1', T0);
    expect(brief?.ownItems.map((i) => i.id)).toEqual(['mine1', 'mine2']);
  });
});

describe('retention', () => {
  it('defaults to 90 days', () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(90);
    expect(retentionCutoff(T0)).toBe(T0 - 90 * DAY);
  });

  it('deletes threads last seen before the cutoff with their items and visits, and old visits elsewhere', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('s1'), item('s2')], { visitAt: T0 }, 'stale'), T0);
    await saveBatch(db, batch([item('k1')], { visitAt: T0 }, 'kept'), T0);
    await saveBatch(db, batch([item('k2')], { visitAt: T0 + 100 * DAY }, 'kept'), T0 + 100 * DAY);

    const result = await pruneOlderThan(db, retentionCutoff(T0 + 100 * DAY), T0 + 100 * DAY);
    expect(result).toEqual({ threads: 1, items: 2, visits: 2, drafts: 0 });
    expect(await db.threads.toCollection().primaryKeys()).toEqual(['linkedin:kept']);
    // Items of a thread still being read stay, or they would count as new on the next visit.
    expect((await db.items.toCollection().primaryKeys()).sort()).toEqual(['linkedin:k1', 'linkedin:k2']);
    expect((await db.visits.toArray()).map((v) => v.at)).toEqual([T0 + 100 * DAY]);
  });

  it('deletes rows with impossible times, whatever their age, and keeps the thread summaries right', async () => {
    const db = freshDb();
    const now = T0 + DAY;
    await saveBatch(db, batch([item('ok', { tone: 'negative' }), item('late'), item('early'), item('odd')]), T0);
    await saveBatch(db, batch([item('n1')], { visitAt: T0 }, 'broken'), T0);
    await saveBatch(db, batch([item('f1')], { visitAt: T0 }, 'future'), T0);
    // What older releases let through: a visit time of year 275,000, NaN, fractions, times before 2004.
    await db.items.update('linkedin:late', { time: 9e15 });
    await db.items.update('linkedin:early', { firstSeen: Date.UTC(2003, 11, 31) });
    await db.items.update('linkedin:odd', { updatedAt: T0 + 0.5 });
    await db.threads.update('linkedin:broken', { firstSeen: Number.NaN });
    await db.threads.update('linkedin:future', { lastSeen: now + 2 * DAY });
    await db.visits.add({ threadKey: 'linkedin:post-1', at: 9e15 });
    await db.visits.add({ threadKey: 'linkedin:post-1', at: Number.NaN });
    await db.drafts.add({
      at: Number.POSITIVE_INFINITY,
      site: 'linkedin',
      threadKey: null,
      url: 'https://www.linkedin.com/feed/',
      composer: 'post',
      outcome: 'clean',
      verdict: 'ok',
      findings: [],
      chars: 0,
      lang: 'de',
      words: [],
    });

    const result = await pruneOlderThan(db, retentionCutoff(now), now);
    expect(result).toEqual({ threads: 2, items: 5, visits: 4, drafts: 1 });
    expect(await db.threads.toCollection().primaryKeys()).toEqual(['linkedin:post-1']);
    expect(await db.items.toCollection().primaryKeys()).toEqual(['linkedin:ok']);
    expect((await db.visits.toArray()).map((v) => v.at)).toEqual([]);
    expect(await db.drafts.count()).toBe(0);
    expect((await db.threads.get('linkedin:post-1'))?.summary).toEqual({
      items: 1,
      positive: 0,
      neutral: 0,
      negative: 1,
      own: 0,
    });
  });

  it('deletes nothing when everything is recent', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1')], { visitAt: T0 }), T0);
    expect(await pruneOlderThan(db, retentionCutoff(T0), T0)).toEqual({ threads: 0, items: 0, visits: 0, drafts: 0 });
  });
});

describe('deleteAll', () => {
  it('empties every table and leaves the database usable', async () => {
    const db = freshDb();
    await saveBatch(db, batch([item('c1')], { visitAt: T0 }), T0);
    await deleteAll(db);
    expect([await db.threads.count(), await db.items.count(), await db.visits.count()]).toEqual([0, 0, 0]);
    expect(await saveBatch(db, batch([item('c1')]), T0 + 1)).toEqual({ added: 1, updated: 0, unchanged: 0 });
  });
});

describe('quota errors', () => {
  it('recognises a full quota, also inside a transaction abort', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});
