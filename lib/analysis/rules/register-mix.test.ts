// register-mix: du and Sie in one German draft; the minority form is flagged and, where safe, replaced.
import { describe, expect, it } from 'vitest';
import { registerMix } from './register-mix';
import { runRule } from './shared/table-test';

describe('register-mix', () => {
  it('flags a formal slip in an informal draft and offers the du form', () => {
    const text = 'Hallo Jana, danke für deine Nachricht. Wir melden uns bei Ihnen, sobald du zurück bist.';
    expect(runRule(registerMix, text)).toEqual([
      {
        actual: 'Ihnen',
        start: 58,
        end: 63,
        messageKey: 'finding.register-mix',
        severity: 'caution',
        applied: ['Hallo Jana, danke für deine Nachricht. Wir melden uns bei dir, sobald du zurück bist.'],
      },
    ]);
  });

  it('flags an informal slip in a formal draft; "du" itself gets no automatic fix (the verb would change)', () => {
    const text = 'Vielen Dank, dass Sie uns schreiben. Kannst du uns Ihre Bestellnummer und dein Lieferdatum nennen?';
    const findings = runRule(registerMix, text);
    expect(findings.map((f) => f.actual)).toEqual(['du', 'dein']);
    expect(findings[0]?.applied).toEqual([]);
    expect(findings[1]?.applied).toEqual([
      'Vielen Dank, dass Sie uns schreiben. Kannst du uns Ihre Bestellnummer und Ihr Lieferdatum nennen?',
    ]);
  });

  it.each([
    'Danke dir! Sie (die Filiale) öffnet um sechs.',
    'Sie haben recht. Wir prüfen Ihre Bestellung.',
    'Schön, dass du da bist, wir freuen uns auf dich.',
    'Ihr seid die Besten! Sie hat recht.',
    'Thank you, we will check your order.',
  ])('leaves %j alone', (text) => {
    expect(runRule(registerMix, text)).toEqual([]);
  });
});
