// An import problem in the user's language: what is wrong, and on which line of their file.
import type { ImportProblem, RecordIssue } from '../../lib/db/transfer/parse';
import type { Translate } from '../../lib/i18n';

const RECORD_TYPES = new Set(['thread', 'item', 'visit', 'draft']);

export function problemText(t: Translate, problem: ImportProblem): string {
  switch (problem.code) {
    case 'empty':
      return t('import.error.empty');
    case 'tooLarge':
      return t('import.error.tooLarge', { size: problem.megabytes });
    case 'syntax':
      return problem.line === null
        ? t('import.error.syntaxNoLine')
        : t('import.error.syntax', { line: problem.line, column: problem.column ?? 1 });
    case 'notExport':
      return t('import.error.notExport');
    case 'newerVersion':
      return t('import.error.newerVersion', { version: problem.version });
    case 'noRecords':
      return t('import.error.noRecords');
    case 'record': {
      const what = RECORD_TYPES.has(problem.recordType)
        ? t(`import.record.${problem.recordType}` as Parameters<Translate>[0])
        : t('import.record.unknown', { type: problem.recordType });
      return t('import.error.record', {
        line: problem.line ?? problem.index + 1,
        record: what,
        problem: issueText(t, problem.field, problem.issue),
      });
    }
    case 'unknownThread':
      return t('import.error.unknownThread', { line: problem.line ?? problem.index + 1, thread: problem.threadKey });
    case 'moreErrors':
      return t('import.error.more', { count: problem.count });
  }
}

function issueText(t: Translate, field: string, issue: RecordIssue): string {
  switch (issue.kind) {
    case 'missing':
      return t('import.issue.missing', { field });
    case 'type':
      return t('import.issue.type', { field, expected: issue.expected });
    case 'value':
      return t('import.issue.value', { field, values: issue.values.join(', ') });
    case 'range':
      return issue.time ? t('import.issue.time', { field }) : t('import.issue.range', { field });
    case 'key':
      return t('import.issue.key');
    case 'invalid':
      return t('import.issue.invalid', { field });
  }
}
