// Phrases to always flag: found in drafts as words (with "*" endings), as warnings with their own rule id and an
// explanation in both languages; never in other people's comments; the rest of the analysis is unchanged.
import { describe, expect, it } from 'vitest';
import { FINDING_MESSAGES } from '../i18n/findings/index';
import { analyze } from './index';

const TEXT = 'Wir bringen das Projekt Falke nächste Woche raus.';

describe('alwaysFlag', () => {
  it('flags a listed phrase in a draft as a warning', () => {
    expect(analyze(TEXT, { mode: 'draft' }).verdict).toBe('ok');
    const result = analyze(TEXT, { mode: 'draft', alwaysFlag: ['projekt falke'] });
    expect(result.verdict).toBe('warn');
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'always-flag',
        category: 'custom',
        severity: 'warn',
        actual: 'Projekt Falke',
        messageKey: 'finding.always-flag',
        args: { phrase: 'projekt falke' },
        confidence: 1,
      }),
    ]);
  });

  it('matches words, not parts of words, and "*" endings', () => {
    expect(analyze('Falkenauge', { mode: 'draft', alwaysFlag: ['falke'] }).findings).toEqual([]);
    const wild = analyze('Die Falken kommen', { mode: 'draft', alwaysFlag: ['falke*'] });
    expect(wild.findings.map((f) => f.actual)).toEqual(['Falken']);
  });

  it('leaves other people’s comments alone (the watchlist is for those)', () => {
    expect(analyze(TEXT, { mode: 'item', alwaysFlag: ['falke'] }).findings).toEqual([]);
  });

  it('is not filtered by a low sensitivity, nor switched off with the rule families', () => {
    const low = analyze(TEXT, { mode: 'draft', alwaysFlag: ['falke'], sensitivity: 'low', disabledRules: ['spam'] });
    expect(low.findings.map((f) => f.ruleId)).toEqual(['always-flag']);
  });

  it('is explained in German and English, with the phrase', () => {
    for (const lang of ['de', 'en'] as const)
      expect(FINDING_MESSAGES[lang]['finding.always-flag']).toContain('{phrase}');
  });
});
