// The reply queue as the history keeps it: through the real write paths, and after random sequences of writes,
// deletes and prunes always equal to a recount from the stored items.
import { describe, expect, it } from 'vitest';
import { deleteItem, deleteThread } from './delete';
import { deleteAll, type HistoryBatch, pruneOlderThan, type StoredItemInput, saveBatch } from './history';
import { markQueueDone, openQueue, openQueueCount, refillQueue } from './queue';
import type { HistoryDb, StoredQueueEntry } from './schema';
import { freshDb } from './test-db';
import { exportJsonParts, readSnapshot } from './transfer/export';
import { importRecords } from './transfer/merge';
import { parseExport } from './transfer/parse';

const T0 = Date.UTC(2026, 11, 1, 9, 0);
const MIN = 60_000;
const flags = (question = false, complaint = false) => ({
  hostile: false,
  promotional: false,
  complaint,
  question,
  watchlist: [],
});
const comment = (id: string, text: string, over: Partial<StoredItemInput> = {}): StoredItemInput => ({
  id,
  parentId: null,
  author: { name: `Person ${id}`, handle: `p${id}` },
  text,
  time: T0 + Number(id.replace(/\D/g, '') || 0) * MIN,
  own: false,
  tone: 'neutral',
  toneScore: 0,
  flags: flags(),
  ...over,
});
const ask = (id: string, over: Partial<StoredItemInput> = {}) =>
  comment(id, `Wann kommt Bestellung ${id}?`, { flags: flags(true), ...over });
const answer = (id: string, text: string, over: Partial<StoredItemInput> = {}) =>
  comment(id, text, { own: true, author: { name: 'Stadtwerke' }, ...over });
const batch = (site: HistoryBatch['thread']['site'], thread: string, items: StoredItemInput[]): HistoryBatch => ({
  thread: { site, id: thread, url: `https://example.com/${thread}` },
  items,
});

const openKeys = async (db: HistoryDb) => (await openQueue(db)).map((row) => row.key);

describe('the reply queue', () => {
  it('holds questions and complaints until answered, across threads and sites, oldest first', async () => {
    const db = freshDb();
    await saveBatch(db, batch('x', 't1', [ask('3'), comment('4', 'Schön!')]), T0 + 10 * MIN);
    await saveBatch(
      db,
      batch('facebook', 't2', [comment('1', 'Seit Tagen kein Strom!', { flags: flags(false, true) })]),
      T0 + 11 * MIN,
    );
    expect(await openKeys(db)).toEqual(['facebook:1', 'x:3']);
    expect(await openQueueCount(db)).toBe(2);
    const [first] = await openQueue(db);
    expect(first).toMatchObject({ kind: 'complaint', author: 'Person 1', url: 'https://example.com/t2' });

    // A reply to the question answers it; a later comment naming the complainer answers the complaint.
    await saveBatch(db, batch('x', 't1', [answer('5', 'Morgen früh.', { parentId: '3' })]), T0 + 12 * MIN);
    expect(await openKeys(db)).toEqual(['facebook:1']);
    await saveBatch(db, batch('facebook', 't2', [answer('6', '@p1 wir kümmern uns.')]), T0 + 13 * MIN);
    expect(await openQueueCount(db)).toBe(0);

    // Deleting the answer puts the question back.
    expect(await deleteItem(db, 'x:5')).toBe(true);
    expect(await openKeys(db)).toEqual(['x:3']);
  });

  it('keeps a done entry done when its thread is read again, and lets it go with its thread', async () => {
    const db = freshDb();
    await saveBatch(db, batch('x', 't1', [ask('1'), ask('2')]), T0);
    expect(await markQueueDone(db, 'x:1')).toBe(true);
    expect(await markQueueDone(db, 'x:nope')).toBe(false);
    await saveBatch(db, batch('x', 't1', [ask('1', { text: 'Wann kommt sie denn nun?' }), ask('7')]), T0 + MIN);
    expect(await openKeys(db)).toEqual(['x:2', 'x:7']);
    expect((await db.queue.get('x:1'))?.state).toBe('done');
    await deleteThread(db, 'x:t1');
    expect(await db.queue.count()).toBe(0);
  });

  it('leaves with the history: retention and delete everything', async () => {
    const db = freshDb();
    await saveBatch(db, batch('x', 'old', [ask('1')]), T0);
    await saveBatch(db, batch('x', 'new', [ask('2')]), T0 + 100 * 86_400_000);
    await pruneOlderThan(db, T0 + 10 * 86_400_000, T0 + 100 * 86_400_000);
    expect(await openKeys(db)).toEqual(['x:2']);
    await deleteAll(db);
    expect(await db.queue.count()).toBe(0);
  });

  it('always equals a recount from the stored items after random writes, deletes and prunes', async () => {
    let state = 11;
    const rand = () => {
      state = (state * 1_664_525 + 1_013_904_223) >>> 0;
      return state / 2 ** 32;
    };
    const pick = <T>(values: readonly T[]) => values[Math.floor(rand() * values.length)] as T;
    let compared = 0;
    for (let round = 0; round < 4; round += 1) {
      const db = freshDb();
      let clock = T0;
      for (let step = 0; step < 50; step += 1) {
        clock += MIN;
        const thread = pick(['a', 'b', 'c']);
        const site = pick(['x', 'linkedin'] as const);
        const roll = rand();
        if (roll < 0.6) {
          const items = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => {
            const id = String(1 + Math.floor(rand() * 30));
            const kind = rand();
            if (kind < 0.3) return ask(id);
            if (kind < 0.45) return comment(id, 'Kaputt!', { flags: flags(false, true), time: null });
            if (kind < 0.75)
              return answer(id, pick(['Danke', `@p${Math.floor(rand() * 30)} erledigt`]), {
                parentId: rand() < 0.5 ? String(1 + Math.floor(rand() * 30)) : null,
              });
            return comment(id, 'Gut so');
          });
          await saveBatch(db, batch(site, thread, items), clock);
        } else if (roll < 0.75) {
          const [row] = await openQueue(db, 1);
          if (row) await markQueueDone(db, row.key);
        } else if (roll < 0.87) {
          await deleteItem(db, `${site}:${1 + Math.floor(rand() * 30)}`);
        } else if (roll < 0.95) {
          await deleteThread(db, `${site}:${thread}`);
        } else {
          await pruneOlderThan(db, clock - 20 * MIN, clock);
        }
        // After every step, a recount in a copy of the queue (done marks carried over) must equal what is kept.
        const kept = await db.queue.orderBy('key').toArray();
        const copy = new Map(kept.map((row) => [row.key, row]));
        await refillQueue(db.items, db.threads, {
          toArray: async () => [...copy.values()],
          clear: async () => copy.clear(),
          bulkPut: async (rows: StoredQueueEntry[]) => {
            for (const row of rows) copy.set(row.key, row);
            return '';
          },
        } as unknown as Parameters<typeof refillQueue>[2]);
        expect(kept).toEqual([...copy.values()].sort((a, b) => (a.key < b.key ? -1 : 1)));
        compared += kept.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 60_000);

  it('an import brings its threads’ waiting comments, new threads from memory and known ones from the store', async () => {
    const source = freshDb();
    await saveBatch(source, batch('x', 't1', [ask('1'), ask('2'), answer('3', 'Morgen.', { parentId: '1' })]), T0);
    await saveBatch(source, batch('linkedin', 't2', [ask('4')]), T0 + MIN);
    const parsed = parseExport(exportJsonParts(await readSnapshot(source), T0).join(''));
    if (!parsed.ok) throw new Error('the export must parse');

    // The target knows t1 already, with an answer to question 2 the source never saw, and a done mark on 1.
    const target = freshDb();
    await saveBatch(target, batch('x', 't1', [ask('1'), ask('5')]), T0);
    await markQueueDone(target, 'x:1');
    await saveBatch(target, batch('x', 't1', [answer('6', '@p2 gleich.')]), T0 + 2 * MIN);
    await importRecords(target, parsed.records);
    expect(await openKeys(target)).toEqual(['linkedin:4', 'x:5']);
    expect(await target.queue.get('x:1')).toBeUndefined();

    const kept = await target.queue.orderBy('key').toArray();
    await target.transaction('rw', [target.items, target.threads, target.queue], () =>
      refillQueue(target.items, target.threads, target.queue),
    );
    expect(await target.queue.orderBy('key').toArray()).toEqual(kept);
  });
});
