// Export of the whole history: JSON (one record per line, re-importable) and CSV (one row per thread, comment and
// post, for spreadsheets). Records come out in key order, so exporting the same history twice gives the same file.
import { pickDefined } from '../history';
import type { HistoryDb, StoredDraft, StoredItem, StoredThread, StoredVisit } from '../schema';
import type { DraftFileRecord, ItemRecord, ThreadRecord, VisitRecord } from './format';
import { FORMAT, FORMAT_VERSION } from './version';

export interface HistorySnapshot {
  threads: StoredThread[];
  items: StoredItem[];
  visits: StoredVisit[];
  drafts: StoredDraft[];
}

/** Everything, read in one transaction so the file is one consistent moment. */
export async function readSnapshot(db: HistoryDb): Promise<HistorySnapshot> {
  return db.transaction('r', [db.threads, db.items, db.visits, db.drafts], async () => {
    const [threads, items, visits, drafts] = await Promise.all([
      db.threads.toArray(),
      db.items.toArray(),
      db.visits.orderBy('[threadKey+at]').toArray(),
      db.drafts.orderBy('at').toArray(),
    ]);
    return { threads, items, visits, drafts };
  });
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

/** The JSON file as parts for a Blob: a 60 MB export never becomes one string. */
export function exportJsonParts(snapshot: HistorySnapshot, now: number): string[] {
  const header = { format: FORMAT, version: FORMAT_VERSION, exportedAt: new Date(now).toISOString() };
  const records = [
    ...snapshot.threads.map(threadOut),
    ...snapshot.items.map(itemOut),
    ...snapshot.visits.map(visitOut),
    ...snapshot.drafts.map(draftOut),
  ];
  const parts = [`${JSON.stringify(header).slice(0, -1)},"records":[\n`];
  records.forEach((record, index) => {
    parts.push(`${JSON.stringify(record)}${index < records.length - 1 ? ',' : ''}\n`);
  });
  parts.push(']}\n');
  return parts;
}

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

/** CSV parts; a UTF-8 byte-order mark first, which spreadsheet programs need to read umlauts right. */
export function exportCsvParts(snapshot: HistorySnapshot): string[] {
  const row = (cells: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null | undefined>) =>
    `${CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',')}\r\n`;
  const empty = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Record<(typeof CSV_COLUMNS)[number], string>;
  const parts = [`\uFEFF${CSV_COLUMNS.map(csvCell).join(',')}\r\n`];
  for (const t of snapshot.threads) {
    parts.push(
      row({
        ...empty,
        type: 'thread',
        site: t.site,
        thread: t.key,
        seen: iso(t.lastSeen),
        author: t.rootAuthor,
        text: t.rootText,
        url: t.url,
      }),
    );
  }
  for (const i of snapshot.items) {
    const flags: string[] = (['hostile', 'promotional', 'complaint', 'question'] as const).filter((f) => i.flags[f]);
    // A comment cut to COMMENT_CHARS says so beside its flags, so a report does not quote half a text as whole.
    if (i.truncated) flags.push('truncated');
    parts.push(
      row({
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
      }),
    );
  }
  for (const d of snapshot.drafts) {
    parts.push(
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
      }),
    );
  }
  return parts;
}
