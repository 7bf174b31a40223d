// Search against a brute-force reading of every record: every way in (rare keys, newest-first scan, full
// intersection after a capped scan) must give the same newest hits, under random filters and shared timestamps.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type DraftRecord, recordDraft } from './drafts';
import { type HistoryBatch, type StoredItemInput, saveBatch } from './history';
import { draftMatches, type HistoryEntry, type HistoryFilter, itemMatches, threadMatches } from './query';
import { createHistoryDb, type HistoryDb } from './schema';
import { type SearchCaps, searchHistory } from './search';
import { queryTerms } from './search-words';
import { freshDb } from './test-db';

const T0 = Date.UTC(2026, 10, 1, 9, 0);
const MIN = 60_000;
const SITES = ['x', 'facebook', 'linkedin'] as const;
const TONES = ['positive', 'neutral', 'negative'] as const;
/** Common words (on many records), rarer ones, and words sharing a prefix ("liefer…"). */
const VOCABULARY = [
  'lieferung',
  'liefern',
  'lieferzeit',
  'preis',
  'monate',
  'danke',
  'danke',
  'danke',
  'rückruf',
  'kundennummer',
  'paket',
  'paket',
  'kaputt',
  'storno',
];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Shared by several tests, so not closed after each one as freshDb's are. */
async function randomHistory(seed: number): Promise<HistoryDb> {
  const rand = random(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(rand() * values.length)] as T;
  const db = createHistoryDb({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange } });
  let n = 0;
  for (let b = 0; b < 40; b += 1) {
    const site = pick(SITES);
    const items: StoredItemInput[] = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => {
      n += 1;
      const words = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(VOCABULARY));
      return {
        id: `i${n}`,
        parentId: null,
        author: { name: `Person ${n % 7}` },
        text: `${words.join(' ')} ${n}`,
        time: T0,
        own: false,
        tone: pick(TONES),
        toneScore: 0,
        flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
      };
    });
    const batch: HistoryBatch = {
      thread: { site, id: `t${b % 9}`, url: `https://example.test/${b % 9}`, rootText: `${pick(VOCABULARY)} thread` },
      items,
    };
    // Every third batch shares its time with the one before: pages of hits must not skip or repeat those.
    await saveBatch(db, batch, T0 + Math.floor(b / 3) * 3 * MIN + (b % 3 === 2 ? 0 : (b % 3) * MIN));
    if (rand() < 0.3) {
      const draft: DraftRecord = {
        at: T0 + b * MIN,
        site,
        threadKey: `${site}:t${b % 9}`,
        url: 'https://example.test/d',
        composer: 'reply',
        outcome: pick(['clean', 'edited', 'anyway'] as const),
        verdict: 'ok',
        findings: [],
        text: `${pick(VOCABULARY)} ${pick(VOCABULARY)}`,
        chars: 10,
        lang: 'de',
      };
      await recordDraft(db, draft);
    }
  }
  return db;
}

/** Every record read and checked: what the search must find, newest first. */
async function bruteForce(db: HistoryDb, query: string, filter: HistoryFilter): Promise<HistoryEntry[]> {
  const terms = queryTerms(query);
  const has = (words: string[]) => terms.every((term) => words.some((word) => word.startsWith(term)));
  const wantRead = !filter.action || filter.action === 'read';
  const wantDrafts = !filter.tone && filter.action !== 'read';
  const entries: HistoryEntry[] = [];
  if (wantRead) {
    for (const thread of await db.threads.toArray())
      if (has(thread.words) && threadMatches(thread, filter))
        entries.push({ kind: 'thread', at: thread.lastSeen, thread, tone: 'neutral' });
    for (const item of await db.items.toArray())
      if (has(item.words) && itemMatches(item, filter)) entries.push({ kind: 'item', at: item.firstSeen, item });
  }
  if (wantDrafts)
    for (const draft of await db.drafts.toArray())
      if (has(draft.words) && draftMatches(draft, filter)) entries.push({ kind: 'draft', at: draft.at, draft });
  return entries.sort((a, b) => b.at - a.at);
}

const keyOf = (entry: HistoryEntry) =>
  entry.kind === 'thread' ? entry.thread.key : entry.kind === 'item' ? entry.item.key : `d${entry.draft.id}`;

const CAPS: Record<string, SearchCaps> = {
  'rare terms by their keys': { keyCap: 10_000, scanCap: 10_000 },
  'common terms by a scan': { keyCap: 2, scanCap: 10_000 },
  'a capped scan, then the full key sets': { keyCap: 2, scanCap: 3 },
  'some terms rare, some common': { keyCap: 25, scanCap: 10_000 },
};

const QUERIES = ['liefer', 'lieferung', 'danke', 'danke paket', 'preis monate', 'rü', 'storno kaputt danke', 'nix'];

describe('searchHistory', () => {
  // Two random histories, and what a full read finds for each query and filter, shared by every way in below.
  const cases = (async () => {
    const rand = random(7);
    const out: { db: HistoryDb; query: string; filter: HistoryFilter; expected: HistoryEntry[] }[] = [];
    for (const seed of [1, 2]) {
      const db = await randomHistory(seed);
      for (const query of QUERIES) {
        const filters: HistoryFilter[] = [
          {},
          { site: SITES[Math.floor(rand() * 3)] },
          { tone: 'negative' },
          { action: 'read', from: T0 + 10 * MIN, to: T0 + 60 * MIN },
          { action: 'edited' },
        ];
        for (const filter of filters) out.push({ db, query, filter, expected: await bruteForce(db, query, filter) });
      }
    }
    return out;
  })();

  for (const [name, caps] of Object.entries(CAPS)) {
    it(`finds the newest hits a full read finds: ${name}`, async () => {
      let compared = 0;
      for (const { db, query, filter, expected } of await cases) {
        for (const limit of [1, 5, 30]) {
          const result = await searchHistory(db, query, filter, limit, caps);
          // Shared timestamps may order ties either way: the times must agree, and every hit must be a real one.
          expect(result.entries.map((e) => e.at)).toEqual(expected.slice(0, limit).map((e) => e.at));
          const real = new Set(expected.map(keyOf));
          expect(result.entries.every((e) => real.has(keyOf(e)))).toBe(true);
          expect(new Set(result.entries.map(keyOf)).size).toBe(result.entries.length);
          expect(result.truncated).toBe(expected.length > limit);
          compared += expected.length > 0 ? 1 : 0;
        }
      }
      // The random histories must give most queries something to find, or the comparison proves little.
      expect(compared).toBeGreaterThan(120);
    }, 60_000);
  }

  it('finds the newest of many candidates through time windows, and by a scan, alike', async () => {
    const db = freshDb();
    const items = Array.from({ length: 1_500 }, (_, i) => ({
      id: `p${i}`,
      parentId: null,
      author: { name: 'Kundin' },
      // Every third comment has the rarer second word: 500 candidates for "paket kaputt", more than are read outright.
      text: i % 3 === 0 ? `Paket ${i} kaputt` : `Paket ${i} ist da`,
      time: T0,
      own: false,
      tone: 'neutral' as const,
      toneScore: 0,
      flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
    }));
    for (let day = 0; day < 30; day += 1)
      await saveBatch(
        db,
        {
          thread: { site: 'xing', id: 't', url: 'https://example.test/t' },
          items: items.slice(day * 50, day * 50 + 50),
        },
        T0 + day * 86_400_000,
      );
    for (const query of ['paket', 'paket kaputt', 'kaputt']) {
      const expected = (await bruteForce(db, query, {})).slice(0, 20).map((e) => e.at);
      for (const caps of [
        { keyCap: 10_000, scanCap: 10_000 },
        { keyCap: 100, scanCap: 10_000 },
        { keyCap: 100, scanCap: 200 },
      ])
        expect((await searchHistory(db, query, {}, 20, caps)).entries.map((e) => e.at)).toEqual(expected);
    }
  }, 60_000);
});
