// Chart data: tones per local day, posts per day by outcome, and reply times measured from the comment answered.
import { describe, expect, it } from 'vitest';
import { deleteDraft, deleteItem } from './delete';
import { recordDraft } from './drafts';
import { type StoredItemInput, saveBatch } from './history';
import { dayOf, historyStats, replyTimes } from './stats';
import { freshDb } from './test-db';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = new Date(2026, 10, 20, 9, 0).getTime();

const item = (id: string, over: Partial<StoredItemInput>): StoredItemInput => ({
  id,
  parentId: null,
  author: { name: id },
  text: id,
  time: T0,
  own: false,
  tone: 'neutral',
  toneScore: 0,
  flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
  ...over,
});

describe('historyStats', () => {
  it('counts tones per day, posts per day, and reply delays against the marks', async () => {
    const db = freshDb();
    await saveBatch(
      db,
      {
        thread: { site: 'x', id: 't', url: 'u' },
        items: [
          item('q1', { tone: 'negative' }),
          item('r1', { own: true, parentId: 'q1', time: T0 + 20 * MIN }),
          item('q2', { tone: 'positive', time: T0 + DAY }),
          item('r2', { own: true, parentId: 'q2', time: T0 + DAY + 3 * 60 * MIN }),
          // No time from the page: not a measurable reply.
          item('r3', { own: true, parentId: 'q2', time: null }),
        ],
      },
      T0 + 2 * DAY,
    );
    for (const [at, outcome] of [
      [T0, 'clean'],
      [T0 + 1, 'anyway'],
      [T0 + DAY, 'edited'],
      [T0 + DAY + 1, 'abandoned'],
    ] as const) {
      await recordDraft(db, {
        at,
        site: 'x',
        threadKey: 'x:t',
        url: 'u',
        composer: 'reply',
        outcome,
        verdict: 'ok',
        findings: [],
        chars: 1,
        lang: 'de',
      });
    }
    const stats = await historyStats(db, { from: T0 - DAY, to: T0 + 2 * DAY });
    expect(stats.tones.map((d) => d.day)).toEqual([dayOf(T0 - DAY), dayOf(T0), dayOf(T0 + DAY), dayOf(T0 + 2 * DAY)]);
    expect(stats.tones[1]).toMatchObject({ negative: 1, positive: 0 });
    expect(stats.tones[2]).toMatchObject({ positive: 1 });
    expect(stats.posts[1]).toMatchObject({ clean: 1, anyway: 1, edited: 0 });
    expect(stats.posts[2]).toMatchObject({ edited: 1, clean: 0 });
    expect(stats.replies).toMatchObject({ total: 2, within30: 1, within24h: 2, median: 20 });
    expect((await historyStats(db, { from: T0 - DAY, to: T0 + 2 * DAY, site: 'linkedin' })).replies.total).toBe(0);
  });

  it("finds a reply's parent that was read long before the period", async () => {
    const db = freshDb();
    const thread = { site: 'xing' as const, id: 'old', url: 'u' };
    await saveBatch(db, { thread, items: [item('p', { time: T0 - 20 * DAY })] }, T0 - 20 * DAY);
    await saveBatch(
      db,
      { thread, items: [item('r', { own: true, parentId: 'p', time: T0 - 20 * DAY + 2 * DAY })] },
      T0,
    );
    const stats = await historyStats(db, { from: T0 - 19 * DAY, to: T0 });
    expect(stats.replies).toMatchObject({ total: 1, within30: 0, within24h: 0 });
    expect(stats.replies.bins.at(-2)).toBe(1);
  });
});

describe('historyStats from the kept counts', () => {
  const post = (site: 'x' | 'xing', at: number) => ({
    at,
    site,
    threadKey: null,
    url: 'u',
    composer: 'post' as const,
    outcome: 'clean' as const,
    verdict: 'ok' as const,
    findings: [],
    chars: 1,
    lang: 'de',
  });

  it('follows later writes: a parent read after its reply, a deleted comment, a deleted post', async () => {
    const db = freshDb();
    const thread = { site: 'x' as const, id: 't', url: 'u' };
    const period = { from: T0 - DAY, to: T0 + DAY };
    await saveBatch(db, { thread, items: [item('r', { own: true, parentId: 'q', time: T0 + 10 * MIN })] }, T0);
    expect((await historyStats(db, period)).replies.total).toBe(0);
    await saveBatch(db, { thread, items: [item('q', { tone: 'negative' })] }, T0 + MIN);
    let stats = await historyStats(db, period);
    expect(stats.replies).toMatchObject({ total: 1, median: 10, within30: 1 });
    expect(stats.tones[1]).toMatchObject({ negative: 1 });

    const id = await recordDraft(db, post('x', T0));
    expect((await historyStats(db, period)).posts[1]).toMatchObject({ clean: 1 });
    await deleteItem(db, 'x:q');
    await deleteDraft(db, id);
    stats = await historyStats(db, period);
    expect(stats.replies.total).toBe(0);
    expect(stats.tones[1]).toMatchObject({ negative: 0 });
    expect(stats.posts[1]).toMatchObject({ clean: 0 });
  });

  it("shows one site's tones and posts under its filter, and whole days of the period", async () => {
    const db = freshDb();
    await saveBatch(db, { thread: { site: 'x', id: 't', url: 'u' }, items: [item('a', { tone: 'positive' })] }, T0);
    await saveBatch(db, { thread: { site: 'xing', id: 't', url: 'u' }, items: [item('a', { tone: 'negative' })] }, T0);
    await recordDraft(db, post('xing', T0));
    // 21:00 the day before to 01:00 on T0's day (T0 is 09:00): both days are counted whole.
    const period = { from: T0 - 12 * 60 * MIN, to: T0 - 8 * 60 * MIN };
    const both = await historyStats(db, period);
    expect(both.tones.map((d) => d.day)).toEqual([dayOf(T0 - DAY), dayOf(T0)]);
    expect(both.tones.at(-1)).toMatchObject({ positive: 1, negative: 1 });
    const xing = await historyStats(db, { ...period, site: 'xing' });
    expect(xing.tones.at(-1)).toMatchObject({ positive: 0, negative: 1 });
    expect(xing.posts.at(-1)).toMatchObject({ clean: 1 });
    const x = await historyStats(db, { ...period, site: 'x' });
    expect(x.posts.at(-1)).toMatchObject({ clean: 0 });
  });
});

describe('replyTimes', () => {
  it('puts each delay in its bar and counts the marks inclusively', () => {
    const r = replyTimes([30 * MIN, 30 * MIN + 1, DAY, DAY + 1, 10 * DAY]);
    expect(r.within30).toBe(1);
    expect(r.within24h).toBe(3);
    expect(r.bins).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 1, 1]);
    expect(replyTimes([]).median).toBeNull();
  });
});
