// A German draft whose form of address differs from the thread's (replying "du" where everyone says "Sie", or
// the reverse): matching the tonality of the conversation is seed 000's third rule.
import { readItem, threadRegister } from '../context';
import { makeFinding } from '../finding';
import { dominantRegister, registerEvidence, TO_DU, TO_SIE } from '../register';
import type { Finding, Rule, RuleInput, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 'register-clash',
  category: 'register',
  languages: ['de'],
  defaultSeverity: 'caution',
  messageKeys: ['finding.register-clash'],
};

export const registerClash: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    if (input.context.mode === 'item') return [];
    const evidence = registerEvidence(input.tokens);
    const draft = dominantRegister(evidence);
    // A mixed draft is register-mix's finding; here only a consistent draft is compared.
    if (!draft || (evidence.du.length > 0 && evidence.sie.length > 0)) return [];
    const replyTo = input.context.replyTo;
    const expected = (replyTo ? readItem(replyTo, input.context.langHint).register : null) ?? threadRegister(input);
    if (!expected || expected === draft) return [];
    const tokens = draft === 'du' ? evidence.du : evidence.sie;
    return tokens.slice(0, 3).map((token) => {
      const replacement = expected === 'sie' ? TO_SIE[token.norm] : TO_DU[token.text];
      return makeFinding(input, meta, token, 'finding.register-clash', {
        args: { thread: expected === 'sie' ? 'Sie' : 'du', used: token.text },
        suggestions: replacement ? [replacement] : [],
        confidence: 0.7,
      });
    });
  },
};
