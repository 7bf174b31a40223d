// Table test for hostile-profanity: German and English swearing with exact spans and rewrites applied
// ("Scheißpolitik" → "Politik"), and ordinary words that only look similar.
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../finding';
import { tokenize } from '../tokenize';
import { hostileProfanity as rule } from './hostile-profanity';

const check = (text: string, languages: ('de' | 'en')[]) =>
  rule.check({ text, lang: languages[0] ?? 'und', languages, tokens: tokenize(text), context: {} });

const invalid: { text: string; lang: 'de' | 'en'; actual: string; start: number; fixed: string }[] = [
  { text: 'Die Scheißpolitik nervt.', lang: 'de', actual: 'Scheißpolitik', start: 4, fixed: 'Die Politik nervt.' },
  { text: 'Das ist mir scheißegal.', lang: 'de', actual: 'scheißegal', start: 12, fixed: 'Das ist mir egal.' },
  { text: 'Das ist Scheisse!', lang: 'de', actual: 'Scheisse', start: 8, fixed: 'Das ist ärgerlich!' },
  { text: 'Der Drecks-Service ist weg', lang: 'de', actual: 'Drecks-Service', start: 4, fixed: 'Der Service ist weg' },
  {
    text: 'Das geht mir am Arsch vorbei.',
    lang: 'de',
    actual: 'geht mir am Arsch vorbei',
    start: 4,
    fixed: 'Das .',
  },
  { text: 'Halt die Fresse, echt jetzt', lang: 'de', actual: 'Halt die Fresse', start: 0, fixed: ', echt jetzt' },
  {
    text: 'This fucking app crashed again.',
    lang: 'en',
    actual: 'fucking',
    start: 5,
    fixed: 'This  app crashed again.',
  },
  { text: 'That is bullshit.', lang: 'en', actual: 'bullshit', start: 8, fixed: 'That is nonsense.' },
  { text: 'Oh, shut up already', lang: 'en', actual: 'shut up', start: 4, fixed: 'Oh,  already' },
];

const valid: { text: string; lang: 'de' | 'en' }[] = [
  { text: 'Die Schifffahrt auf dem Rhein ist schön.', lang: 'de' },
  { text: 'Wir packen gerade die Pakete für euch.', lang: 'de' },
  { text: 'Schade, dass es nicht geklappt hat.', lang: 'de' },
  { text: 'The shipment arrived, thanks a lot!', lang: 'en' },
  { text: 'Scunthorpe is a town in England.', lang: 'en' },
];

describe('hostile-profanity', () => {
  for (const c of invalid) {
    it(`flags “${c.actual}” in ${c.lang}: ${c.text}`, () => {
      const findings = check(c.text, [c.lang]);
      expect(findings).toHaveLength(1);
      const f = findings[0];
      if (!f) throw new Error('no finding');
      expect(f).toMatchObject({
        ruleId: 'hostile-profanity',
        messageKey: 'finding.hostile.profanity',
        actual: c.actual,
      });
      expect([f.start, f.end]).toEqual([c.start, c.start + c.actual.length]);
      expect(applySuggestion(c.text, f, f.suggestions[0] ?? 'MISSING')).toBe(c.fixed);
    });
  }
  for (const c of valid) {
    it(`leaves alone (${c.lang}): ${c.text}`, () => expect(check(c.text, [c.lang])).toEqual([]));
  }
});
