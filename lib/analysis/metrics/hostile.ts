// The hostile score: 0..1 from the findings of the hostile rules (insults, profanity, threats, contempt).
// It treats each finding as independent evidence (noisy-OR of its confidence), a little stronger when
// the text addresses someone ("du", "ihr", "you") or points at a group ("diese", "solche", "these").
import type { CategoryScore, Finding, RuleInput } from '../types';

/** Words that aim a remark at the reader or at a group. */
const TARGETING = new Set(
  `du dich dir dein deine deinen deinem deiner ihr euch euer eure euren diese dieser diesen dieses solche solchen
  you your you're yourself these those`.split(/\s+/),
);

/** Above this score a text counts as hostile. */
export const HOSTILE_THRESHOLD = 0.5;
const TARGETED_BOOST = 1.25;
const SHOUTING_BOOST = 1.2;
const SHOUTING_MIN = 2;

export function scoreHostile(input: RuleInput, findings: readonly Finding[]): CategoryScore {
  if (findings.length === 0) return { score: 0, flagged: false };
  let targeted = false;
  let shouting = 0;
  for (const t of input.tokens) {
    if (t.kind === 'word' && TARGETING.has(t.norm)) targeted = true;
    // Capitals and piled-up marks ("MERKEL MUSS WEG !!") are how anger shows in writing.
    else if (
      (t.kind === 'word' && t.text.length > 2 && t.text === t.text.toUpperCase() && t.norm !== t.text) ||
      (t.kind === 'punct' && t.text.length > 1 && t.text.includes('!'))
    )
      shouting++;
  }
  const boost = (targeted ? TARGETED_BOOST : 1) * (shouting >= SHOUTING_MIN ? SHOUTING_BOOST : 1);
  let calm = 1;
  for (const f of findings) {
    const weight = Math.min(0.99, f.confidence * boost);
    calm *= 1 - weight;
  }
  const score = 1 - calm;
  return { score, flagged: score >= HOSTILE_THRESHOLD };
}
