// Hostile wording (insults, profanity, threats, contempt): the rules and the 0..1 score from their findings.
import type { CategoryScore, Finding, Rule, RuleInput } from '../types';

export const HOSTILE_RULES: Rule[] = [];

export function scoreHostile(_input: RuleInput, _findings: readonly Finding[]): CategoryScore {
  return { score: 0, flagged: false };
}
