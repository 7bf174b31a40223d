// Table test for hostile-insult: German and English name-calling with exact spans, rewrites applied, and
// neutral look-alikes ("idiotensicher", "Schweinebraten") that must stay quiet; plus robustness on any string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../finding';
import { tokenize } from '../tokenize';
import { hostileInsult as rule } from './hostile-insult';

const check = (text: string, languages: ('de' | 'en')[]) =>
  rule.check({ text, lang: languages[0] ?? 'und', languages, tokens: tokenize(text), context: {} });

const invalid: { text: string; lang: 'de' | 'en'; actual: string; start: number; fixed: string }[] = [
  { text: 'Du bist ein Vollidiot.', lang: 'de', actual: 'Vollidiot', start: 12, fixed: 'Du bist ein .' },
  {
    text: 'Diese Stümper von der Verwaltung!',
    lang: 'de',
    actual: 'Stümper',
    start: 6,
    fixed: 'Diese  von der Verwaltung!',
  },
  { text: 'Was für Trottel.', lang: 'de', actual: 'Trottel', start: 8, fixed: 'Was für .' },
  {
    text: 'Ihr Volltrottel habt es verbockt',
    lang: 'de',
    actual: 'Volltrottel',
    start: 4,
    fixed: 'Ihr  habt es verbockt',
  },
  {
    text: 'Das ist eine dumme Idee.',
    lang: 'de',
    actual: 'dumme',
    start: 13,
    fixed: 'Das ist eine wenig überzeugende Idee.',
  },
  {
    text: 'Dumm gelaufen, sagt er.',
    lang: 'de',
    actual: 'Dumm',
    start: 0,
    fixed: 'Wenig überzeugend gelaufen, sagt er.',
  },
  { text: 'You are such an idiot.', lang: 'en', actual: 'idiot', start: 16, fixed: 'You are such an .' },
  { text: 'What a stupid idea.', lang: 'en', actual: 'stupid', start: 7, fixed: 'What a questionable idea.' },
  { text: 'Only morons buy this.', lang: 'en', actual: 'morons', start: 5, fixed: 'Only  buy this.' },
  { text: 'Stop lying, you piece of shit', lang: 'en', actual: 'piece of shit', start: 16, fixed: 'Stop lying, you ' },
];

const valid: { text: string; lang: 'de' | 'en' }[] = [
  { text: 'Die Bedienung ist idiotensicher.', lang: 'de' },
  { text: 'Heute gibt es Schweinebraten mit Knödeln.', lang: 'de' },
  { text: 'Die Wildschweine sind wieder im Garten.', lang: 'de' },
  { text: 'Danke für die schnelle Antwort, das hilft mir sehr.', lang: 'de' },
  { text: 'Ich finde die Idee nicht überzeugend, weil die Kosten fehlen.', lang: 'de' },
  { text: 'Thanks for the quick answer, that helps a lot.', lang: 'en' },
  { text: 'I disagree with this decision because it ignores the costs.', lang: 'en' },
];

describe('hostile-insult', () => {
  for (const c of invalid) {
    it(`flags “${c.actual}” in ${c.lang}: ${c.text}`, () => {
      const findings = check(c.text, [c.lang]);
      expect(findings).toHaveLength(1);
      const f = findings[0];
      if (!f) throw new Error('no finding');
      expect(f).toMatchObject({ ruleId: 'hostile-insult', category: 'hostile', actual: c.actual, start: c.start });
      expect(f.end).toBe(c.start + c.actual.length);
      expect(f.messageKey).toMatch(/^finding\.hostile\.insult/);
      expect(applySuggestion(c.text, f, f.suggestions[0] ?? 'MISSING')).toBe(c.fixed);
    });
  }
  for (const c of valid) {
    it(`leaves alone (${c.lang}): ${c.text}`, () => expect(check(c.text, [c.lang])).toEqual([]));
  }

  it('applies English words only to English text ("Idiot" is both, "moron" is not German)', () => {
    expect(check('Du moron', ['de'])).toEqual([]);
    expect(check('Du moron', ['de', 'en']).map((f) => f.actual)).toEqual(['moron']);
  });

  it('never throws and keeps offsets inside the text, whatever the string', () => {
    const extremes = [
      '',
      '\u200b\u200d',
      'שלום עולם Idiot',
      'e\u0301\u0301\u0301',
      '👩‍👩‍👧 Vollidiot 👍🏽',
      'x'.repeat(1 << 20),
    ];
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...extremes)), (text) => {
        for (const f of check(text, ['de', 'en'])) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.actual).toBe(text.slice(f.start, f.end));
        }
      }),
      { numRuns: 200 },
    );
  });
});
