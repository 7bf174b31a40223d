// Table test for hostile-contempt: slurs, dehumanising words and smear vocabulary in German and English,
// with exact spans and neutral rewrites applied; and neutral look-alikes ("Antifaschisten", "Packen").
import { describe, expect, it } from 'vitest';
import { applySuggestion } from '../finding';
import { tokenize } from '../tokenize';
import { hostileContempt as rule } from './hostile-contempt';

const check = (text: string, languages: ('de' | 'en')[]) =>
  rule.check({ text, lang: languages[0] ?? 'und', languages, tokens: tokenize(text), context: {} });

const invalid: {
  text: string;
  lang: 'de' | 'en';
  actual: string;
  start: number;
  key: string;
  fixed: string | null;
}[] = [
  { text: 'So ein Dreckspack.', lang: 'de', actual: 'Dreckspack', start: 7, key: 'contempt', fixed: 'So ein .' },
  {
    text: 'Die Lügenpresse schweigt.',
    lang: 'de',
    actual: 'Lügenpresse',
    start: 4,
    key: 'contempt',
    fixed: 'Die Presse schweigt.',
  },
  {
    text: 'Diese Asylanten schon wieder.',
    lang: 'de',
    actual: 'Asylanten',
    start: 6,
    key: 'contempt',
    fixed: 'Diese Asylsuchende schon wieder.',
  },
  {
    text: 'Das Antifa-Pack war da',
    lang: 'de',
    actual: 'Antifa-Pack',
    start: 4,
    key: 'contempt',
    fixed: 'Das  war da',
  },
  { text: 'Einfach nur widerlich.', lang: 'de', actual: 'widerlich', start: 12, key: 'scorn', fixed: null },
  {
    text: 'Those people are vermin.',
    lang: 'en',
    actual: 'vermin',
    start: 17,
    key: 'contempt',
    fixed: 'Those people are .',
  },
  { text: 'What a disgusting comment', lang: 'en', actual: 'disgusting', start: 7, key: 'scorn', fixed: null },
  { text: 'Stop it, retard', lang: 'en', actual: 'retard', start: 9, key: 'slur', fixed: 'Stop it, ' },
];

const valid: { text: string; lang: 'de' | 'en' }[] = [
  { text: 'Die Antifaschisten demonstrieren friedlich.', lang: 'de' },
  { text: 'Wir packen gerade die Pakete für euch.', lang: 'de' },
  { text: 'Die Pressefreiheit ist ein hohes Gut.', lang: 'de' },
  { text: 'Asylsuchende haben Anspruch auf ein faires Verfahren.', lang: 'de' },
  { text: 'Our community is diverse and welcoming.', lang: 'en' },
];

describe('hostile-contempt', () => {
  for (const c of invalid) {
    it(`flags “${c.actual}” in ${c.lang}: ${c.text}`, () => {
      const findings = check(c.text, [c.lang]);
      expect(findings).toHaveLength(1);
      const f = findings[0];
      if (!f) throw new Error('no finding');
      expect(f).toMatchObject({ ruleId: 'hostile-contempt', messageKey: `finding.hostile.${c.key}` });
      expect([f.start, f.end, f.actual]).toEqual([c.start, c.start + c.actual.length, c.actual]);
      if (c.fixed === null) expect(f.suggestions).toEqual([]);
      else expect(applySuggestion(c.text, f, f.suggestions[0] ?? 'MISSING')).toBe(c.fixed);
    });
  }
  for (const c of valid) {
    it(`leaves alone (${c.lang}): ${c.text}`, () => expect(check(c.text, [c.lang])).toEqual([]));
  }
});
