// Export of the whole history: JSON (one record per line, re-importable) and CSV (one row per thread, comment and
// post, for spreadsheets). Records come out in key order, so exporting the same history twice gives the same file.
import type { Table } from 'dexie';
import { pickDefined } from '../history';
import type { HistoryDb, StoredDraft, StoredItem, StoredThread, StoredVisit } from '../schema';
import type { DraftFileRecord, ItemRecord, ThreadRecord, VisitRecord } from './format';
import { nextTask, type TransferControl } from './progress';
import { FORMAT, FORMAT_VERSION } from './version';

export interface HistorySnapshot {
  threads: StoredThread[];
  items: StoredItem[];
  visits: StoredVisit[];
  drafts: StoredDraft[];
}

/** Rows per read and rows per slice of the file: between them the page shows how far the export has come. */
const PAGE = 5_000;

/** Everything, read in one transaction so the file is one consistent moment; threads and items page by page. */
export async function readSnapshot(db: HistoryDb, control: TransferControl = {}): Promise<HistorySnapshot> {
  return db.transaction('r', [db.threads, db.items, db.visits, db.drafts], async () => {
    const counts = await Promise.all([db.threads.count(), db.items.count(), db.visits.count(), db.drafts.count()]);
    const total = counts.reduce((sum, count) => sum + count, 0);
    let done = 0;
    const report = (rows: number) => {
      done += rows;
      control.onProgress?.({ phase: 'reading', done, total });
    };
    report(0);
    const threads = await readInPages(db.threads, report);
    const items = await readInPages(db.items, report);
    // Visits and posts are few beside the comments: one read each.
    const visits = await db.visits.orderBy('[threadKey+at]').toArray();
    report(visits.length);
    const drafts = await db.drafts.orderBy('at').toArray();
    report(drafts.length);
    return { threads, items, visits, drafts };
  });
}

/** A table in key order, PAGE rows per read. */
async function readInPages<T, I>(table: Table<T, string, I>, report: (rows: number) => void): Promise<T[]> {
  const keyPath = table.schema.primKey.keyPath as string;
  const rows: T[] = [];
  let page = await table.orderBy(':id').limit(PAGE).toArray();
  while (page.length) {
    for (const row of page) rows.push(row);
    report(page.length);
    if (page.length < PAGE) break;
    const last = (page[page.length - 1] as Record<string, unknown>)[keyPath] as string;
    page = await table.where(':id').above(last).limit(PAGE).toArray();
  }
  return rows;
}

/** An export file as its first part, numbered rows and last part, so it can be written in slices. */
export interface ExportFile {
  head: string;
  rows: number;
  row(index: number): string;
  tail: string;
}

/** All parts of a file at once, a slice of rows per part. */
export function fileParts(file: ExportFile): string[] {
  const parts = [file.head];
  for (let start = 0; start < file.rows; start += PAGE) parts.push(slice(file, start));
  parts.push(file.tail);
  return parts;
}

/** The same parts, reporting rows written and giving the page the main thread between slices. */
export async function filePartsInSteps(file: ExportFile, control: TransferControl = {}): Promise<string[]> {
  const parts = [file.head];
  control.onProgress?.({ phase: 'writing', done: 0, total: file.rows });
  for (let start = 0; start < file.rows; start += PAGE) {
    parts.push(slice(file, start));
    control.onProgress?.({ phase: 'writing', done: Math.min(file.rows, start + PAGE), total: file.rows });
    await nextTask();
  }
  parts.push(file.tail);
  return parts;
}

function slice(file: ExportFile, start: number): string {
  let text = '';
  for (let index = start; index < Math.min(file.rows, start + PAGE); index += 1) text += file.row(index);
  return text;
}

// Only the fields a record means; index words, summaries and ids are rebuilt on import.
const threadOut = (t: StoredThread): ThreadRecord =>
  pickDefined({
    type: 'thread',
    key: t.key,
    site: t.site,
    id: t.id,
    url: t.url,
    rootText: t.rootText,
    rootAuthor: t.rootAuthor,
    firstSeen: t.firstSeen,
    lastSeen: t.lastSeen,
  });

const itemOut = (i: StoredItem): ItemRecord =>
  pickDefined({
    type: 'item',
    key: i.key,
    site: i.site,
    id: i.id,
    threadKey: i.threadKey,
    parentId: i.parentId,
    author: pickDefined({ ...i.author }),
    text: i.text,
    time: i.time,
    permalink: i.permalink,
    own: i.own,
    tone: i.tone,
    toneScore: i.toneScore,
    flags: i.flags,
    truncated: i.truncated,
    firstSeen: i.firstSeen,
    updatedAt: i.updatedAt,
    textVersions: i.textVersions,
  });

const visitOut = (v: StoredVisit): VisitRecord => ({ type: 'visit', threadKey: v.threadKey, at: v.at });

const draftOut = (d: StoredDraft): DraftFileRecord =>
  pickDefined({
    type: 'draft',
    at: d.at,
    site: d.site,
    threadKey: d.threadKey,
    url: d.url,
    composer: d.composer,
    outcome: d.outcome,
    verdict: d.verdict,
    findings: d.findings,
    text: d.text,
    chars: d.chars,
    lang: d.lang,
  });

/** The JSON file: one record per line. Parts for a Blob, so a 60 MB export never becomes one string. */
export function jsonFile(snapshot: HistorySnapshot, now: number): ExportFile {
  const header = { format: FORMAT, version: FORMAT_VERSION, exportedAt: new Date(now).toISOString() };
  const { threads, items, visits, drafts } = snapshot;
  const rows = threads.length + items.length + visits.length + drafts.length;
  const record = (index: number) => {
    let i = index;
    if (i < threads.length) return threadOut(threads[i] as StoredThread);
    i -= threads.length;
    if (i < items.length) return itemOut(items[i] as StoredItem);
    i -= items.length;
    if (i < visits.length) return visitOut(visits[i] as StoredVisit);
    return draftOut(drafts[i - visits.length] as StoredDraft);
  };
  return {
    head: `${JSON.stringify(header).slice(0, -1)},"records":[\n`,
    rows,
    row: (index) => `${JSON.stringify(record(index))}${index < rows - 1 ? ',' : ''}\n`,
    tail: ']}\n',
  };
}

export const exportJsonParts = (snapshot: HistorySnapshot, now: number): string[] => fileParts(jsonFile(snapshot, now));

const CSV_COLUMNS = [
  'type',
  'site',
  'thread',
  'written',
  'seen',
  'author',
  'handle',
  'own',
  'tone',
  'flags',
  'outcome',
  'verdict',
  'findings',
  'text',
  'url',
] as const;

/**
 * Where a spreadsheet may start a formula: the cell's start, and after a separator or line break inside it (German
 * Excel splits pasted text on ";", and on tabs), followed by a formula or control sign, also the fullwidth ones.
 */
const FORMULA_START = /(?<=^|[,;\t\r\n])(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * A CSV cell, always quoted, with every place a formula could start defused by a leading "'" (OWASP's advice on CSV
 * injection): a comment or a post cannot run as a formula in the user's spreadsheet.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return `"${text.replace(FORMULA_START, "'").replaceAll('"', '""')}"`;
}

const iso = (ms: number | null | undefined) => (typeof ms === 'number' ? new Date(ms).toISOString() : '');

/** The CSV file; a UTF-8 byte-order mark first, which spreadsheet programs need to read umlauts right. */
export function csvFile(snapshot: HistorySnapshot): ExportFile {
  const { threads, items, drafts } = snapshot;
  const row = (cells: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null | undefined>) =>
    `${CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',')}\r\n`;
  const empty = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Record<(typeof CSV_COLUMNS)[number], string>;
  const threadRow = (t: StoredThread) =>
    row({
      ...empty,
      type: 'thread',
      site: t.site,
      thread: t.key,
      seen: iso(t.lastSeen),
      author: t.rootAuthor,
      text: t.rootText,
      url: t.url,
    });
  const itemRow = (i: StoredItem) => {
    const flags: string[] = (['hostile', 'promotional', 'complaint', 'question'] as const).filter((f) => i.flags[f]);
    // A comment cut to COMMENT_CHARS says so beside its flags, so a report does not quote half a text as whole.
    if (i.truncated) flags.push('truncated');
    return row({
      ...empty,
      type: 'comment',
      site: i.site,
      thread: i.threadKey,
      written: iso(i.time),
      seen: iso(i.firstSeen),
      author: i.author.name,
      handle: i.author.handle,
      own: i.own,
      tone: i.tone,
      flags: [...flags, ...i.flags.watchlist.map((w) => `watchlist:${w}`)].join(' '),
      text: i.text,
      url: i.permalink,
    });
  };
  const draftRow = (d: StoredDraft) =>
    row({
      ...empty,
      type: 'post',
      site: d.site,
      thread: d.threadKey,
      written: iso(d.at),
      own: true,
      outcome: d.outcome,
      verdict: d.verdict,
      findings: d.findings.map((f) => f.ruleId).join(' '),
      text: d.text,
      url: d.url,
    });
  return {
    head: `\uFEFF${CSV_COLUMNS.map(csvCell).join(',')}\r\n`,
    rows: threads.length + items.length + drafts.length,
    row: (index) => {
      if (index < threads.length) return threadRow(threads[index] as StoredThread);
      const i = index - threads.length;
      if (i < items.length) return itemRow(items[i] as StoredItem);
      return draftRow(drafts[i - items.length] as StoredDraft);
    },
    tail: '',
  };
}

export const exportCsvParts = (snapshot: HistorySnapshot): string[] => fileParts(csvFile(snapshot));
