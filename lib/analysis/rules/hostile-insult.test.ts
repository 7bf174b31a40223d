// Table test for hostile-insult: German and English name-calling with exact spans, rewrites applied, and
// neutral look-alikes ("idiotensicher", "Schweinebraten") that must stay quiet; plus robustness on any string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileInsult as rule } from './hostile-insult';
import { runRule, table } from './shared/table-test';

const INSULT = 'finding.hostile.insult';
const INSULT_ADJECTIVE = 'finding.hostile.insultAdjective';

describe('hostile-insult', () => {
  table(rule, [
    {
      text: 'Du bist ein Vollidiot.',
      languages: ['de'],
      findings: [{ actual: 'Vollidiot', key: INSULT, applied: 'Du bist ein .' }],
    },
    {
      text: 'Diese Stümper von der Verwaltung!',
      languages: ['de'],
      findings: [{ actual: 'Stümper', key: INSULT, applied: 'Diese  von der Verwaltung!' }],
    },
    {
      text: 'Was für Trottel.',
      languages: ['de'],
      findings: [{ actual: 'Trottel', key: INSULT, applied: 'Was für .' }],
    },
    {
      text: 'Ihr Volltrottel habt es verbockt',
      languages: ['de'],
      findings: [{ actual: 'Volltrottel', key: INSULT, applied: 'Ihr  habt es verbockt' }],
    },
    {
      text: 'Das ist eine dumme Idee.',
      languages: ['de'],
      findings: [{ actual: 'dumme', key: INSULT_ADJECTIVE, applied: 'Das ist eine wenig überzeugende Idee.' }],
    },
    {
      text: 'Dumm gelaufen, sagt er.',
      languages: ['de'],
      findings: [{ actual: 'Dumm', key: INSULT_ADJECTIVE, applied: 'Wenig überzeugend gelaufen, sagt er.' }],
    },
    {
      text: 'You are such an idiot.',
      languages: ['en'],
      findings: [{ actual: 'idiot', key: INSULT, applied: 'You are such an .' }],
    },
    {
      text: 'What a stupid idea.',
      languages: ['en'],
      findings: [{ actual: 'stupid', key: INSULT_ADJECTIVE, applied: 'What a questionable idea.' }],
    },
    {
      text: 'Only morons buy this.',
      languages: ['en'],
      findings: [{ actual: 'morons', key: INSULT, applied: 'Only  buy this.' }],
    },
    {
      text: 'Stop lying, you piece of shit',
      languages: ['en'],
      findings: [{ actual: 'piece of shit', key: INSULT, applied: 'Stop lying, you ' }],
    },
    { text: 'Die Bedienung ist idiotensicher.', languages: ['de'], findings: [] },
    { text: 'Heute gibt es Schweinebraten mit Knödeln.', languages: ['de'], findings: [] },
    { text: 'Die Wildschweine sind wieder im Garten.', languages: ['de'], findings: [] },
    { text: 'Danke für die schnelle Antwort, das hilft mir sehr.', languages: ['de'], findings: [] },
    { text: 'Ich finde die Idee nicht überzeugend, weil die Kosten fehlen.', languages: ['de'], findings: [] },
    { text: 'Thanks for the quick answer, that helps a lot.', languages: ['en'], findings: [] },
    { text: 'I disagree with this decision because it ignores the costs.', languages: ['en'], findings: [] },
  ]);

  it('applies English words only to English text ("Idiot" is both, "moron" is not German)', () => {
    expect(runRule(rule, 'Du moron', {}, ['de'])).toEqual([]);
    expect(runRule(rule, 'Du moron', {}, ['de', 'en']).map((f) => f.actual)).toEqual(['moron']);
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
        for (const f of runRule(rule, text, {}, ['de', 'en'])) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.actual).toBe(text.slice(f.start, f.end));
        }
      }),
      { numRuns: 200 },
    );
  });
});
