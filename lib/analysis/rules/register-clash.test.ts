// register-clash: a consistent German draft whose form of address differs from the thread's or the reply target's.
import { describe, expect, it } from 'vitest';
import { registerClash } from './register-clash';
import { runRule } from './shared/table-test';

const formalThread = {
  items: [
    { text: 'Können Sie mir sagen, wann die Filiale öffnet?' },
    { text: 'Ich habe Ihnen gestern geschrieben und warte auf Ihre Antwort.' },
    { text: 'Danke, das hilft mir.' },
  ],
};

describe('register-clash', () => {
  it('flags du-forms in a reply into a Sie thread, with safe replacements', () => {
    const text = 'Danke dir für die Frage! Wir öffnen um 6 Uhr.';
    expect(runRule(registerClash, text, { thread: formalThread, mode: 'draft' })).toEqual([
      {
        actual: 'dir',
        start: 6,
        end: 9,
        messageKey: 'finding.register-clash',
        severity: 'caution',
        applied: ['Danke Ihnen für die Frage! Wir öffnen um 6 Uhr.'],
      },
    ]);
  });

  it('follows the comment being answered before the thread', () => {
    const text = 'Wir schicken Ihnen gern Ersatz.';
    const findings = runRule(registerClash, text, {
      replyTo: { text: 'Kannst du mir bitte helfen?' },
      thread: formalThread,
    });
    expect(findings.map((f) => [f.actual, f.applied])).toEqual([['Ihnen', ['Wir schicken dir gern Ersatz.']]]);
  });

  it.each([
    ['Können Sie uns Ihre Bestellnummer schicken?', formalThread],
    ['Wir öffnen um 6 Uhr.', formalThread],
    ['Danke dir!', { items: [{ text: 'Super, dass ihr früher aufmacht, danke euch!' }] }],
  ])('leaves %j alone', (text, thread) => {
    expect(runRule(registerClash, text, { thread })).toEqual([]);
  });

  it('says nothing about items (other people’s comments)', () => {
    expect(runRule(registerClash, 'Danke dir!', { thread: formalThread, mode: 'item' })).toEqual([]);
  });
});
