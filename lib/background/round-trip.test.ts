// Property: every bound of lib/limits.ts holds from the message to the file and back. Records at a limit go through
// the background's checked handlers into the history, export, wipe and import exactly as they were; a record one
// step past any limit is refused, counted and never stored. So whatever is stored, its export imports again.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteAll } from '../db/history';
import type { HistoryDb } from '../db/schema';
import { exportJsonParts, readSnapshot } from '../db/transfer/export';
import { importRecords } from '../db/transfer/merge';
import { parseExport } from '../db/transfer/parse';
import {
  COMMENT_CHARS,
  DRAFT_STORED_CHARS,
  EARLIEST_TIME,
  FINDING_ACTUAL_CHARS,
  FINDINGS_PER_DRAFT,
  FUTURE_SLACK_MS,
  ID_CHARS,
  ITEMS_PER_BATCH,
  NAME_CHARS,
  ROOT_TEXT_CHARS,
  URL_CHARS,
  WATCHLIST_TERM_CHARS,
  WATCHLIST_TERMS,
} from '../limits';
import type { WireBatch, WireDraft } from '../messaging';
import { batch, contentSender, draft, item, LINKEDIN_POST, setup } from './test-fixtures';

const NOW = Date.UTC(2026, 11, 5, 12, 0);
const LATEST = NOW + FUTURE_SLACK_MS;

/** `n` UTF-16 units of `fill`, never ending in half a character. */
const chars = (fill: string, n: number) => fill.repeat(Math.floor(n / fill.length)) + 'x'.repeat(n % fill.length);
const url = (n: number) => `${LINKEDIN_POST}?q=${'a'.repeat(n - LINKEDIN_POST.length - 3)}`;

/** One bound: how to put a message exactly at it, and one step past it. */
interface Limit<M> {
  at(message: M, fill: string): void;
  past(message: M, fill: string): void;
}
const probe = (b: WireBatch) => b.items[0] as WireBatch['items'][number];
const finding = (d: WireDraft) => d.findings[0] as WireDraft['findings'][number];

const BATCH_LIMITS: Record<string, Limit<WireBatch>> = {
  'thread id': {
    at: (b, f) => (b.thread.id = chars(f, ID_CHARS)),
    past: (b, f) => (b.thread.id = chars(f, ID_CHARS + 1)),
  },
  'thread url': { at: (b) => (b.thread.url = url(URL_CHARS)), past: (b) => (b.thread.url = url(URL_CHARS + 1)) },
  'root text': {
    at: (b, f) => (b.thread.rootText = chars(f, ROOT_TEXT_CHARS)),
    past: (b, f) => (b.thread.rootText = chars(f, ROOT_TEXT_CHARS + 1)),
  },
  'root author': {
    at: (b, f) => (b.thread.rootAuthor = chars(f, NAME_CHARS)),
    past: (b, f) => (b.thread.rootAuthor = chars(f, NAME_CHARS + 1)),
  },
  'earliest visit': { at: (b) => (b.visitAt = EARLIEST_TIME), past: (b) => (b.visitAt = EARLIEST_TIME - 1) },
  'latest visit': { at: (b) => (b.visitAt = LATEST), past: (b) => (b.visitAt = LATEST + 1) },
  'item id': {
    at: (b, f) => (probe(b).id = chars(f, ID_CHARS)),
    past: (b, f) => (probe(b).id = chars(f, ID_CHARS + 1)),
  },
  'parent id': {
    at: (b, f) => (probe(b).parentId = chars(f, ID_CHARS)),
    past: (b, f) => (probe(b).parentId = chars(f, ID_CHARS + 1)),
  },
  'author name': {
    at: (b, f) => (probe(b).author.name = chars(f, NAME_CHARS)),
    past: (b, f) => (probe(b).author.name = chars(f, NAME_CHARS + 1)),
  },
  handle: {
    at: (b, f) => (probe(b).author.handle = chars(f, NAME_CHARS)),
    past: (b, f) => (probe(b).author.handle = chars(f, NAME_CHARS + 1)),
  },
  'profile url': {
    at: (b) => (probe(b).author.profileUrl = url(URL_CHARS)),
    past: (b) => (probe(b).author.profileUrl = url(URL_CHARS + 1)),
  },
  'comment text': {
    at: (b, f) => Object.assign(probe(b), { text: chars(f, COMMENT_CHARS), truncated: true }),
    past: (b, f) => (probe(b).text = chars(f, COMMENT_CHARS + 1)),
  },
  'earliest comment': { at: (b) => (probe(b).time = EARLIEST_TIME), past: (b) => (probe(b).time = EARLIEST_TIME - 1) },
  'latest comment': { at: (b) => (probe(b).time = LATEST), past: (b) => (probe(b).time = LATEST + 1) },
  permalink: {
    at: (b) => (probe(b).permalink = url(URL_CHARS)),
    past: (b) => (probe(b).permalink = url(URL_CHARS + 1)),
  },
  'lowest tone': { at: (b) => (probe(b).toneScore = -1), past: (b) => (probe(b).toneScore = -1 - 1e-9) },
  'highest tone': { at: (b) => (probe(b).toneScore = 1), past: (b) => (probe(b).toneScore = 1 + 1e-9) },
  'watchlist words': {
    at: (b) => (probe(b).flags.watchlist = Array.from({ length: WATCHLIST_TERMS }, (_, i) => `w${i}`)),
    past: (b) => (probe(b).flags.watchlist = Array.from({ length: WATCHLIST_TERMS + 1 }, (_, i) => `w${i}`)),
  },
  'watchlist word': {
    at: (b, f) => (probe(b).flags.watchlist = [chars(f, WATCHLIST_TERM_CHARS)]),
    past: (b, f) => (probe(b).flags.watchlist = [chars(f, WATCHLIST_TERM_CHARS + 1)]),
  },
  'items per batch': {
    at: (b) => b.items.push(...Array.from({ length: ITEMS_PER_BATCH - b.items.length }, (_, i) => item(`n${i}`))),
    past: (b) => b.items.push(...Array.from({ length: ITEMS_PER_BATCH + 1 - b.items.length }, (_, i) => item(`n${i}`))),
  },
};

const DRAFT_LIMITS: Record<string, Limit<WireDraft>> = {
  'earliest post': { at: (d) => (d.at = EARLIEST_TIME), past: (d) => (d.at = EARLIEST_TIME - 1) },
  'latest post': { at: (d) => (d.at = LATEST), past: (d) => (d.at = LATEST + 1) },
  'post url': { at: (d) => (d.url = url(URL_CHARS)), past: (d) => (d.url = url(URL_CHARS + 1)) },
  'post text': {
    at: (d, f) => (d.text = chars(f, DRAFT_STORED_CHARS)),
    past: (d, f) => (d.text = chars(f, DRAFT_STORED_CHARS + 1)),
  },
  findings: {
    at: (d) => (d.findings = Array.from({ length: FINDINGS_PER_DRAFT }, () => ({ ...finding(d) }))),
    past: (d) => (d.findings = Array.from({ length: FINDINGS_PER_DRAFT + 1 }, () => ({ ...finding(d) }))),
  },
  'flagged words': {
    at: (d, f) => (finding(d).actual = chars(f, FINDING_ACTUAL_CHARS)),
    past: (d, f) => (finding(d).actual = chars(f, FINDING_ACTUAL_CHARS + 1)),
  },
  'rule id': {
    at: (d, f) => (finding(d).ruleId = chars(f, NAME_CHARS)),
    past: (d, f) => (finding(d).ruleId = chars(f, NAME_CHARS + 1)),
  },
  language: { at: (d, f) => (d.lang = chars(f, NAME_CHARS)), past: (d, f) => (d.lang = chars(f, NAME_CHARS + 1)) },
  'post thread id': {
    at: (d, f) => (d.threadId = chars(f, ID_CHARS)),
    past: (d, f) => (d.threadId = chars(f, ID_CHARS + 1)),
  },
};

const limitsOf = <M>(table: Record<string, Limit<M>>) =>
  fc.record({
    at: fc.subarray(Object.keys(table)),
    // Half the runs store at the limits (nil is 1 in `freq`), half push one bound one step too far.
    past: fc.option(fc.constantFrom(...Object.keys(table)), { freq: 2 }),
  });

function build<M>(
  message: M,
  table: Record<string, Limit<M>>,
  choice: { at: string[]; past: string | null },
  fill: string,
) {
  for (const name of choice.at) table[name]?.at(message, fill);
  if (choice.past) table[choice.past]?.past(message, fill);
  return message;
}

/** Every table as it is, without the ids IndexedDB hands out (a wipe does not reset them). */
async function dump(db: HistoryDb) {
  const snapshot = await readSnapshot(db);
  return {
    ...snapshot,
    visits: snapshot.visits.map(({ id: _id, ...visit }) => visit),
    drafts: snapshot.drafts.map(({ id: _id, ...draft }) => draft),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('limits from message to file and back', () => {
  it('stores what is at a limit exactly, refuses what is past it, and every export imports again', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('x', 'ü', '😀', '=\n', '\u0000'),
        limitsOf(BATCH_LIMITS),
        limitsOf(DRAFT_LIMITS),
        async (fill, batchLimits, draftLimits) => {
          const { db, drops, send } = setup();
          const sender = contentSender(LINKEDIN_POST);
          const findings = [
            { ruleId: 'price-offer', category: 'promotional', severity: 'warn', actual: '20 %' },
          ] as const;
          const sentBatch = build(batch([item('c1'), item('c2')]), BATCH_LIMITS, batchLimits, fill);
          const sentDraft = build(draft({ findings: [...findings] }), DRAFT_LIMITS, draftLimits, fill);

          const saved = await send('history:save', { batch: structuredClone(sentBatch) }, sender);
          const recorded = await send('draft:record', { draft: structuredClone(sentDraft) }, sender);
          expect(saved).toEqual({ saved: batchLimits.past === null });
          expect(recorded).toEqual({ saved: draftLimits.past === null });
          expect(drops.count('history:save')).toBe(batchLimits.past === null ? 0 : 1);
          expect(drops.count('draft:record')).toBe(draftLimits.past === null ? 0 : 1);
          expect(await db.items.count()).toBe(
            batchLimits.past === null ? new Set(sentBatch.items.map((i) => i.id)).size : 0,
          );
          expect(await db.threads.count()).toBe(batchLimits.past === null ? 1 : 0);
          expect(await db.drafts.count()).toBe(draftLimits.past === null ? 1 : 0);

          if (batchLimits.past === null) {
            const [thread] = await db.threads.toArray();
            expect(thread).toMatchObject(sentBatch.thread);
            const stored = await db.items.get(`linkedin:${probe(sentBatch).id}`);
            expect(stored).toMatchObject(probe(sentBatch));
          }
          if (draftLimits.past === null) {
            const { threadId, ...fields } = sentDraft;
            const [row] = await db.drafts.toArray();
            expect(row).toMatchObject({ ...fields, threadKey: threadId === null ? null : `linkedin:${threadId}` });
          }

          const before = await dump(db);
          const file = exportJsonParts(await readSnapshot(db), NOW).join('');
          await deleteAll(db);
          const parsed = parseExport(file);
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
          await importRecords(db, parsed.records);
          expect(await dump(db)).toEqual(before);
          expect(exportJsonParts(await readSnapshot(db), NOW).join('')).toBe(file);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
