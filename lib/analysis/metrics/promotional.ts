// The promotional and spam score: 0..1 computed from the findings of the promotional and spam rules.
// Signals combine like independent evidence; loudness (caps, "!!!", emoji rows) is capped so that an
// enthusiastic fan never reads as an advert, while one clear ask or sales order flags on its own.
import type { CategoryScore, Finding, RuleInput } from '../types';

/** Rules about how loud a text is rather than what it asks for. */
const STYLE_RULES = new Set(['shouting', 'symbol-flood']);
/** Together, style signals may at most push a borderline text over the line, never carry it alone. */
const STYLE_CAP = 0.3;
export const PROMOTIONAL_THRESHOLD = 0.5;

/** Evidence from one rule: its strongest finding, each further one counting half. */
function ruleEvidence(confidences: number[]): number {
  confidences.sort((a, b) => b - a);
  let miss = 1;
  confidences.forEach((c, i) => {
    miss *= 1 - (i === 0 ? c : c / 2);
  });
  return 1 - miss;
}

export function scorePromotional(_input: RuleInput, findings: readonly Finding[]): CategoryScore {
  const byRule = new Map<string, number[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f.confidence);
    else byRule.set(f.ruleId, [f.confidence]);
  }
  let contentMiss = 1;
  let styleMiss = 1;
  for (const [ruleId, confidences] of byRule) {
    const evidence = ruleEvidence(confidences);
    if (STYLE_RULES.has(ruleId)) styleMiss *= 1 - evidence;
    else contentMiss *= 1 - evidence;
  }
  const style = Math.min(STYLE_CAP, 1 - styleMiss);
  const score = 1 - contentMiss * (1 - style);
  const rounded = Math.round(score * 1000) / 1000;
  return { score: rounded, flagged: rounded >= PROMOTIONAL_THRESHOLD };
}
