// tone-clash: cheerful markers answering an upset conversation; promotion into it (via analyze) is a warning.
import { describe, expect, it } from 'vitest';
import { buildInput } from '../input';
import { runRule } from './shared/table-test';
import { promotionIntoNegative, toneClash } from './tone-clash';

const angry = { text: 'Seit drei Wochen kaputt und keiner antwortet.', isComplaint: true, tone: -0.7 };
const angryThread = {
  items: [
    { text: 'Unverschämt.', tone: -0.8 },
    { text: 'Geht mir genauso.', tone: -0.4 },
  ],
};

describe('tone-clash', () => {
  it('flags emoji and exclamation runs in a reply to a complaint, suggesting calmer punctuation', () => {
    const text = 'Oh nein 😅 wir kümmern uns!!';
    expect(runRule(toneClash, text, { replyTo: angry })).toEqual([
      {
        actual: '😅',
        start: 8,
        end: 10,
        messageKey: 'finding.tone-clash.cheerful',
        severity: 'caution',
        applied: ['Oh nein  wir kümmern uns!!'],
      },
      {
        actual: '!!',
        start: 26,
        end: 28,
        messageKey: 'finding.tone-clash.cheerful',
        severity: 'caution',
        applied: ['Oh nein 😅 wir kümmern uns.'],
      },
    ]);
  });

  it('reads the thread mood when there is no reply target', () => {
    expect(runRule(toneClash, 'Happy Friday 🎉🎉', { thread: angryThread }).map((f) => f.actual)).toEqual(['🎉', '🎉']);
  });

  it.each([
    ['Das tut uns leid. Wir kümmern uns heute darum.', { replyTo: angry }],
    ['Schönes Wochenende 🎉!!', { thread: { items: [{ text: 'Super!', tone: 0.8 }] } }],
    ['Schönes Wochenende 🎉!!', {}],
  ])('leaves %j alone', (text, context) => {
    expect(runRule(toneClash, text, context)).toEqual([]);
  });

  it('turns promotion into an upset conversation into a warning', () => {
    const input = buildInput('Jetzt 20 % sparen im Shop!', { replyTo: angry });
    expect(promotionIntoNegative(input, 0.8)).toMatchObject([
      { ruleId: 'tone-clash', messageKey: 'finding.tone-clash.promotional', severity: 'warn', start: 0, end: 0 },
    ]);
    expect(promotionIntoNegative(input, 0.1)).toEqual([]);
    expect(promotionIntoNegative(buildInput('Jetzt 20 % sparen!', {}), 0.8)).toEqual([]);
  });
});
