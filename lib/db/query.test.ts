// The history page's reads and deletes on a fake-indexeddb database seeded through the real write paths.
import { describe, expect, it } from 'vitest';
import { deleteDraft, deleteItem, deleteThread } from './delete';
import { type DraftRecord, recordDraft } from './drafts';
import { type HistoryBatch, type StoredItemInput, saveBatch } from './history';
import { historyTotals, listActivity, threadTimeline, threadTone, todayCounts } from './query';
import type { HistoryDb } from './schema';
import { searchHistory } from './search';
import { freshDb } from './test-db';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 20, 9, 0);

const item = (id: string, text: string, over: Partial<StoredItemInput> = {}): StoredItemInput => ({
  id,
  parentId: null,
  author: { name: `Person ${id}` },
  text,
  time: T0,
  own: false,
  tone: 'neutral',
  toneScore: 0,
  flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
  ...over,
});

const batch = (site: HistoryBatch['thread']['site'], id: string, items: StoredItemInput[], rootText?: string) => ({
  thread: { site, id, url: `https://example.test/${id}`, rootText },
  items,
  visitAt: T0,
});

const draft = (over: Partial<DraftRecord>): DraftRecord => ({
  at: T0,
  site: 'x',
  threadKey: 'x:1',
  url: 'https://x.com/a/status/1',
  composer: 'reply',
  outcome: 'clean',
  verdict: 'ok',
  findings: [],
  text: 'Danke für Ihre Geduld',
  chars: 21,
  lang: 'de',
  ...over,
});

async function seeded(): Promise<HistoryDb> {
  const db = freshDb();
  await saveBatch(
    db,
    batch(
      'x',
      '1',
      [item('a', 'Wo bleibt meine Lieferung?', { tone: 'negative' }), item('b', 'Frechheit!', { tone: 'negative' })],
      'Unser neues Angebot',
    ),
    T0,
  );
  await saveBatch(
    db,
    batch('facebook', '2', [item('c', 'Super, danke!', { tone: 'positive' })], 'Sommerfest'),
    T0 + 10 * MIN,
  );
  await recordDraft(
    db,
    draft({ at: T0 + 5 * MIN, outcome: 'anyway', verdict: 'warn', text: 'Jetzt Lieferung sichern!' }),
  );
  await recordDraft(
    db,
    draft({ at: T0 + 20 * MIN, site: 'facebook', threadKey: 'facebook:2', text: 'Gern geschehen' }),
  );
  return db;
}

describe('listActivity', () => {
  it('merges threads and posts newest first and pages by time', async () => {
    const db = await seeded();
    const first = await listActivity(db, {}, null, 2);
    expect(first.entries.map((e) => e.kind)).toEqual(['draft', 'thread']);
    expect(first.next).toBe(T0 + 10 * MIN);
    const second = await listActivity(db, {}, first.next, 2);
    expect(second.entries.map((e) => e.at)).toEqual([T0 + 5 * MIN, T0]);
    expect(second.next).toBeNull();
  });

  it('filters by site, tone, action and date', async () => {
    const db = await seeded();
    const kinds = async (filter: Parameters<typeof listActivity>[1]) =>
      (await listActivity(db, filter)).entries.map((e) =>
        e.kind === 'thread' ? e.thread.key : e.kind === 'draft' ? e.draft.outcome : '?',
      );
    expect(await kinds({ site: 'x' })).toEqual(['anyway', 'x:1']);
    expect(await kinds({ tone: 'negative' })).toEqual(['x:1']);
    expect(await kinds({ tone: 'positive' })).toEqual(['facebook:2']);
    expect(await kinds({ action: 'anyway' })).toEqual(['anyway']);
    expect(await kinds({ action: 'read' })).toEqual(['facebook:2', 'x:1']);
    expect(await kinds({ from: T0 + MIN, to: T0 + 15 * MIN })).toEqual(['facebook:2', 'anyway']);
  });
});

describe('searchHistory', () => {
  it('finds comments, root posts and own texts by word starts, every term required', async () => {
    const db = await seeded();
    const hits = await searchHistory(db, 'liefer');
    expect(hits.entries.map((e) => e.kind)).toEqual(['draft', 'item']);
    expect((await searchHistory(db, 'LIEFERUNG meine')).entries.map((e) => e.kind)).toEqual(['item']);
    expect((await searchHistory(db, 'angebot')).entries.map((e) => e.kind)).toEqual(['thread']);
    expect((await searchHistory(db, 'lieferung nirgends')).entries).toEqual([]);
    expect((await searchHistory(db, 'liefer', { action: 'read' })).entries.map((e) => e.kind)).toEqual(['item']);
    expect((await searchHistory(db, 'danke', { site: 'x' })).entries).toEqual([]);
    expect((await searchHistory(db, '  ')).entries).toEqual([]);
  });

  it('shows the newest hits when a term matches more than the page holds', async () => {
    const db = freshDb();
    const items = Array.from({ length: 2_500 }, (_, i) => item(`i${i}`, `Paket ${i} ist da`));
    // One batch per 500 so firstSeen differs: the newest batch must come first.
    for (let i = 0; i < 5; i += 1) await saveBatch(db, batch('xing', 't', items.slice(i * 500, i * 500 + 500)), T0 + i);
    const result = await searchHistory(db, 'paket', {}, 10);
    expect(result.truncated).toBe(true);
    expect(result.entries).toHaveLength(10);
    expect(result.entries.every((e) => e.at === T0 + 4)).toBe(true);
  });

  it('walks back through widening time windows, and keeps to the date filter', async () => {
    const db = freshDb();
    // One matching comment a day for 100 days, each in its own batch so firstSeen is that day.
    for (let day = 0; day < 100; day += 1) {
      await saveBatch(db, batch('x', `t${day % 3}`, [item(`d${day}`, `Rückruf bitte ${day}`)]), T0 + day * 86_400_000);
    }
    const newest = await searchHistory(db, 'rückruf', {}, 5);
    expect(newest.entries.map((e) => e.at)).toEqual([99, 98, 97, 96, 95].map((d) => T0 + d * 86_400_000));
    const bounded = await searchHistory(
      db,
      'rückruf',
      { from: T0 + 10 * 86_400_000, to: T0 + 40 * 86_400_000 + 1 },
      50,
    );
    expect(bounded.entries).toHaveLength(31);
    expect(bounded.entries[0]?.at).toBe(T0 + 40 * 86_400_000);
    expect(bounded.entries.at(-1)?.at).toBe(T0 + 10 * 86_400_000);
  });
});

describe('threadTimeline', () => {
  it('interleaves visits, comments and the user posts oldest first, and marks what came after the first visit', async () => {
    const db = await seeded();
    await saveBatch(
      db,
      { ...batch('x', '1', [item('d', 'Und jetzt?', { time: T0 + 30 * MIN })]), visitAt: T0 + 25 * MIN },
      T0 + 30 * MIN,
    );
    const timeline = await threadTimeline(db, 'x:1');
    expect(timeline?.entries.map((e) => e.kind)).toEqual(['visit', 'item', 'item', 'draft', 'visit', 'item']);
    expect(timeline?.entries.filter((e) => e.kind === 'item').map((e) => e.kind === 'item' && e.isNew)).toEqual([
      false,
      false,
      true,
    ]);
    expect(await threadTimeline(db, 'x:nope')).toBeNull();
  });
});

describe('deletes and counts', () => {
  it('deleting a comment updates its thread summary; deleting a thread takes its comments, visits and posts', async () => {
    const db = await seeded();
    const before = await db.threads.get('x:1');
    expect(before && threadTone(before.summary)).toBe('negative');
    expect(await deleteItem(db, 'x:a')).toBe(true);
    expect(await deleteItem(db, 'x:a')).toBe(false);
    expect((await db.threads.get('x:1'))?.summary).toMatchObject({ items: 1, negative: 1 });
    expect(await deleteThread(db, 'x:1')).toEqual({ items: 1, visits: 1, drafts: 1 });
    expect(await db.threads.get('x:1')).toBeUndefined();
    expect(await historyTotals(db)).toEqual({ threads: 1, items: 1, posts: 1, overridden: 0 });
    const [left] = await db.drafts.toArray();
    expect(await deleteDraft(db, left?.id as number)).toBe(true);
    expect(await db.drafts.count()).toBe(0);
  });

  it("counts today's threads, posts and overrides from local midnight", async () => {
    const db = await seeded();
    expect(await todayCounts(db, T0 + 30 * MIN)).toEqual({ threads: 2, posts: 2, overridden: 1 });
    expect(await todayCounts(db, T0 + 2 * 86_400_000)).toEqual({ threads: 0, posts: 0, overridden: 0 });
  });
});
