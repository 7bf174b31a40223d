// The weekly report's figures from a history written through the real write paths.
import { describe, expect, it } from 'vitest';
import { recordDraft } from '../db/drafts';
import { type StoredItemInput, saveBatch } from '../db/history';
import { freshDb } from '../db/test-db';
import { weekBounds, weekReport } from './week';

const DAY = 86_400_000;
const MIN = 60_000;
// Noon, so the local days around it are unambiguous in any test time zone.
const END = new Date(2026, 11, 6, 12, 0).getTime();

const comment = (id: string, over: Partial<StoredItemInput> = {}): StoredItemInput => ({
  id,
  parentId: null,
  author: { name: `Person ${id}` },
  text: 'Wann macht ihr auf?',
  time: END - 2 * DAY,
  own: false,
  tone: 'neutral',
  toneScore: 0,
  flags: { hostile: false, promotional: false, complaint: false, question: true, watchlist: [] },
  ...over,
});

const draft = (at: number, outcome: 'clean' | 'edited' | 'anyway' | 'abandoned') => ({
  at,
  site: 'x' as const,
  threadKey: 'x:t1',
  url: 'https://x.com/a/status/1',
  composer: 'reply' as const,
  outcome,
  verdict: 'ok' as const,
  findings: [],
  chars: 5,
  lang: 'de',
});

describe('weekBounds', () => {
  it('spans seven local days ending with the given day', () => {
    const { from, to } = weekBounds(END);
    expect(new Date(from).getDate()).toBe(30);
    expect(new Date(from).getHours()).toBe(0);
    expect(new Date(to).getDate()).toBe(6);
    expect(new Date(to + 1).getDate()).toBe(7);
  });
});

describe('weekReport', () => {
  it('counts threads read, posts, overrides and reply times of the week, and who still waits', async () => {
    const db = freshDb();
    const thread = (id: string) => ({ site: 'x' as const, id, url: `https://x.com/a/status/${id}` });
    await saveBatch(
      db,
      { thread: thread('t1'), items: [comment('1'), comment('2')], visitAt: END - 2 * DAY },
      END - 2 * DAY,
    );
    // Answered after 20 minutes, inside the week.
    await saveBatch(
      db,
      {
        thread: thread('t1'),
        items: [
          comment('3', {
            own: true,
            parentId: '1',
            time: END - 2 * DAY + 20 * MIN,
            text: 'Um acht.',
            flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
          }),
        ],
        visitAt: END - DAY,
      },
      END - DAY,
    );
    // A thread read the week before does not count.
    await saveBatch(db, { thread: thread('t0'), items: [], visitAt: END - 9 * DAY }, END - 9 * DAY);
    for (const [at, outcome] of [
      [END - DAY, 'clean'],
      [END - DAY, 'anyway'],
      [END - 3 * DAY, 'edited'],
      [END - 3 * DAY, 'abandoned'],
      [END - 10 * DAY, 'anyway'],
    ] as const)
      await recordDraft(db, draft(at, outcome));

    const report = await weekReport(db, END);
    expect(report.threadsRead).toBe(1);
    expect(report).toMatchObject({ posts: 3, overridden: 1, edited: 1 });
    expect(report.replies).toMatchObject({ total: 1, within30: 1, within24h: 1, median: 20 });
    expect(report.tones).toHaveLength(7);
    expect(report.tones.reduce((n, day) => n + day.neutral, 0)).toBe(2);
    expect(report.waiting.map((entry) => entry.key)).toEqual(['x:2']);
    expect(report.waitingTotal).toBe(1);
  });
});
