// Contempt for people and groups: slurs, dehumanising words ("Pack", "Ungeziefer", "vermin"), smear vocabulary
// ("Lügenpresse") and disgust markers ("widerlich"). Strength decides severity; neutral words are offered where they exist.

import type { Rule, RuleMeta } from '../types';
import { hostileFindings } from './shared/hostile';

const meta: RuleMeta = {
  id: 'hostile-contempt',
  category: 'hostile',
  languages: ['de', 'en'],
  defaultSeverity: 'warn',
  messageKeys: ['finding.hostile.slur', 'finding.hostile.contempt', 'finding.hostile.scorn'],
};

export const hostileContempt: Rule = {
  meta,
  check: (input) =>
    hostileFindings(input, meta, {
      slur: { messageKey: 'finding.hostile.slur', severity: 'warn', removable: true },
      contempt: { messageKey: 'finding.hostile.contempt', severity: 'warn', removable: true },
      contemptMild: { messageKey: 'finding.hostile.scorn', severity: 'caution' },
      contemptWeak: { messageKey: 'finding.hostile.scorn', severity: 'info' },
    }),
};
