// A cheerful draft (emoji, "!!!", exuberant praise) into an angry thread or a reply to a complaint: seed 000
// and 004 advise to match the conversation's tone. analyze() adds the promotional case via promotionIntoNegative.
import { conversationIsNegative } from '../context';
import { makeFinding } from '../finding';
import { scoreTone } from '../metrics/tone';
import type { Finding, Rule, RuleInput, RuleMeta } from '../types';

export const TONE_CLASH_META: RuleMeta = {
  id: 'tone-clash',
  category: 'tone-clash',
  languages: 'any',
  defaultSeverity: 'caution',
  // The promotional one comes from analyze(), through promotionIntoNegative.
  messageKeys: ['finding.tone-clash.cheerful', 'finding.tone-clash.promotional'],
};

const MAX_MARKERS = 5;

export const toneClash: Rule = {
  meta: TONE_CLASH_META,
  check(input: RuleInput): Finding[] {
    if (input.context.mode === 'item' || !conversationIsNegative(input)) return [];
    const markers = input.tokens.filter(
      (t) => t.kind === 'emoji' || t.kind === 'emoticon' || (t.kind === 'punct' && /!{2,}/.test(t.text)),
    );
    const cheerful = scoreTone(input).score >= 0.5;
    if (!cheerful && markers.length < 2) return [];
    if (markers.length === 0) {
      const first = input.tokens[0];
      if (!first) return [];
      return [
        makeFinding(input, TONE_CLASH_META, { start: first.start, end: first.start }, 'finding.tone-clash.cheerful', {
          confidence: 0.6,
        }),
      ];
    }
    return markers.slice(0, MAX_MARKERS).map((t) =>
      makeFinding(input, TONE_CLASH_META, t, 'finding.tone-clash.cheerful', {
        suggestions: [t.kind === 'punct' ? '.' : ''],
        confidence: 0.65,
      }),
    );
  },
};

/** Promotion answering a negative conversation is worse than either alone; called by analyze() with the score. */
export function promotionIntoNegative(input: RuleInput, promotionalScore: number): Finding[] {
  if (input.context.mode === 'item' || promotionalScore < 0.3 || !conversationIsNegative(input)) return [];
  const first = input.tokens[0];
  if (!first) return [];
  return [
    makeFinding(input, TONE_CLASH_META, { start: first.start, end: first.start }, 'finding.tone-clash.promotional', {
      severity: 'warn',
      confidence: Math.min(0.9, 0.5 + promotionalScore / 2),
    }),
  ];
}
