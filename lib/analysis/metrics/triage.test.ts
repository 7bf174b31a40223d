// Triage of thread items: realistic German and English comments with the answer a community manager wants
// (is it a question to them, is it a complaint about the product, service or brand).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeLanguages, detectLanguage } from '../language';
import { tokenize } from '../tokenize';
import type { RuleInput } from '../types';
import { scoreTone } from './tone';
import { triage } from './triage';

function run(text: string, langHint?: string) {
  const tokens = tokenize(text);
  const lang = detectLanguage(text, tokens, langHint);
  const input: RuleInput = { text, tokens, lang, languages: activeLanguages(lang, tokens), context: { langHint } };
  return triage(input, scoreTone(input));
}

describe('triage: questions', () => {
  const cases: [string, string, boolean][] = [
    ['Weiß jemand, ob der Shop am Sonntag offen hat', 'de', true],
    ['Wann kommt endlich die neue Version?', 'de', true],
    ['Gibt es das auch in Blau?', 'de', true],
    ['Liefert ihr auch nach Österreich, oder?', 'de', true],
    ['Kann mir jemand sagen wie das funktioniert', 'de', true],
    ['Wie lange dauert der Versand nach Wien', 'de', true],
    ['@Kundenservice wo finde ich meine Rechnung', 'de', true],
    ['Warum?', 'de', true],
    ['Das ist doch super, oder?', 'de', false],
    ['Echt?', 'de', false],
    ['Wie schön! Danke euch', 'de', false],
    ['Tolles Produkt, bin sehr zufrieden.', 'de', false],
    ['Any idea when the update ships', 'en', true],
    ['Does anyone know if the store is open on Sunday', 'en', true],
    ['How do I reset my password', 'en', true],
    ['Is there a way to change my order?', 'en', true],
    ['When will my refund arrive?', 'en', true],
    ['I was wondering whether you ship to Canada', 'en', true],
    ['That was great, right?', 'en', false],
    ['Really?', 'en', false],
    ['What a great day!', 'en', false],
    ['Love the new design!', 'en', false],
  ];
  it.each(cases)('%s (%s) -> %s', (text, hint, expected) => {
    expect(run(text, hint).isQuestion).toBe(expected);
  });
});

describe('triage: complaints', () => {
  const cases: [string, string, boolean][] = [
    ['Seit zwei Wochen keine Antwort vom Kundenservice. Unmöglich!', 'de', true],
    ['Ich warte seit 10 Tagen auf meine Bestellung.', 'de', true],
    ['Meine Reklamation wurde immer noch nicht bearbeitet', 'de', true],
    ['Das Paket ist kaputt angekommen.', 'de', true],
    ['Die App stürzt ständig ab, total nervig.', 'de', true],
    ['Wann bekomme ich endlich mein Geld zurück?', 'de', true],
    ['Euer Service ist eine Frechheit', 'de', true],
    ['Danke für die schnelle Rückerstattung, super Service!', 'de', false],
    ['Ich hasse Montage.', 'de', false],
    ['Ich habe das Buch immer noch nicht gelesen', 'de', false],
    ['Das Gerät ist nicht kaputt, alles gut.', 'de', false],
    ['Wann kommt die neue Kollektion?', 'de', false],
    ['Tolles Produkt, bin sehr zufrieden 😍', 'de', false],
    ['Still not fixed. Unacceptable.', 'en', true],
    ['Been waiting 3 weeks for my refund', 'en', true],
    ['Your app is terrible and slow', 'en', true],
    ['My order never arrived and nobody answers', 'en', true],
    ['The update broke everything again, so frustrating', 'en', true],
    ['Thanks for the refund, great service!', 'en', false],
    ['I hate Mondays', 'en', false],
    ['Still not sure which color to pick, both look great', 'en', false],
    ['Love the new design!', 'en', false],
  ];
  it.each(cases)('%s (%s) -> %s', (text, hint, expected) => {
    expect(run(text, hint).isComplaint).toBe(expected);
  });
});

describe('triage: robustness', () => {
  it.each(['', '?', '???', '!!!', 'oder?', '👍?', '\u200b?', 'ﻣﺮﺣﺒﺎ؟'])('%j does not throw', (text) => {
    expect(() => run(text)).not.toThrow();
  });

  it('handles a 1 MB thread item', () => {
    const result = run('Seit zwei Wochen keine Antwort? Weiß jemand was? '.repeat(20_000), 'de');
    expect(result).toEqual({ isQuestion: true, isComplaint: true });
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const result = run(text);
        expect(typeof result.isQuestion).toBe('boolean');
        expect(typeof result.isComplaint).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
