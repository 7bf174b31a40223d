// "du" and "Sie" mixed in one German draft: it reads careless. The less used form is flagged and, where the verb
// is not affected (dich, dir, dein…, Ihnen, Ihr…), replaced by the matching form of the other.
import { makeFinding } from '../finding';
import { dominantRegister, registerEvidence, TO_DU, TO_SIE } from '../register';
import type { Finding, Rule, RuleInput, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 'register-mix',
  category: 'register',
  languages: ['de'],
  defaultSeverity: 'caution',
  messageKeys: ['finding.register-mix'],
};

export const registerMix: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    const evidence = registerEvidence(input.tokens);
    if (evidence.du.length === 0 || evidence.sie.length === 0) return [];
    // On a tie the form used first sets the tone; the other one is the slip.
    const firstDu = evidence.du[0]?.start ?? 0;
    const firstSie = evidence.sie[0]?.start ?? 0;
    const kept = dominantRegister(evidence) ?? (firstDu < firstSie ? 'du' : 'sie');
    const slips = kept === 'du' ? evidence.sie : evidence.du;
    return slips.map((token) => {
      const replacement = kept === 'du' ? TO_DU[token.text] : TO_SIE[token.norm];
      return makeFinding(input, meta, token, 'finding.register-mix', {
        args: { kept: kept === 'du' ? 'du' : 'Sie', used: token.text },
        suggestions: replacement ? [replacement] : [],
        confidence: 0.85,
      });
    });
  },
};
