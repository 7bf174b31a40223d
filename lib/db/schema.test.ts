// Schema versions and migrations: each version's test seeds the schema before it and opens the new one, so a
// user's real database (built by an older release) is what gets upgraded. openSeeded() is the helper for that.
import type Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { threadBrief } from './history';
import { createHistoryDb, DB_NAME, type HistoryDb, LATEST_VERSION, SCHEMA_VERSIONS } from './schema';
import { historyStats } from './stats';

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
    const db = createHistoryDb({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange }, upTo: 2 });
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

  it('v3 adds the search and history-page indexes', async () => {
    const db = createHistoryDb({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange }, upTo: 3 });
    await db.open();
    expect(db.verno).toBe(3);
    expect(storesOf(db)).toEqual({
      threads: 'key, lastSeen, *words',
      items: 'key, threadKey, firstSeen, *words',
      visits: '++id, threadKey, at, [threadKey+at]',
      drafts: '++id, at, threadKey, outcome, *words',
    });
    db.close();
  });

  it('v4 adds the chart tables and keeps the v3 tables as they were', async () => {
    const db = createHistoryDb({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange }, upTo: 4 });
    await db.open();
    expect(db.verno).toBe(4);
    expect(storesOf(db)).toEqual({
      threads: 'key, lastSeen, *words',
      items: 'key, threadKey, firstSeen, *words',
      visits: '++id, threadKey, at, [threadKey+at]',
      drafts: '++id, at, threadKey, outcome, *words',
      days: '[day+site]',
      replies: 'key, parent',
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
      words: [],
    });
    expect(await db.drafts.where('threadKey').equals('x:100').count()).toBe(1);
    db.close();
  });

  it('v2 → v3 indexes every stored text for search and summarises each thread, losing nothing', async () => {
    const item = (id: string, threadKey: string, text: string, tone: string, own = false) => ({
      key: `facebook:${id}`,
      site: 'facebook',
      id,
      threadKey,
      parentId: null,
      author: { name: own ? 'Stadtwerke' : 'Jana Muster' },
      text,
      time: 10,
      own,
      tone,
      toneScore: 0,
      flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
      firstSeen: 10,
      updatedAt: 10,
      textVersions: 1,
    });
    const db = await openSeeded(2, async (old) => {
      await old.table('threads').bulkAdd([
        {
          key: 'facebook:1',
          site: 'facebook',
          id: '1',
          url: 'https://www.facebook.com/1',
          rootText: 'Neue Tarife ab Januar',
          rootAuthor: 'Stadtwerke',
          firstSeen: 1,
          lastSeen: 20,
        },
        { key: 'facebook:2', site: 'facebook', id: '2', url: 'https://www.facebook.com/2', firstSeen: 1, lastSeen: 5 },
      ]);
      await old
        .table('items')
        .bulkAdd([
          item('11', 'facebook:1', 'Schon wieder teurer? Unverschämt!', 'negative'),
          item('12', 'facebook:1', 'Danke für die Info', 'positive'),
          item('13', 'facebook:1', 'Wir melden uns per Nachricht.', 'neutral', true),
        ]);
      await old.table('visits').add({ threadKey: 'facebook:1', at: 15 });
      await old.table('drafts').bulkAdd([
        {
          at: 30,
          site: 'facebook',
          threadKey: 'facebook:1',
          url: 'u',
          composer: 'reply',
          outcome: 'anyway',
          verdict: 'warn',
          findings: [],
          text: 'Jetzt zugreifen, nur heute!',
          chars: 27,
          lang: 'de',
        },
        {
          at: 31,
          site: 'facebook',
          threadKey: null,
          url: 'u',
          composer: 'post',
          outcome: 'clean',
          verdict: 'ok',
          findings: [],
          chars: 12,
          lang: 'de',
        },
      ]);
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.items.count()).toBe(3);
    expect(await db.visits.count()).toBe(1);
    const [first, second] = await db.threads.bulkGet(['facebook:1', 'facebook:2']);
    expect(first?.summary).toEqual({ items: 3, positive: 1, neutral: 1, negative: 1, own: 1 });
    expect(first?.rootText).toBe('Neue Tarife ab Januar');
    expect(second?.summary).toEqual({ items: 0, positive: 0, neutral: 0, negative: 0, own: 0 });
    expect(first?.words).toEqual(['neue', 'tarife', 'ab', 'januar', 'stadtwerke']);
    expect(await db.items.where('words').startsWith('unversch').primaryKeys()).toEqual(['facebook:11']);
    expect(await db.threads.where('words').equals('tarife').primaryKeys()).toEqual(['facebook:1']);
    const drafts = await db.drafts.orderBy('at').toArray();
    expect(drafts.map((d) => d.words)).toEqual([['jetzt', 'zugreifen', 'nur', 'heute'], []]);
    expect(drafts[0]?.text).toBe('Jetzt zugreifen, nur heute!');
    expect(await db.items.orderBy('firstSeen').count()).toBe(3);
    db.close();
  });

  it('v3 → v4 counts the stored comments, posts and reply times per day, as the writers would have', async () => {
    const MIN = 60_000;
    const noon = new Date(2026, 10, 20, 12, 0).getTime();
    const nextNoon = new Date(2026, 10, 21, 12, 0).getTime();
    const item = (id: string, over: Record<string, unknown>) => ({
      key: `xing:${id}`,
      site: 'xing',
      id,
      threadKey: 'xing:1',
      parentId: null,
      author: { name: 'Kim' },
      text: id,
      time: noon,
      own: false,
      tone: 'neutral',
      toneScore: 0,
      flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
      firstSeen: noon,
      updatedAt: noon,
      textVersions: 1,
      words: [],
      ...over,
    });
    const counts = (
      positive: number,
      neutral: number,
      negative: number,
      clean: number,
      edited: number,
      anyway: number,
    ) => ({
      positive,
      neutral,
      negative,
      clean,
      edited,
      anyway,
    });
    const draft = (at: number, outcome: string) => ({
      at,
      site: 'xing',
      threadKey: 'xing:1',
      url: 'u',
      composer: 'reply',
      outcome,
      verdict: 'ok',
      findings: [],
      chars: 1,
      lang: 'de',
      words: [],
    });
    const db = await openSeeded(3, async (old) => {
      await old.table('items').bulkAdd([
        item('q1', { tone: 'negative' }),
        // No page time: counted on the day it was first read.
        item('q2', { tone: 'positive', time: null, firstSeen: nextNoon }),
        item('r1', { own: true, parentId: 'q1', time: noon + 45 * MIN }),
        // Parent never stored, and parent without a time: rows kept for when it comes, no delay yet.
        item('r2', { own: true, parentId: 'gone', time: nextNoon }),
        item('r3', { own: true, parentId: 'q2', time: nextNoon }),
      ]);
      await old.table('drafts').bulkAdd([draft(noon, 'clean'), draft(noon, 'abandoned'), draft(nextNoon, 'anyway')]);
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.days.orderBy('[day+site]').toArray()).toEqual([
      { day: '2026-11-20', site: 'xing', ...counts(0, 0, 1, 1, 0, 0), delays: [45 * MIN] },
      { day: '2026-11-21', site: 'xing', ...counts(1, 0, 0, 0, 0, 1), delays: [] },
    ]);
    expect((await db.replies.orderBy('key').toArray()).map((r) => [r.key, r.parent, r.day, r.delay])).toEqual([
      ['xing:r1', 'xing:q1', '2026-11-20', 45 * MIN],
      ['xing:r2', 'xing:gone', '2026-11-21', null],
      ['xing:r3', 'xing:q2', '2026-11-21', null],
    ]);
    const stats = await historyStats(db, { from: noon, to: nextNoon });
    expect(stats.replies).toMatchObject({ total: 1, median: 45, within30: 0, within24h: 1 });
    expect(stats.posts.map((d) => d.clean + d.edited + d.anyway)).toEqual([1, 1]);
    db.close();
  });

  it('v3 → v5 fills the reply queue from the stored items: open questions and complaints, not answered ones', async () => {
    const item = (id: string, text: string, over: Record<string, unknown>) => ({
      key: `x:${id}`,
      site: 'x',
      threadKey: 'x:1',
      id,
      parentId: null,
      author: { name: `Person ${id}`, handle: `p${id}` },
      text,
      time: Number(id),
      own: false,
      tone: 'neutral',
      toneScore: 0,
      flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
      firstSeen: 50,
      updatedAt: 50,
      textVersions: 1,
      words: [],
      ...over,
    });
    const flags = (question: boolean, complaint: boolean) => ({
      hostile: false,
      promotional: false,
      complaint,
      question,
      watchlist: [],
    });
    const db = await openSeeded(3, async (old) => {
      await old.table('threads').add({
        key: 'x:1',
        site: 'x',
        id: '1',
        url: 'https://x.com/a/status/1',
        firstSeen: 1,
        lastSeen: 50,
        words: [],
        summary: { items: 4, positive: 0, neutral: 4, negative: 0, own: 1 },
      });
      await old.table('items').bulkAdd([
        item('10', 'Wann kommt mein Paket?', { flags: flags(true, false) }),
        item('11', 'Seit Wochen kaputt, keiner hilft!', {
          flags: flags(false, true),
          permalink: 'https://x.com/p11/status/11',
        }),
        item('12', 'Gibt es das auch in Blau?', { flags: flags(true, false) }),
        item('13', 'Ist unterwegs, morgen da.', { own: true, parentId: '10' }),
      ]);
    });
    expect(db.verno).toBe(LATEST_VERSION);
    const rows = await db.queue.orderBy('[state+at]').toArray();
    expect(rows.map((r) => [r.key, r.kind, r.state, r.url])).toEqual([
      ['x:11', 'complaint', 'open', 'https://x.com/p11/status/11'],
      ['x:12', 'question', 'open', 'https://x.com/a/status/1'],
    ]);
    db.close();
  });
});
