// Table test for hostile-threat: German and English threats with exact spans (across commas), no rewrite
// offered, and the English "die" or German "umbringen"-free sentences that must not fire.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize';
import { hostileThreat as rule } from './hostile-threat';

const check = (text: string, languages: ('de' | 'en')[]) =>
  rule.check({ text, lang: languages[0] ?? 'und', languages, tokens: tokenize(text), context: {} });

const invalid: { text: string; lang: 'de' | 'en'; actual: string; start: number }[] = [
  { text: 'Pass auf: Ich weiß, wo du wohnst.', lang: 'de', actual: 'Ich weiß, wo du wohnst', start: 10 },
  { text: 'Solche Leute gehören an die Wand gestellt.', lang: 'de', actual: 'an die Wand gestellt', start: 21 },
  { text: 'Du wirst es bereuen!', lang: 'de', actual: 'Du wirst es bereuen', start: 0 },
  { text: 'Die sollen alle verrecken', lang: 'de', actual: 'verrecken', start: 16 },
  { text: 'I know where you live, remember that.', lang: 'en', actual: 'I know where you live', start: 0 },
  { text: "You'll regret this, trust me.", lang: 'en', actual: "You'll regret", start: 0 },
  { text: 'Just go die somewhere', lang: 'en', actual: 'go die', start: 5 },
];

const valid: { text: string; lang: 'de' | 'en' }[] = [
  { text: 'Die Antwort ist gut, danke dir.', lang: 'de' },
  { text: 'Ich weiß, wo der Laden ist.', lang: 'de' },
  { text: 'Das werden wir nicht bereuen, die Tour war toll.', lang: 'de' },
  { text: 'We will die laughing at this sketch.', lang: 'en' },
  { text: 'I know where you can find the manual.', lang: 'en' },
];

describe('hostile-threat', () => {
  for (const c of invalid) {
    it(`flags “${c.actual}” in ${c.lang}: ${c.text}`, () => {
      const findings = check(c.text, [c.lang]);
      expect(findings).toHaveLength(1);
      const f = findings[0];
      if (!f) throw new Error('no finding');
      expect(f).toMatchObject({ ruleId: 'hostile-threat', messageKey: 'finding.hostile.threat', severity: 'warn' });
      expect([f.start, f.end, f.actual]).toEqual([c.start, c.start + c.actual.length, c.actual]);
      expect(f.suggestions).toEqual([]);
    });
  }
  for (const c of valid) {
    it(`leaves alone (${c.lang}): ${c.text}`, () => expect(check(c.text, [c.lang])).toEqual([]));
  }
  it('does not read the German article "die" as an English threat word', () => {
    expect(check('Die gehen jetzt sterben lernen? Nein, die gehen essen.', ['de', 'en'])).toEqual([]);
  });
});
