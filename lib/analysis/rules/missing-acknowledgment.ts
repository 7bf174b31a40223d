// A reply to a complaint or a correction that neither thanks nor acknowledges: seed 004 and 001 advise to say
// you take criticism seriously and to thank people who correct you. Suggests an opener in the draft's register.
import { readItem, suggestionLanguage, threadRegister } from '../context';
import { makeFinding } from '../finding';
import { ACKNOWLEDGMENT_DE } from '../lexicons/de/conversation';
import { ACKNOWLEDGMENT_EN } from '../lexicons/en/conversation';
import { dominantRegister, registerEvidence } from '../register';
import type { Finding, Rule, RuleInput, RuleMeta } from '../types';
import { phraseSet } from './shared/phrase-rule';

const meta: RuleMeta = {
  id: 'missing-acknowledgment',
  category: 'acknowledgment',
  languages: ['de', 'en'],
  defaultSeverity: 'caution',
  messageKeys: ['finding.missing-acknowledgment.complaint', 'finding.missing-acknowledgment.correction'],
};
const ACK = { de: phraseSet(ACKNOWLEDGMENT_DE), en: phraseSet(ACKNOWLEDGMENT_EN) };

export const OPENERS = {
  complaint: {
    du: 'Danke, dass du das ansprichst – das nehmen wir ernst. ',
    sie: 'Danke, dass Sie das ansprechen – das nehmen wir ernst. ',
    en: 'Thanks for raising this – we take it seriously. ',
  },
  correction: {
    du: 'Danke für deinen Hinweis! ',
    sie: 'Danke für Ihren Hinweis! ',
    en: 'Thanks for the correction! ',
  },
} as const;

export const missingAcknowledgment: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    const replyTo = input.context.replyTo;
    const first = input.tokens.find((t) => t.kind === 'word');
    if (input.context.mode === 'item' || !replyTo || !first) return [];
    const reading = readItem(replyTo, input.context.langHint);
    const kind = reading.isComplaint ? 'complaint' : reading.isCorrection ? 'correction' : null;
    if (!kind) return [];
    if (input.languages.some((l) => ACK[l].findAll(input.tokens).length > 0)) return [];

    const lang = suggestionLanguage(input);
    const register =
      dominantRegister(registerEvidence(input.tokens)) ?? reading.register ?? threadRegister(input) ?? 'du';
    const opener = lang === 'en' ? OPENERS[kind].en : OPENERS[kind][register];
    return [
      makeFinding(input, meta, { start: first.start, end: first.start }, `finding.missing-acknowledgment.${kind}`, {
        suggestions: [opener],
        confidence: kind === 'complaint' ? 0.7 : 0.6,
      }),
    ];
  },
};
