// Insults aimed at a person ("Vollidiot", "Stümper", "du bist so dumm", "you moron"), German and English.
// Name-calling ends a conversation; the finding marks the words and offers to drop or soften them.

import type { Rule, RuleMeta } from '../types';
import { hostileFindings } from './shared/hostile';

const meta: RuleMeta = {
  id: 'hostile-insult',
  category: 'hostile',
  languages: ['de', 'en'],
  defaultSeverity: 'warn',
  messageKeys: ['finding.hostile.insult', 'finding.hostile.insultAdjective'],
};

export const hostileInsult: Rule = {
  meta,
  check: (input) =>
    hostileFindings(input, meta, {
      insult: { messageKey: 'finding.hostile.insult', severity: 'warn', removable: true },
      insultMild: { messageKey: 'finding.hostile.insult', severity: 'caution', removable: true },
      insultAdjective: { messageKey: 'finding.hostile.insultAdjective', severity: 'caution' },
    }),
};
