// The chart counts every writer keeps equal a recount from scratch, whatever the writes: random sequences of batches,
// posts, deletes, prunes, imports and "delete all" over a few shared ids, so replies meet parents in any order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ToneLabel } from '../analysis/types';
import { recountDayTotals } from './day-totals';
import { deleteDraft, deleteItem, deleteThread } from './delete';
import { recordDraft } from './drafts';
import { deleteAll, pruneOlderThan, saveBatch } from './history';
import type { DraftOutcome, HistoryDb, StoredDay, StoredReply } from './schema';
import { freshDb } from './test-db';
import { historyRecord } from './transfer/format';
import { importRecords } from './transfer/merge';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Late evening: hours either side cross local midnight, so day boundaries are part of every run.
const T0 = new Date(2026, 10, 20, 22, 30).getTime();
const NOW = T0 + 5 * DAY;
const SITES = ['x', 'xing'] as const;
const IDS = ['a', 'b', 'c', 'd', 'e'];
const THREADS = ['t1', 't2', 't3'];
const URL = 'https://example.com/t';

type Site = (typeof SITES)[number];

interface ItemSpec {
  id: string;
  parentId: string | null;
  own: boolean;
  tone: ToneLabel;
  time: number | null;
  text: string;
}

type Op =
  | { kind: 'save'; site: Site; thread: string; items: ItemSpec[]; at: number }
  | { kind: 'draft'; site: Site; thread: string | null; outcome: DraftOutcome; at: number }
  | { kind: 'deleteItem'; site: Site; id: string }
  | { kind: 'deleteDraft'; pick: number }
  | { kind: 'deleteThread'; site: Site; thread: string }
  | { kind: 'prune'; cutoff: number }
  | { kind: 'import'; site: Site; thread: string; items: ItemSpec[]; at: number; newer: number }
  | { kind: 'deleteAll' };

const hours = (min: number, max: number) => fc.integer({ min, max }).map((h) => T0 + h * HOUR + 7 * 60_000);
const site = fc.constantFrom(...SITES);
const thread = fc.constantFrom(...THREADS);

/** `far` adds a time no page can give (a month ahead): prune drops such rows whatever their thread's age. */
const itemSpec = (far: boolean) =>
  fc.record({
    id: fc.constantFrom(...IDS),
    parentId: fc.option(fc.constantFrom(...IDS), { nil: null, freq: 3 }),
    own: fc.boolean(),
    tone: fc.constantFrom<ToneLabel>('positive', 'neutral', 'negative'),
    // Often none at first: a later read of the same item gives one, the only way `time` changes.
    time: fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      { weight: 6, arbitrary: hours(-72, 48) },
      { weight: far ? 1 : 0, arbitrary: fc.constant(T0 + 30 * DAY) },
    ),
    text: fc.constantFrom('eins', 'zwei'),
  });

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('save' as const),
      site,
      thread,
      items: fc.array(itemSpec(true), { maxLength: 4 }),
      at: hours(-48, 72),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('draft' as const),
      site,
      thread: fc.option(thread, { nil: null }),
      outcome: fc.constantFrom<DraftOutcome>('clean', 'edited', 'anyway', 'abandoned'),
      at: hours(-72, 72),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteItem' as const), site, id: fc.constantFrom(...IDS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteDraft' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteThread' as const), site, thread }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('prune' as const), cutoff: hours(-72, 72) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      site,
      thread,
      items: fc.array(itemSpec(false), { maxLength: 4 }),
      at: hours(-48, 48),
      // Later than any batch's read, or earlier: a file replaces only what it has newer.
      newer: fc.integer({ min: -100, max: 100 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'deleteAll' as const }) },
);

const asInput = (spec: ItemSpec) => ({
  ...spec,
  author: { name: spec.own ? 'Brand' : 'Kim' },
  toneScore: 0,
  flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
});

function importFile(o: Extract<Op, { kind: 'import' }>) {
  const threadKey = `${o.site}:${o.thread}`;
  return [
    { type: 'thread', key: threadKey, site: o.site, id: o.thread, url: URL, firstSeen: o.at, lastSeen: o.at },
    ...o.items.map((spec) => ({
      type: 'item',
      key: `${o.site}:${spec.id}`,
      site: o.site,
      threadKey,
      ...asInput(spec),
      firstSeen: o.at,
      updatedAt: o.at + o.newer * HOUR,
      textVersions: 1,
    })),
    {
      type: 'draft',
      site: o.site,
      threadKey,
      at: o.at,
      url: URL,
      composer: 'reply',
      outcome: 'clean',
      verdict: 'ok',
      findings: [],
      chars: 1,
      lang: 'de',
    },
  ].map((record) => historyRecord.parse(record));
}

async function run(db: HistoryDb, o: Op): Promise<void> {
  switch (o.kind) {
    case 'save':
      await saveBatch(db, { thread: { site: o.site, id: o.thread, url: URL }, items: o.items.map(asInput) }, o.at);
      return;
    case 'draft':
      await recordDraft(db, {
        at: o.at,
        site: o.site,
        threadKey: o.thread && `${o.site}:${o.thread}`,
        url: URL,
        composer: 'reply',
        outcome: o.outcome,
        verdict: 'ok',
        findings: [],
        chars: 1,
        lang: 'de',
      });
      return;
    case 'deleteItem':
      await deleteItem(db, `${o.site}:${o.id}`);
      return;
    case 'deleteDraft': {
      const ids = await db.drafts.toCollection().primaryKeys();
      if (ids.length) await deleteDraft(db, ids[o.pick % ids.length] as number);
      return;
    }
    case 'deleteThread':
      await deleteThread(db, `${o.site}:${o.thread}`);
      return;
    case 'prune':
      await pruneOlderThan(db, o.cutoff, NOW);
      return;
    case 'import':
      await importRecords(db, importFile(o));
      return;
    case 'deleteAll':
      await deleteAll(db);
  }
}

const dayOrder = (a: StoredDay, b: StoredDay) => `${a.day}|${a.site}`.localeCompare(`${b.day}|${b.site}`);
const keyOrder = (a: StoredReply, b: StoredReply) => a.key.localeCompare(b.key);

async function expectRecounted(db: HistoryDb): Promise<void> {
  const recount = await recountDayTotals(db.items, db.drafts);
  expect((await db.days.toArray()).sort(dayOrder)).toEqual(recount.days.sort(dayOrder));
  expect((await db.replies.toArray()).sort(keyOrder)).toEqual(recount.replies.sort(keyOrder));
}

describe('keepDayTotals', () => {
  it('keeps what a recount from scratch finds, after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const db = freshDb();
        for (const o of ops) {
          await run(db, o);
          await expectRecounted(db);
        }
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('measures a reply whose parent arrives later, and forgets it when the parent goes', async () => {
    const db = freshDb();
    const thread = { site: 'x' as const, id: 't1', url: URL };
    const parent = { id: 'p', parentId: null, own: false, tone: 'neutral' as const, text: 'Frage', time: null };
    const reply = { id: 'r', parentId: 'p', own: true, tone: 'positive' as const, text: 'Antwort', time: T0 };
    await saveBatch(db, { thread, items: [asInput(reply)] }, T0);
    expect((await db.replies.get('x:r'))?.delay).toBeNull();
    await saveBatch(db, { thread, items: [asInput(parent)] }, T0 + HOUR);
    // Still no page-given time for the parent: not measurable.
    expect((await db.replies.get('x:r'))?.delay).toBeNull();
    await saveBatch(db, { thread, items: [asInput({ ...parent, time: T0 - 20 * 60_000 })] }, T0 + 2 * HOUR);
    expect((await db.replies.get('x:r'))?.delay).toBe(20 * 60_000);
    await deleteItem(db, 'x:p');
    expect((await db.replies.get('x:r'))?.delay).toBeNull();
    await expectRecounted(db);
  });
});
