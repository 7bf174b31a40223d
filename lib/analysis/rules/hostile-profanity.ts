// Profanity and vulgar phrases ("Scheißpolitik", "am Arsch vorbei", "fucking", "shut up"), German and English.
// Swearing makes a brand's voice look out of control even when nobody is addressed; rewrites drop it.

import type { Rule, RuleMeta } from '../types';
import { hostileFindings } from './shared/hostile';

const meta: RuleMeta = {
  id: 'hostile-profanity',
  category: 'hostile',
  languages: ['de', 'en'],
  defaultSeverity: 'caution',
  messageKeys: ['finding.hostile.profanity'],
};

export const hostileProfanity: Rule = {
  meta,
  check: (input) =>
    hostileFindings(input, meta, {
      profanity: { messageKey: 'finding.hostile.profanity', severity: 'caution', removable: true },
    }),
};
