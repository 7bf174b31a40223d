// Imports checked records into the history in one read-write transaction: what is already there is merged, not
// duplicated, and any failure (a full disk among them) or a Cancel rolls the whole import back.
import { added, dayTables, keepDayTotals, replacedItems } from '../day-totals';
import { refreshQueueAfterImport } from '../queue';
import {
  applyToSummary,
  emptySummary,
  type HistoryDb,
  itemWords,
  type StoredDraft,
  type StoredDraftFinding,
  type StoredItem,
  type StoredThread,
  threadWords,
} from '../schema';
import { searchWords } from '../search-words';
import type { DraftFileRecord, HistoryRecord, ItemRecord, ThreadRecord } from './format';
import { TransferCancelled, type TransferControl } from './progress';
import { storedRows } from './stored-rows';

export interface ImportCounts {
  added: number;
  merged: number;
  skipped: number;
}

export interface ImportSummary {
  threads: ImportCounts;
  items: ImportCounts;
  visits: ImportCounts;
  drafts: ImportCounts;
}

const counts = (): ImportCounts => ({ added: 0, merged: 0, skipped: 0 });

/** A post has no id across machines: the same moment, place, outcome and text is the same post. */
const draftSignature = (d: Pick<StoredDraft, 'at' | 'site' | 'threadKey' | 'outcome' | 'chars' | 'text'>) =>
  JSON.stringify([d.at, d.site, d.threadKey, d.outcome, d.chars, d.text ?? null]);

/** Rows per bulk write: between chunks the page shows how far the write has come. */
const WRITE_CHUNK = 5_000;

/**
 * Merges `records` into the history. A Cancel (control.signal) aborts the transaction, so nothing of the file stays;
 * the promise then rejects with TransferCancelled.
 */
export async function importRecords(
  db: HistoryDb,
  records: HistoryRecord[],
  control: TransferControl = {},
): Promise<ImportSummary> {
  const summary: ImportSummary = { threads: counts(), items: counts(), visits: counts(), drafts: counts() };
  const byType = {
    thread: records.filter((r): r is ThreadRecord & { type: 'thread' } => r.type === 'thread'),
    item: records.filter((r): r is ItemRecord & { type: 'item' } => r.type === 'item'),
    visit: records.filter((r) => r.type === 'visit'),
    draft: records.filter((r): r is DraftFileRecord => r.type === 'draft'),
  };
  const { signal } = control;
  if (signal?.aborted) throw new TransferCancelled();
  let cancelled = false;
  const written = db.transaction(
    'rw',
    [db.threads, db.items, db.visits, db.drafts, db.queue, ...dayTables(db)],
    async (tx) => {
      // Abort at once, even with a bulk write in flight: IndexedDB then undoes every write of this transaction.
      const abort = () => {
        cancelled = true;
        tx.abort();
      };
      signal?.addEventListener('abort', abort, { once: true });
      // Threads first: merged items adjust their summaries.
      const threadKeys = [...new Set(byType.thread.map((t) => t.key))];
      const known = new Map<string, StoredThread>();
      // Threads this file brings for the first time: no stored comment belongs to them, so their queue comes from memory.
      const newThreads = new Set<string>();
      (await storedRows(db.threads, threadKeys)).forEach((t) => {
        if (t) known.set(t.key, t);
      });
      for (const record of byType.thread) {
        const { type: _type, ...fields } = record;
        const existing = known.get(record.key);
        if (!existing) {
          const thread: StoredThread = { ...fields, words: [], summary: emptySummary() };
          thread.words = threadWords(thread);
          known.set(record.key, thread);
          summary.threads.added += 1;
          newThreads.add(record.key);
          continue;
        }
        const merged: StoredThread = {
          ...existing,
          rootText: existing.rootText ?? fields.rootText,
          rootAuthor: existing.rootAuthor ?? fields.rootAuthor,
          firstSeen: Math.min(existing.firstSeen, fields.firstSeen),
          lastSeen: Math.max(existing.lastSeen, fields.lastSeen),
        };
        merged.words = threadWords(merged);
        const changed =
          merged.firstSeen !== existing.firstSeen ||
          merged.lastSeen !== existing.lastSeen ||
          merged.rootText !== existing.rootText;
        summary.threads[changed ? 'merged' : 'skipped'] += 1;
        known.set(record.key, merged);
      }

      // Items: a stored one is replaced only by a newer read of it (updatedAt), never by an older file.
      const storedItems = await storedRows(
        db.items,
        byType.item.map((i) => i.key),
      );
      const itemsOut: StoredItem[] = [];
      byType.item.forEach((record, index) => {
        const { type: _type, ...fields } = record;
        const stored = storedItems[index];
        if (stored && stored.updatedAt >= fields.updatedAt) {
          summary.items.skipped += 1;
          return;
        }
        const item: StoredItem = {
          ...fields,
          threadKey: stored?.threadKey ?? fields.threadKey,
          words: itemWords(fields),
          // Not in files: what the user has seen on this machine stays seen.
          ...(stored?.seenAt !== undefined ? { seenAt: stored.seenAt } : {}),
        };
        const thread = known.get(item.threadKey);
        if (thread) {
          if (stored) applyToSummary(thread.summary, stored, -1);
          applyToSummary(thread.summary, item, 1);
        }
        itemsOut.push(item);
        summary.items[stored ? 'merged' : 'added'] += 1;
      });

      const visitPairs = byType.visit.map((v) => [v.threadKey, v.at] as [string, number]);
      const storedVisits = new Set(
        (await db.visits.where('[threadKey+at]').anyOf(visitPairs).toArray()).map((v) => `${v.threadKey}\u0000${v.at}`),
      );
      const visitsOut: { threadKey: string; at: number }[] = [];
      for (const v of byType.visit) {
        const id = `${v.threadKey}\u0000${v.at}`;
        if (storedVisits.has(id)) summary.visits.skipped += 1;
        else {
          storedVisits.add(id);
          visitsOut.push({ threadKey: v.threadKey, at: v.at });
          summary.visits.added += 1;
        }
      }

      const storedDrafts = new Set(
        (
          await db.drafts
            .where('at')
            .anyOf([...new Set(byType.draft.map((d) => d.at))])
            .toArray()
        ).map(draftSignature),
      );
      const draftsOut: StoredDraft[] = [];
      for (const record of byType.draft) {
        const { type: _type, ...fields } = record;
        const signature = draftSignature(fields);
        if (storedDrafts.has(signature)) {
          summary.drafts.skipped += 1;
          continue;
        }
        storedDrafts.add(signature);
        // Categories are kept as the file says: a newer release's category is still a finding worth reporting.
        draftsOut.push({
          ...fields,
          findings: fields.findings as StoredDraftFinding[],
          words: searchWords(fields.text),
        });
        summary.drafts.added += 1;
      }

      // `known` holds exactly the file's threads, merged or new, with summaries that now include the file's items.
      const threadsOut = [...known.values()];
      const progress = writeProgress(
        control,
        threadsOut.length + itemsOut.length + visitsOut.length + draftsOut.length,
      );
      await inPipeline(
        [
          ...chunks(threadsOut, (chunk) => db.threads.bulkPut(chunk)),
          ...chunks(itemsOut, (chunk) => db.items.bulkPut(chunk)),
          ...chunks(visitsOut, (chunk) => db.visits.bulkAdd(chunk)),
          ...chunks(draftsOut, (chunk) => db.drafts.bulkAdd(chunk)),
        ],
        progress,
      );
      await keepDayTotals(db, { items: replacedItems(storedItems, itemsOut), drafts: draftsOut.map(added) });
      await refreshQueueAfterImport(db, itemsOut, known, newThreads);
      // From here the transaction commits: a Cancel now comes too late to undo, and the import is reported done.
      signal?.removeEventListener('abort', abort);
    },
  );
  try {
    await written;
  } catch (error) {
    if (cancelled) throw new TransferCancelled();
    throw error;
  }
  return summary;
}

/** Counts rows written across the chunked writes and reports them; the first report says how many are to come. */
function writeProgress(control: TransferControl, total: number): (rows: number) => void {
  let done = 0;
  control.onProgress?.({ phase: 'writing', done, total });
  return (rows) => {
    done += rows;
    control.onProgress?.({ phase: 'writing', done, total });
  };
}

interface Write {
  rows: number;
  run: () => Promise<unknown>;
}

/** A bulk write per chunk of rows. */
function chunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Write[] {
  const out: Write[] = [];
  for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
    const chunk = rows.slice(start, start + WRITE_CHUNK);
    out.push({ rows: chunk.length, run: () => write(chunk) });
  }
  return out;
}

/**
 * Runs the writes in order inside the caller's transaction, the next one handed to IndexedDB before the previous one
 * is done: waiting for each chunk would leave the database idle while the page takes the result and reports.
 */
async function inPipeline(writes: Write[], progress: (rows: number) => void): Promise<void> {
  let previous: Promise<void> | null = null;
  for (const write of writes) {
    const current = write.run().then(() => progress(write.rows));
    // Awaited below or in the next round; this only keeps a rejection from being reported as unhandled meanwhile.
    current.catch(() => {});
    if (previous) await previous;
    previous = current;
  }
  if (previous) await previous;
}
