// Table test for less-is-more: counts from the history become a note, then a caution; nothing without history,
// and never for other people's comments.
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { lessIsMore } from './less-is-more';
import { table } from './shared/table-test';

const text = 'Danke für die Rückmeldung, wir schauen uns das an.';

describe('less-is-more', () => {
  table(lessIsMore, [
    { text, hint: 'de', findings: [] },
    { text, hint: 'de', context: { activity: { inThread: 1, today: 3 } }, findings: [] },
    {
      text,
      hint: 'de',
      context: { activity: { inThread: 2 } },
      findings: [{ actual: '', at: 0, key: 'finding.less-is-more.thread', severity: 'info', applied: null }],
    },
    {
      text: 'Thanks, we are looking into it.',
      hint: 'en',
      context: { activity: { inThread: 4, today: 31 } },
      findings: [
        { actual: '', at: 0, key: 'finding.less-is-more.thread', severity: 'caution' },
        { actual: '', at: 0, key: 'finding.less-is-more.today', severity: 'caution' },
      ],
    },
    {
      text,
      hint: 'de',
      context: { activity: { today: 16 } },
      findings: [{ actual: '', at: 0, key: 'finding.less-is-more.today', severity: 'info' }],
    },
    { text, hint: 'de', context: { mode: 'item', activity: { inThread: 9 } }, findings: [] },
    { text, hint: 'de', context: { activity: { inThread: Number.NaN, today: -4 } }, findings: [] },
  ]);

  it('gives the count to the message and never stops a post on its own', () => {
    const result = analyze(text, { mode: 'draft', activity: { inThread: 5 } });
    const finding = result.findings.find((f) => f.ruleId === 'less-is-more');
    expect(finding?.args).toEqual({ count: 5 });
    expect(result.verdict).toBe('caution');
  });
});
