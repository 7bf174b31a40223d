// A full disk: the write is retried after an emergency prune, and the user is told in both outcomes.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { type StoredItemInput, saveBatch } from './history';
import { writeWithRoom } from './quota';
import { createHistoryDb } from './schema';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1);
const quotaError = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });
const item = (id: string): StoredItemInput => ({
  id,
  parentId: null,
  author: { name: 'A' },
  text: 'Hallo',
  time: null,
  own: false,
  tone: 'neutral',
  toneScore: 0,
  flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
});

async function dbWithOldThread() {
  const db = createHistoryDb({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange } });
  await saveBatch(db, { thread: { site: 'x', id: 'old', url: 'u' }, items: [item('1')] }, NOW - 60 * DAY);
  await saveBatch(db, { thread: { site: 'x', id: 'new', url: 'u' }, items: [item('2')] }, NOW - DAY);
  return db;
}

describe('writeWithRoom', () => {
  it('prunes to 30 days and retries when the disk is full, then reports that it pruned', async () => {
    const db = await dbWithOldThread();
    const write = vi.fn().mockRejectedValueOnce(quotaError()).mockResolvedValueOnce('saved');
    const report = vi.fn().mockResolvedValue(undefined);
    expect(await writeWithRoom(db, write, report, 90, () => NOW)).toBe('saved');
    expect(write).toHaveBeenCalledTimes(2);
    expect(report).toHaveBeenCalledWith(30, false, NOW);
    expect(await db.threads.toCollection().primaryKeys()).toEqual(['x:new']);
    db.close();
  });

  it('reports the loss when even the retry finds no room, and never reports an ordinary write', async () => {
    const db = await dbWithOldThread();
    const report = vi.fn().mockResolvedValue(undefined);
    expect(
      await writeWithRoom(
        db,
        () => Promise.reject(quotaError()),
        report,
        90,
        () => NOW,
      ),
    ).toBeNull();
    expect(report).toHaveBeenCalledWith(30, true, NOW);
    report.mockClear();
    expect(
      await writeWithRoom(
        db,
        async () => 1,
        report,
        90,
        () => NOW,
      ),
    ).toBe(1);
    expect(report).not.toHaveBeenCalled();
    await expect(writeWithRoom(db, () => Promise.reject(new Error('other')), report, 90)).rejects.toThrow('other');
    db.close();
  });
});
