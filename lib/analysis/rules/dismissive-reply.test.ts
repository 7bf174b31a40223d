// dismissive-reply: "das stimmt nicht" and friends; a warning when the reply answers a complaint.
import { describe, expect, it } from 'vitest';
import { dismissiveReply } from './dismissive-reply';
import { runRule } from './shared/table-test';

const complaint = { text: 'Seit zwei Wochen keine Antwort auf meine Reklamation. Eine Frechheit!', isComplaint: true };

describe('dismissive-reply', () => {
  it('flags the product doc example "das stimmt so nicht" and suggests a calmer opener', () => {
    const text = 'Das stimmt so nicht, wir antworten immer.';
    expect(runRule(dismissiveReply, text)).toEqual([
      {
        actual: 'Das stimmt so nicht',
        start: 0,
        end: 19,
        messageKey: 'finding.dismissive-reply',
        severity: 'caution',
        applied: ['ich sehe das etwas anders – darf ich erklären, warum?, wir antworten immer.'],
      },
    ]);
  });

  it('flags English "that\'s not true" with the typographic apostrophe too', () => {
    const text = 'That’s not true, we replied on Monday.';
    const [finding] = runRule(dismissiveReply, text);
    expect(finding).toMatchObject({ actual: 'That’s not true', start: 0, end: 15 });
    expect(finding?.applied).toEqual(['I see it a bit differently – may I explain why?, we replied on Monday.']);
  });

  it('is a warning when it answers a complaint', () => {
    const [finding] = runRule(dismissiveReply, 'Das ist nicht unser Problem.', { replyTo: complaint, mode: 'draft' });
    expect(finding).toMatchObject({ actual: 'nicht unser Problem', severity: 'warn' });
  });

  it.each([
    'Das stimmt, danke für den Hinweis!',
    'Stimmt nicht ganz so einfach zu beantworten, ich kläre es.',
    "That's true, thanks for pointing it out.",
    'You are right, we will fix it.',
  ])('leaves %j alone', (text) => {
    expect(runRule(dismissiveReply, text)).toEqual([]);
  });
});
