// Chart data: tones per local day, posts per day by outcome, and reply times measured from the comment answered.
import { describe, expect, it } from 'vitest';
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

describe('replyTimes', () => {
  it('puts each delay in its bar and counts the marks inclusively', () => {
    const r = replyTimes([30 * MIN, 30 * MIN + 1, DAY, DAY + 1, 10 * DAY]);
    expect(r.within30).toBe(1);
    expect(r.within24h).toBe(3);
    expect(r.bins).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 1, 1]);
    expect(replyTimes([]).median).toBeNull();
  });
});
