// Threats and wishes of violence or death ("ich weiß, wo du wohnst", "an die Wand stellen", "you'll regret this").
// No rewrite makes a threat acceptable, so the finding carries no suggestion, only the reason.

import type { Rule, RuleMeta } from '../types';
import { hostileFindings } from './shared/hostile';

const meta: RuleMeta = {
  id: 'hostile-threat',
  category: 'hostile',
  languages: ['de', 'en'],
  defaultSeverity: 'warn',
  messageKeys: ['finding.hostile.threat'],
};

export const hostileThreat: Rule = {
  meta,
  check: (input) =>
    hostileFindings(input, meta, { threat: { messageKey: 'finding.hostile.threat', severity: 'warn' } }),
};
