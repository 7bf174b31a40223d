// missing-acknowledgment: replies to complaints and corrections need an acknowledging opener, in the right register.
import { describe, expect, it } from 'vitest';
import { missingAcknowledgment } from './missing-acknowledgment';
import { runRule } from './shared/table-test';

const complaintDu = { text: 'Warum war das Brot schon wieder ausverkauft? Das ärgert mich.', isComplaint: true };
const complaintSie = { text: 'Ich warte seit zwei Wochen auf Ihre Antwort.', isComplaint: true };
const complaintEn = { text: 'Still no refund after three weeks.', isComplaint: true };
const correction = { text: 'Kleine Korrektur: Die Filiale öffnet um 6, nicht um 7.', isComplaint: false };

describe('missing-acknowledgment', () => {
  it('suggests a du opener in a German reply to a du complaint', () => {
    const text = 'Wir backen ab Dezember mehr.';
    expect(runRule(missingAcknowledgment, text, { replyTo: complaintDu, mode: 'draft' })).toEqual([
      {
        actual: '',
        start: 0,
        end: 0,
        messageKey: 'finding.missing-acknowledgment.complaint',
        severity: 'caution',
        applied: ['Danke, dass du das ansprichst – das nehmen wir ernst. Wir backen ab Dezember mehr.'],
      },
    ]);
  });

  it('follows the complaint’s Sie and keeps leading whitespace', () => {
    const text = '  Wir prüfen das.';
    const [finding] = runRule(missingAcknowledgment, text, { replyTo: complaintSie });
    expect(finding?.start).toBe(2);
    expect(finding?.applied).toEqual(['  Danke, dass Sie das ansprechen – das nehmen wir ernst. Wir prüfen das.']);
  });

  it('suggests an English opener in an English reply', () => {
    const [finding] = runRule(missingAcknowledgment, 'We will check your order.', { replyTo: complaintEn });
    expect(finding?.applied).toEqual(['Thanks for raising this – we take it seriously. We will check your order.']);
  });

  it('asks to thank someone who corrected the brand', () => {
    const [finding] = runRule(missingAcknowledgment, 'Stimmt, wir öffnen um 6.', { replyTo: correction });
    expect(finding).toMatchObject({ messageKey: 'finding.missing-acknowledgment.correction' });
    expect(finding?.applied).toEqual(['Danke für deinen Hinweis! Stimmt, wir öffnen um 6.']);
  });

  it.each([
    ['Danke für deine Geduld, wir backen ab Dezember mehr.', complaintDu],
    ['Das tut uns leid! Wir prüfen das sofort.', complaintSie],
    ['Sorry about that, we are on it.', complaintEn],
    ['Thanks, you are right.', complaintEn],
    ['Wir backen ab Dezember mehr.', { text: 'Freue mich schon auf Samstag!', isComplaint: false }],
  ])('leaves %j alone', (text, replyTo) => {
    expect(runRule(missingAcknowledgment, text, { replyTo })).toEqual([]);
  });

  it('needs a reply target and a draft', () => {
    expect(runRule(missingAcknowledgment, 'Wir prüfen das.')).toEqual([]);
    expect(runRule(missingAcknowledgment, '', { replyTo: complaintDu })).toEqual([]);
    expect(runRule(missingAcknowledgment, 'Wir prüfen das.', { replyTo: complaintDu, mode: 'item' })).toEqual([]);
  });
});
