// Schema versions and migrations: each version's test seeds the schema before it and opens the new one, so a
// user's real database (built by an older release) is what gets upgraded. openSeeded() is the helper for that.
import type Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { threadBrief } from './history';
import { createHistoryDb, DB_NAME, type HistoryDb, LATEST_VERSION, SCHEMA_VERSIONS } from './schema';

/**
 * Builds the database as release `version` left it, seeds it through untyped tables (old shapes are not today's
 * types), closes it, and opens it with the latest schema, which runs every upgrade since.
 */
async function openSeeded(version: number, seed: (old: Dexie) => Promise<unknown>): Promise<HistoryDb> {
  const dexie = { indexedDB: new IDBFactory(), IDBKeyRange };
  const old = createHistoryDb({ dexie, upTo: version });
  await old.open();
  await seed(old);
  old.close();
  const db = createHistoryDb({ dexie });
  await db.open();
  return db;
}

/** The indexes as Dexie sees them after opening, in the same notation as the version's stores. */
function storesOf(db: Dexie): Record<string, string> {
  return Object.fromEntries(
    db.tables.map((table) => [
      table.name,
      [table.schema.primKey, ...table.schema.indexes].map((i) => i.src).join(', '),
    ]),
  );
}

describe('schema versions', () => {
  it('are declared in ascending order, starting at 1', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_VERSION).toBe(versions.at(-1));
  });

  it("uses the extension's database name", () => {
    expect(createHistoryDb({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange } }).name).toBe(DB_NAME);
    expect(DB_NAME).toBe('listen-first');
  });

  it('v1 has the tables and indexes the queries rely on', async () => {
    const db = createHistoryDb({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange }, upTo: 1 });
    await db.open();
    expect(db.verno).toBe(1);
    expect(storesOf(db)).toEqual({
      threads: 'key, lastSeen',
      items: 'key, threadKey',
      visits: '++id, threadKey, at, [threadKey+at]',
    });
    db.close();
  });

  it('v2 adds the drafts table and keeps the v1 tables as they were', async () => {
    const db = createHistoryDb({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange } });
    await db.open();
    expect(db.verno).toBe(2);
    expect(storesOf(db)).toEqual({
      threads: 'key, lastSeen',
      items: 'key, threadKey',
      visits: '++id, threadKey, at, [threadKey+at]',
      drafts: '++id, at, threadKey',
    });
    db.close();
  });
});

describe('migrations', () => {
  // Scaffold for v2: copy this test, seed with openSeeded(1, …) in v1's shapes, and assert v2's shapes.
  it('v1 survives closing and reopening with the latest schema', async () => {
    const db = await openSeeded(1, async (old) => {
      await old.table('threads').add({
        key: 'x:100',
        site: 'x',
        id: '100',
        url: 'https://x.com/brand/status/100',
        firstSeen: 1,
        lastSeen: 2,
      });
      await old.table('items').add({
        key: 'x:101',
        site: 'x',
        id: '101',
        threadKey: 'x:100',
        parentId: null,
        author: { name: 'Kim', handle: '@kim' },
        text: 'Wann kommt meine Bestellung?',
        time: 1,
        own: false,
        tone: 'negative',
        toneScore: -0.4,
        flags: { hostile: false, promotional: false, complaint: true, question: true, watchlist: [] },
        firstSeen: 1,
        updatedAt: 1,
        textVersions: 1,
      });
      await old.table('visits').add({ threadKey: 'x:100', at: 1 });
    });
    expect(db.verno).toBe(LATEST_VERSION);
    const brief = await threadBrief(db, 'x', '100', 3);
    expect(brief?.thread.url).toBe('https://x.com/brand/status/100');
    expect(brief?.items.map((i) => i.text)).toEqual(['Wann kommt meine Bestellung?']);
    expect(await db.visits.count()).toBe(1);
    // v2's table exists, empty, and takes rows.
    expect(await db.drafts.count()).toBe(0);
    await db.drafts.add({
      at: 4,
      site: 'x',
      threadKey: 'x:100',
      url: 'https://x.com/brand/status/100',
      composer: 'reply',
      outcome: 'clean',
      verdict: 'ok',
      findings: [],
      chars: 5,
      lang: 'de',
    });
    expect(await db.drafts.where('threadKey').equals('x:100').count()).toBe(1);
    db.close();
  });
});
