// What the composer note counts as seen: comments marked on screen in some visit, and those read before the thread
// was first tracked; never a comment first read in the asking visit that was not marked.
import { describe, expect, it } from 'vitest';
import { type HistoryBatch, type StoredItemInput, saveBatch } from './history';
import { markSeen, seenIn } from './seen';
import { freshDb } from './test-db';
import { exportJsonParts, readSnapshot } from './transfer/export';
import { importRecords } from './transfer/merge';
import { parseExport } from './transfer/parse';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 1, 9, 0);

function item(id: string): StoredItemInput {
  return {
    id,
    parentId: null,
    author: { name: `Author ${id}` },
    text: `Comment ${id}`,
    time: T0 - MIN,
    own: false,
    tone: 'neutral',
    toneScore: 0,
    flags: { hostile: false, promotional: false, complaint: false, question: true, watchlist: [] },
  };
}

const batch = (ids: string[], threadId = 'p1'): HistoryBatch => ({
  thread: { site: 'x', id: threadId, url: `https://x.com/a/status/${threadId}` },
  items: ids.map(item),
});

describe('seen comments', () => {
  it('counts only what was marked once the thread is tracked, the visit it was first marked in included', async () => {
    const db = freshDb();
    // Visit 1 starts at T0: its batch lands a moment later, and only c1 comes on screen.
    await saveBatch(db, batch(['c1', 'c2', 'c3']), T0 + 500);
    expect(await seenIn(db, 'x', 'p1', T0)).toEqual([]);
    expect(await markSeen(db, 'x', ['c1', 'c1', 'unknown'], T0)).toBe(1);
    expect(await seenIn(db, 'x', 'p1', T0)).toEqual(['c1']);
    // Marking again keeps the first visit.
    expect(await markSeen(db, 'x', ['c1'], T0 + 10 * MIN)).toBe(0);
    expect((await db.items.get('x:c1'))?.seenAt).toBe(T0);

    // Visit 2: c2 and c3 were stored in visit 1 but never on screen, so they are still unseen.
    expect((await seenIn(db, 'x', 'p1', T0 + 10 * MIN)).sort()).toEqual(['c1']);
    await markSeen(db, 'x', ['c3'], T0 + 10 * MIN);
    expect((await seenIn(db, 'x', 'p1', T0 + 10 * MIN)).sort()).toEqual(['c1', 'c3']);
    // Another thread, and another site's comment with the same id, are apart.
    expect(await seenIn(db, 'x', 'p2', T0 + 10 * MIN)).toEqual([]);
    expect(await seenIn(db, 'linkedin', 'p1', T0 + 10 * MIN)).toEqual([]);
  });

  it('takes comments read before the thread was ever tracked as seen, and later ones only when marked', async () => {
    const db = freshDb();
    // Read in an earlier version that did not mark anything.
    await saveBatch(db, batch(['old1', 'old2']), T0);
    expect((await seenIn(db, 'x', 'p1', T0 + 60 * MIN)).sort()).toEqual(['old1', 'old2']);
    // This visit (from T0 + 60 min) reads a new comment: unseen until marked, while the old ones stay seen.
    await saveBatch(db, batch(['new1']), T0 + 61 * MIN);
    expect((await seenIn(db, 'x', 'p1', T0 + 60 * MIN)).sort()).toEqual(['old1', 'old2']);
    await markSeen(db, 'x', ['new1'], T0 + 60 * MIN);
    expect((await seenIn(db, 'x', 'p1', T0 + 60 * MIN)).sort()).toEqual(['new1', 'old1', 'old2']);
  });

  it('survives a later read of the comment and an import of a newer copy of it', async () => {
    const db = freshDb();
    await saveBatch(db, batch(['c1']), T0);
    await markSeen(db, 'x', ['c1'], T0);
    // The author edits the comment: the stored row is rewritten, its mark stays.
    await saveBatch(db, { ...batch([]), items: [{ ...item('c1'), text: 'Edited' }] }, T0 + MIN);
    expect((await db.items.get('x:c1'))?.seenAt).toBe(T0);
    // A file from another machine with a newer read of it.
    const other = freshDb();
    await saveBatch(other, { ...batch([]), items: [{ ...item('c1'), text: 'Edited again' }] }, T0 + 2 * MIN);
    const parsed = parseExport(exportJsonParts(await readSnapshot(other), T0 + 3 * MIN).join(''));
    if (!parsed.ok) throw new Error('the export did not parse');
    await importRecords(db, parsed.records);
    const stored = await db.items.get('x:c1');
    expect(stored?.text).toBe('Edited again');
    expect(stored?.seenAt).toBe(T0);
  });
});
