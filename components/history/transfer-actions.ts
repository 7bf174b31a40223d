// What the export and import buttons do: build the file and hand it to the browser's download, or read a chosen
// file, check it whole, and merge it. The file only goes where the user saves it; nothing is uploaded.
import { deleteAll, isQuotaError } from '../../lib/db/history';
import type { HistoryDb } from '../../lib/db/schema';
import { csvFile, filePartsInSteps, jsonFile, readSnapshot } from '../../lib/db/transfer/export';
import type { ImportSummary } from '../../lib/db/transfer/merge';
import type { ImportProblem } from '../../lib/db/transfer/parse';
import { TransferCancelled, type TransferControl } from '../../lib/db/transfer/progress';
import { errorMessage } from '../../lib/error-message';

export type ExportKind = 'json' | 'csv';

export type ImportOutcome =
  | { ok: true; summary: ImportSummary }
  | { ok: false; problems: ImportProblem[] }
  | { ok: false; failure: 'quota' | 'write'; detail: string }
  | { ok: false; cancelled: true };

export async function buildExport(
  db: HistoryDb,
  kind: ExportKind,
  now: number,
  control: TransferControl = {},
): Promise<{ blob: Blob; name: string; records: number }> {
  const snapshot = await readSnapshot(db, control);
  const parts = await filePartsInSteps(kind === 'json' ? jsonFile(snapshot, now) : csvFile(snapshot), control);
  const day = new Date(now).toISOString().slice(0, 10);
  return {
    blob: new Blob(parts, { type: kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8' }),
    name: `listen-first-history-${day}.${kind}`,
    records: snapshot.threads.length + snapshot.items.length + snapshot.visits.length + snapshot.drafts.length,
  };
}

/** Reads, checks and merges a file, reporting progress; a Cancel (control.signal) leaves the history as it was. */
export async function runImport(db: HistoryDb, file: Blob, control: TransferControl = {}): Promise<ImportOutcome> {
  // The schema (zod) and the merge load with the first import: the page's first screen does not need them.
  const [{ MAX_FILE_BYTES, checkExport }, { importRecords }] = await Promise.all([
    import('../../lib/db/transfer/parse'),
    import('../../lib/db/transfer/merge'),
  ]);
  if (file.size > MAX_FILE_BYTES)
    return { ok: false, problems: [{ code: 'tooLarge', megabytes: Math.round(file.size / 1_048_576) }] };
  try {
    performance.mark('lf-import-start');
    const parsed = await checkExport(await file.text(), control);
    // Marks for the benchmark's split of an import into reading and checking the file, and merging and saving it.
    performance.mark('lf-import-checked');
    if (!parsed.ok) return parsed;
    const summary = await importRecords(db, parsed.records, control);
    performance.mark('lf-import-saved');
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof TransferCancelled) return { ok: false, cancelled: true };
    return {
      ok: false,
      failure: isQuotaError(error) ? 'quota' : 'write',
      detail: errorMessage(error),
    };
  }
}

export const deleteEverything = (db: HistoryDb) => deleteAll(db);
