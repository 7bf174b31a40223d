// Reads an import file into checked records, or into errors that name the problem and the line. Nothing here
// touches the database: a file with any error is refused whole, so a failed import changes nothing.
import type { z } from 'zod';
import { LENGTH_ISSUE, TIME_ISSUE } from '../fields';
import { type HistoryRecord, historyRecord } from './format';
import { recordLines, syntaxErrorPlace } from './lines';
import { nextTask, type TransferControl, type TransferProgress, throwIfCancelled } from './progress';
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

/** Records checked per step: between steps the page draws its progress bar and can take a Cancel. */
const STEP = 4_000;

/** The whole check at once: what tests and small files need. */
export function parseExport(raw: string): ParseResult {
  const steps = parseSteps(raw);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same check in steps, reporting progress and giving the page the main thread between them. */
export async function checkExport(raw: string, control: TransferControl = {}): Promise<ParseResult> {
  const steps = parseSteps(raw);
  for (;;) {
    throwIfCancelled(control.signal);
    const step = steps.next();
    if (step.done) return step.value;
    control.onProgress?.(step.value);
    await nextTask();
  }
}

function* parseSteps(raw: string): Generator<TransferProgress, ParseResult, void> {
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

  const input: unknown[] = data.records;
  const problems: ImportProblem[] = [];
  const records: HistoryRecord[] = [];
  let errors = 0;
  yield { phase: 'checking', done: 0, total: input.length };
  for (let start = 0; start < input.length; start += STEP) {
    const end = Math.min(input.length, start + STEP);
    for (let index = start; index < end; index += 1) {
      // Without reportInput: issues that copy the input cost on every record, and only a failure needs them.
      const parsed = historyRecord.safeParse(input[index]);
      if (parsed.success) {
        records.push(parsed.data);
        continue;
      }
      errors += 1;
      if (problems.length < MAX_ERRORS) problems.push(recordProblem(input[index], index));
    }
    yield { phase: 'checking', done: end, total: input.length };
  }
  if (!errors) checkThreads(records, problems);
  if (errors > MAX_ERRORS) problems.push({ code: 'moreErrors', count: errors - MAX_ERRORS });
  if (!problems.length) return { ok: true, records };
  // Line numbers take a scan of the whole text: done only for a file that is refused, to name the lines.
  const lines = recordLines(text);
  for (const problem of problems) {
    if (problem.code === 'record' || problem.code === 'unknownThread') problem.line = lines[problem.index] ?? null;
  }
  return { ok: false, problems };
}

/** The detailed check again for a record that failed: its first issue, with the input, says what is wrong. */
function recordProblem(value: unknown, index: number): ImportProblem {
  const parsed = historyRecord.safeParse(value, { reportInput: true });
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  const recordType = isObject(value) && typeof value.type === 'string' ? value.type : '?';
  return {
    code: 'record',
    line: null,
    index,
    recordType,
    field: issue ? issue.path.join('.') || 'type' : 'type',
    issue: issueOf(issue),
  };
}

/** Comments and visits must belong to a thread in the same file: an export always carries them together. */
function checkThreads(records: HistoryRecord[], problems: ImportProblem[]): void {
  const threads = new Set<string>();
  for (const record of records) if (record.type === 'thread') threads.add(record.key);
  records.forEach((record, index) => {
    if ((record.type === 'item' || record.type === 'visit') && !threads.has(record.threadKey)) {
      if (problems.length < MAX_ERRORS) {
        problems.push({ code: 'unknownThread', line: null, index, threadKey: record.threadKey });
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
