// Sensitivity: low keeps only warnings and confident findings, normal is the engine unchanged, high counts the mild
// notes as cautions and flags scores earlier; the user's own lists are never filtered.
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { SCORE_LINE } from './sensitivity';

const CAUTION = 'Wie du sicher weißt, ist das eigentlich ganz einfach.'; // know-it-all, caution 0.75
const MILD = 'Toll, danke!!!'; // shouting, info 0.15
const DISMISSIVE = 'Das stimmt so nicht.'; // dismissive-reply, caution 0.8
const PROMO = 'Jetzt kaufen und 20 % sparen mit dem Code SOMMER20! Link in Bio.';

const rules = (text: string, sensitivity: 'low' | 'normal' | 'high') =>
  analyze(text, { mode: 'draft', sensitivity }).findings.map((f) => `${f.ruleId}:${f.severity}`);

describe('sensitivity', () => {
  it('normal is what the engine gives without the setting', () => {
    for (const text of [CAUTION, MILD, DISMISSIVE, PROMO]) {
      expect(analyze(text, { mode: 'draft', sensitivity: 'normal' })).toEqual(analyze(text, { mode: 'draft' }));
    }
  });

  it('low drops cautions and notes it is not sure of, keeps confident ones and warnings', () => {
    expect(rules(CAUTION, 'normal')).toEqual(['know-it-all:caution']);
    expect(rules(CAUTION, 'low')).toEqual([]);
    expect(analyze(CAUTION, { mode: 'draft', sensitivity: 'low' }).verdict).toBe('ok');
    expect(rules(MILD, 'low')).toEqual([]);
    expect(rules(DISMISSIVE, 'low')).toEqual(['dismissive-reply:caution']);
    expect(rules(PROMO, 'low')).toEqual(rules(PROMO, 'normal'));
  });

  it('high counts mild notes as cautions, so they colour the verdict', () => {
    expect(rules(MILD, 'normal')).toEqual(['shouting:info']);
    expect(analyze(MILD, { mode: 'draft' }).verdict).toBe('ok');
    expect(rules(MILD, 'high')).toEqual(['shouting:caution']);
    expect(analyze(MILD, { mode: 'draft', sensitivity: 'high' }).verdict).toBe('caution');
  });

  it('moves the promotional and hostile score lines', () => {
    expect(SCORE_LINE.low).toBeGreaterThan(SCORE_LINE.normal);
    expect(SCORE_LINE.high).toBeLessThan(SCORE_LINE.normal);
    // Scores between the lines: a bare shop link (0.45) flags only at high, "Folgt mir" (0.65) not at low.
    const link = 'Mehr unter shop.example.com';
    expect(analyze(link, { mode: 'item' }).promotional).toEqual({ score: 0.45, flagged: false });
    expect(analyze(link, { mode: 'item', sensitivity: 'high' }).promotional.flagged).toBe(true);
    const ask = 'Folgt mir';
    expect(analyze(ask, { mode: 'item' }).promotional).toEqual({ score: 0.65, flagged: true });
    expect(analyze(ask, { mode: 'item', sensitivity: 'low' }).promotional.flagged).toBe(false);
  });

  it('never filters or raises the watchlist', () => {
    const context = { mode: 'draft' as const, watchlist: ['danke'] };
    for (const sensitivity of ['low', 'high'] as const) {
      const watch = analyze(MILD, { ...context, sensitivity }).findings.filter((f) => f.ruleId === 'watchlist');
      expect(watch.map((f) => f.severity)).toEqual(['info']);
    }
  });
});
