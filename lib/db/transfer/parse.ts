// Reads an import file into checked records, or into errors that name the problem and the line. Nothing here
// touches the database: a file with any error is refused whole, so a failed import changes nothing.
import type { z } from 'zod';
import { LENGTH_ISSUE, TIME_ISSUE } from '../fields';
import { type HistoryRecord, historyRecord } from './format';
import { recordLines, syntaxErrorPlace } from './lines';
import { FORMAT, FORMAT_VERSION } from './version';

/** Files above this are refused before reading: 100,000 comments export to about 60 MB. */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;
/** Errors listed; a file with more is broken in one way many times, and the first ones say how. */
const MAX_ERRORS = 20;

export type ImportProblem =
  | { code: 'empty' }
  | { code: 'tooLarge'; megabytes: number }
  | { code: 'syntax'; line: number | null; column: number | null }
  | { code: 'notExport' }
  | { code: 'newerVersion'; version: number }
  | { code: 'noRecords' }
  | { code: 'record'; line: number | null; index: number; recordType: string; field: string; issue: RecordIssue }
  | { code: 'unknownThread'; line: number | null; index: number; threadKey: string }
  | { code: 'moreErrors'; count: number };

export type RecordIssue =
  | { kind: 'missing' }
  | { kind: 'type'; expected: string }
  | { kind: 'value'; values: string[] }
  /** Out of bounds; `time` when the field is a time outside 2004 … a day from now (or not a whole number). */
  | { kind: 'range'; time?: true }
  | { kind: 'key' }
  | { kind: 'invalid' };

export type ParseResult = { ok: true; records: HistoryRecord[] } | { ok: false; problems: ImportProblem[] };

export function parseExport(raw: string): ParseResult {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return fail({ code: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const place = syntaxErrorPlace(text, error);
    return fail({ code: 'syntax', line: place?.line ?? null, column: place?.column ?? null });
  }
  if (!isObject(data) || data.format !== FORMAT) return fail({ code: 'notExport' });
  if (typeof data.version !== 'number' || data.version > FORMAT_VERSION) {
    return fail({ code: 'newerVersion', version: Number(data.version) || 0 });
  }
  if (!Array.isArray(data.records)) return fail({ code: 'noRecords' });

  const lines = recordLines(text);
  const problems: ImportProblem[] = [];
  const records: HistoryRecord[] = [];
  let errors = 0;
  data.records.forEach((value: unknown, index: number) => {
    const parsed = historyRecord.safeParse(value, { reportInput: true });
    if (parsed.success) {
      records.push(parsed.data);
      return;
    }
    errors += 1;
    if (problems.length >= MAX_ERRORS) return;
    const issue = parsed.error.issues[0];
    const recordType = isObject(value) && typeof value.type === 'string' ? value.type : '?';
    problems.push({
      code: 'record',
      line: lines[index] ?? null,
      index,
      recordType,
      field: issue ? issue.path.join('.') || 'type' : 'type',
      issue: issueOf(issue),
    });
  });
  if (!errors) checkThreads(records, lines, problems);
  if (errors > MAX_ERRORS) problems.push({ code: 'moreErrors', count: errors - MAX_ERRORS });
  return problems.length ? { ok: false, problems } : { ok: true, records };
}

/** Comments and visits must belong to a thread in the same file: an export always carries them together. */
function checkThreads(records: HistoryRecord[], lines: number[], problems: ImportProblem[]): void {
  const threads = new Set(records.filter((r) => r.type === 'thread').map((r) => r.key));
  records.forEach((record, index) => {
    if ((record.type === 'item' || record.type === 'visit') && !threads.has(record.threadKey)) {
      if (problems.length < MAX_ERRORS) {
        problems.push({ code: 'unknownThread', line: lines[index] ?? null, index, threadKey: record.threadKey });
      }
    }
  });
}

function issueOf(issue: z.core.$ZodIssue | undefined): RecordIssue {
  if (!issue) return { kind: 'invalid' };
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? { kind: 'missing' } : { kind: 'type', expected: String(issue.expected) };
    case 'invalid_value':
      return { kind: 'value', values: issue.values.map(String) };
    case 'invalid_union':
      return { kind: 'value', values: ['thread', 'item', 'visit', 'draft'] };
    case 'too_big':
    case 'too_small':
      return { kind: 'range' };
    case 'custom':
      if (issue.message === TIME_ISSUE) return { kind: 'range', time: true };
      if (issue.message === LENGTH_ISSUE) return { kind: 'range' };
      return issue.message === 'key' ? { kind: 'key' } : { kind: 'invalid' };
    default:
      return { kind: 'invalid' };
  }
}

const fail = (problem: ImportProblem): ParseResult => ({ ok: false, problems: [problem] });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
