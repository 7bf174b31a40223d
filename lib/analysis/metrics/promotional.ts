// Promotional and spam wording: the rules that find it and the 0..1 score computed from their findings.
import type { CategoryScore, Finding, Rule, RuleInput } from '../types';

export const PROMOTIONAL_RULES: Rule[] = [];

export function scorePromotional(_input: RuleInput, _findings: readonly Finding[]): CategoryScore {
  return { score: 0, flagged: false };
}
