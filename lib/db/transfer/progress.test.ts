// Progress and Cancel of import and export: reports only move forward and end at the total, and a cancelled
// import leaves every table exactly as it was, whether cancelled while checking, between writes or during one.
import { describe, expect, it } from 'vitest';
import { sampleFile } from '../../../scripts/history-sample';
import type { HistoryDb } from '../schema';
import { freshDb } from '../test-db';
import { csvFile, exportCsvParts, exportJsonParts, filePartsInSteps, jsonFile, readSnapshot } from './export';
import { importRecords } from './merge';
import { checkExport, parseExport } from './parse';
import { TransferCancelled, type TransferProgress } from './progress';

const NOW = Date.UTC(2026, 10, 20, 9, 0);
/** Long enough for thousands of records in fake-indexeddb on a busy machine; nothing here is timed. */
const SLOW = 120_000;
/** 9,000 records: more than one step of the check and more than one chunk of the comments' write. */
const big = () => sampleFile({ threads: 600, itemsPerThread: 11, now: NOW, days: 30 });
const small = () => sampleFile({ threads: 12, itemsPerThread: 4, now: NOW, days: 10, seed: 7 });

/** Every row of every table, ids included: what "unchanged" means. */
async function contents(db: HistoryDb) {
  return {
    threads: await db.threads.toArray(),
    items: await db.items.toArray(),
    visits: await db.visits.toArray(),
    drafts: await db.drafts.toArray(),
  };
}

/** Visits and posts without their auto-increment ids, which an aborted transaction may have used up. */
const withoutIds = (tables: Awaited<ReturnType<typeof contents>>) => ({
  ...tables,
  visits: tables.visits.map(({ id: _id, ...visit }) => visit),
  drafts: tables.drafts.map(({ id: _id, ...draft }) => draft),
});

function expectSteady(reports: TransferProgress[], phase: TransferProgress['phase'], total: number) {
  const mine = reports.filter((r) => r.phase === phase);
  expect(mine.length).toBeGreaterThan(1);
  mine.forEach((r, i) => {
    expect(r.total).toBe(total);
    expect(r.done).toBeLessThanOrEqual(total);
    if (i > 0) expect(r.done).toBeGreaterThanOrEqual((mine[i - 1] as TransferProgress).done);
  }, SLOW);
  expect(mine[0]?.done).toBe(0);
  expect(mine.at(-1)?.done).toBe(total);
}

async function seededWith(file: string): Promise<HistoryDb> {
  const db = freshDb();
  const parsed = parseExport(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  await importRecords(db, parsed.records);
  return db;
}

describe('import progress', () => {
  it(
    'checks in steps that end at the number of records, with the same result as the check at once',
    async () => {
      const file = big();
      const reports: TransferProgress[] = [];
      const stepped = await checkExport(file, { onProgress: (p) => reports.push(p) });
      const whole = parseExport(file);
      if (!stepped.ok || !whole.ok) throw new Error('parse');
      expect(stepped.records).toEqual(whole.records);
      expectSteady(reports, 'checking', whole.records.length);
    },
    SLOW,
  );

  it(
    'reports the writes chunk by chunk up to all rows written',
    async () => {
      const parsed = parseExport(big());
      if (!parsed.ok) throw new Error('parse');
      const reports: TransferProgress[] = [];
      const db = freshDb();
      await importRecords(db, parsed.records, { onProgress: (p) => reports.push(p) });
      expectSteady(reports, 'writing', parsed.records.length);
      expect(await db.items.count()).toBe(600 * 11);
    },
    SLOW,
  );

  it(
    'a refused file still names the line of the bad record (lines are found only then)',
    async () => {
      const lines = small().split('\n');
      const at = lines.findIndex((l) => l.includes('"type":"item"'));
      lines[at] = (lines[at] as string).replace(/"tone":"\w+"/, '"tone":"furious"');
      const result = await checkExport(lines.join('\n'));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems[0]).toMatchObject({ code: 'record', line: at + 1, field: 'tone' });
    },
    SLOW,
  );
});

describe('a cancelled import changes nothing', () => {
  it(
    'cancelled while the file is checked',
    async () => {
      const db = await seededWith(small());
      const before = await contents(db);
      const run = new AbortController();
      const cancelled = checkExport(big(), {
        signal: run.signal,
        onProgress: (p) => {
          if (p.done > 0) run.abort();
        },
      });
      await expect(cancelled).rejects.toBeInstanceOf(TransferCancelled);
      expect(await contents(db)).toEqual(before);
    },
    SLOW,
  );

  it(
    'cancelled between two chunked writes, after threads were written in the transaction',
    async () => {
      const db = await seededWith(small());
      const before = await contents(db);
      const parsed = parseExport(big());
      if (!parsed.ok) throw new Error('parse');
      const run = new AbortController();
      let seen = 0;
      const cancelled = importRecords(db, parsed.records, {
        signal: run.signal,
        onProgress: (p) => {
          seen = p.done;
          if (p.done > 0) run.abort();
        },
      });
      await expect(cancelled).rejects.toBeInstanceOf(TransferCancelled);
      expect(seen).toBeGreaterThan(0);
      expect(seen).toBeLessThan(parsed.records.length);
      expect(await contents(db)).toEqual(before);
    },
    SLOW,
  );

  it(
    'cancelled while a bulk write is in flight',
    async () => {
      const db = await seededWith(small());
      const before = await contents(db);
      const parsed = parseExport(big());
      if (!parsed.ok) throw new Error('parse');
      const run = new AbortController();
      const cancelled = importRecords(db, parsed.records, {
        signal: run.signal,
        // The first report comes right before the first write: cancel once that write has been handed over.
        onProgress: (p) => {
          if (p.done === 0) queueMicrotask(() => run.abort());
        },
      });
      await expect(cancelled).rejects.toBeInstanceOf(TransferCancelled);
      expect(await contents(db)).toEqual(before);
    },
    SLOW,
  );

  it(
    'cancelled before it starts',
    async () => {
      const db = await seededWith(small());
      const before = await contents(db);
      const parsed = parseExport(big());
      if (!parsed.ok) throw new Error('parse');
      const run = new AbortController();
      run.abort();
      await expect(importRecords(db, parsed.records, { signal: run.signal })).rejects.toBeInstanceOf(TransferCancelled);
      expect(await contents(db)).toEqual(before);
    },
    SLOW,
  );

  it(
    'a history still takes the same import in full after a cancelled one',
    async () => {
      const db = await seededWith(small());
      const parsed = parseExport(big());
      if (!parsed.ok) throw new Error('parse');
      const run = new AbortController();
      await expect(
        importRecords(db, parsed.records, { signal: run.signal, onProgress: (p) => p.done > 0 && run.abort() }),
      ).rejects.toBeInstanceOf(TransferCancelled);
      await importRecords(db, parsed.records);
      const uncancelled = await seededWith(small());
      await importRecords(uncancelled, parsed.records);
      expect(withoutIds(await contents(db))).toEqual(withoutIds(await contents(uncancelled)));
    },
    SLOW,
  );
});

describe('export progress', () => {
  it(
    'reads page by page up to every record, then writes the same file as at once',
    async () => {
      const db = await seededWith(big());
      const reports: TransferProgress[] = [];
      const snapshot = await readSnapshot(db, { onProgress: (p) => reports.push(p) });
      const records = snapshot.threads.length + snapshot.items.length + snapshot.visits.length + snapshot.drafts.length;
      expectSteady(reports, 'reading', records);

      const json = await filePartsInSteps(jsonFile(snapshot, NOW), { onProgress: (p) => reports.push(p) });
      expectSteady(reports, 'writing', records);
      expect(json.join('')).toBe(exportJsonParts(snapshot, NOW).join(''));

      const writes: TransferProgress[] = [];
      const csv = await filePartsInSteps(csvFile(snapshot), { onProgress: (p) => writes.push(p) });
      expectSteady(writes, 'writing', records - snapshot.visits.length);
      expect(csv.join('')).toBe(exportCsvParts(snapshot).join(''));
    },
    SLOW,
  );
});
