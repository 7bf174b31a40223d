// Table test for hostile-threat: German and English threats with exact spans (across commas), no rewrite
// offered, and the English "die" or German "umbringen"-free sentences that must not fire.
import { describe, expect, it } from 'vitest';
import { hostileThreat as rule } from './hostile-threat';
import { runRule, table } from './shared/table-test';

const KEY = 'finding.hostile.threat';

describe('hostile-threat', () => {
  table(rule, [
    {
      text: 'Pass auf: Ich weiß, wo du wohnst.',
      languages: ['de'],
      findings: [{ actual: 'Ich weiß, wo du wohnst', key: KEY, severity: 'warn', applied: null }],
    },
    {
      text: 'Solche Leute gehören an die Wand gestellt.',
      languages: ['de'],
      findings: [{ actual: 'an die Wand gestellt', key: KEY, severity: 'warn', applied: null }],
    },
    {
      text: 'Du wirst es bereuen!',
      languages: ['de'],
      findings: [{ actual: 'Du wirst es bereuen', key: KEY, severity: 'warn', applied: null }],
    },
    {
      text: 'Die sollen alle verrecken',
      languages: ['de'],
      findings: [{ actual: 'verrecken', key: KEY, severity: 'warn', applied: null }],
    },
    {
      text: 'I know where you live, remember that.',
      languages: ['en'],
      findings: [{ actual: 'I know where you live', key: KEY, severity: 'warn', applied: null }],
    },
    {
      text: "You'll regret this, trust me.",
      languages: ['en'],
      findings: [{ actual: "You'll regret", key: KEY, severity: 'warn', applied: null }],
    },
    {
      text: 'Just go die somewhere',
      languages: ['en'],
      findings: [{ actual: 'go die', key: KEY, severity: 'warn', applied: null }],
    },
    { text: 'Die Antwort ist gut, danke dir.', languages: ['de'], findings: [] },
    { text: 'Ich weiß, wo der Laden ist.', languages: ['de'], findings: [] },
    { text: 'Das werden wir nicht bereuen, die Tour war toll.', languages: ['de'], findings: [] },
    { text: 'We will die laughing at this sketch.', languages: ['en'], findings: [] },
    { text: 'I know where you can find the manual.', languages: ['en'], findings: [] },
  ]);

  it('does not read the German article "die" as an English threat word', () => {
    expect(runRule(rule, 'Die gehen jetzt sterben lernen? Nein, die gehen essen.', {}, ['de', 'en'])).toEqual([]);
  });
});
