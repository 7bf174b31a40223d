// The guard's once-per-text rule and the outcomes it records, and what the user's ignore list and threshold do.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index';
import { DraftSession } from './draft-session';
import { draftVerdict, stopsAt } from './draft-verdict';

describe('DraftSession', () => {
  it('posts a draft below the threshold as clean, with no stop', () => {
    const session = new DraftSession();
    expect(session.submit('Danke für den Hinweis!', false)).toEqual({ action: 'pass', outcome: 'clean' });
    expect(session.abandon()).toBeNull();
  });

  it('stops a text once; the same text again (spacing aside) posts as "anyway"', () => {
    const session = new DraftSession();
    expect(session.submit('Jetzt kaufen!', true)).toEqual({ action: 'stop' });
    expect(session.warning).toBe(true);
    expect(session.submit(' Jetzt  kaufen! ', true)).toEqual({ action: 'pass', outcome: 'anyway' });
    expect(session.warning).toBe(false);
    // The next draft in the same box starts afresh.
    expect(session.submit('Jetzt kaufen!', true)).toEqual({ action: 'stop' });
  });

  it('records "edited" when the text changed after a warning, clean or still flagged', () => {
    const clean = new DraftSession();
    clean.submit('Jetzt kaufen!', true);
    expect(clean.submit('Wie gefällt Ihnen unser neues Produkt?', false)).toEqual({
      action: 'pass',
      outcome: 'edited',
    });

    const stillFlagged = new DraftSession();
    stillFlagged.submit('Jetzt kaufen!', true);
    expect(stillFlagged.submit('Jetzt sofort kaufen!', true)).toEqual({ action: 'stop' });
    expect(stillFlagged.submit('Jetzt sofort kaufen!', true)).toEqual({ action: 'pass', outcome: 'anyway' });
  });

  it('forgets a stop that could not be shown: the text is stopped again later, and posts clean meanwhile', () => {
    const session = new DraftSession();
    expect(session.submit('Jetzt kaufen!', true)).toEqual({ action: 'stop' });
    session.undoStop('Jetzt kaufen!');
    expect(session.warning).toBe(false);
    expect(session.abandon()).toBeNull();
    expect(session.submit('Jetzt kaufen!', true)).toEqual({ action: 'stop' });
  });

  it('abandons only after a warning, and only once', () => {
    const session = new DraftSession();
    session.submit('Jetzt kaufen!', true);
    expect(session.abandon()).toBe('abandoned');
    expect(session.abandon()).toBeNull();
  });
});

describe('draftVerdict and stopsAt', () => {
  const on = (guard: 'warn' | 'caution') => ({ warnBeforePosting: true, guard });
  const promo = 'Jetzt kaufen und 20 % sparen mit dem Code SOMMER20!';

  it('warns on a promotional German draft and stops it at the default threshold', () => {
    const { verdict, findings } = draftVerdict(analyze(promo, { mode: 'draft' }), []);
    expect(verdict).toBe('warn');
    expect(findings.length).toBeGreaterThan(0);
    expect(stopsAt(verdict, on('warn'))).toBe(true);
    expect(stopsAt(verdict, { warnBeforePosting: false, guard: 'warn' })).toBe(false);
    expect(stopsAt(verdict, { warnBeforePosting: false, guard: 'caution' })).toBe(false);
  });

  it('drops ignored phrases, and a score no longer counts without a finding shown', () => {
    const result = analyze(promo, { mode: 'draft' });
    const all = result.findings.filter((f) => f.actual).map((f) => f.actual.toUpperCase());
    const { verdict, findings } = draftVerdict(result, all);
    expect(findings.filter((f) => f.actual)).toEqual([]);
    expect(verdict).not.toBe('warn');
  });

  it('drops the findings of a silenced rule or family at once, as a new analysis without it would', () => {
    const shouted = 'Hier ist meine Werbung. KONSUMIERE!!!';
    const result = analyze(shouted, { mode: 'draft', langHint: 'de' });
    expect(result.findings.map((f) => f.ruleId)).toContain('shouting');
    const silenced = draftVerdict(result, [], ['shouting']);
    const fresh = analyze(shouted, { mode: 'draft', langHint: 'de', disabledRules: ['shouting'] });
    expect(silenced.findings.map((f) => f.ruleId)).toEqual(fresh.findings.map((f) => f.ruleId));
    expect(draftVerdict(result, [], ['loudness']).findings.map((f) => f.ruleId)).not.toContain('shouting');
  });

  it('stops cautions only when the user asked for it', () => {
    expect(stopsAt('caution', on('warn'))).toBe(false);
    expect(stopsAt('caution', on('caution'))).toBe(true);
    expect(stopsAt('ok', on('caution'))).toBe(false);
  });
});
