// The sensitivity setting, as one mechanism over what findings already carry (severity and confidence) and the
// score lines of the promotional and hostile metrics. 'normal' changes nothing: it is the engine as tuned.
//   low:    only severe or confident findings: severity 'warn', or confidence >= 0.8; a text counts as
//           promotional or hostile from a score of 0.7 (instead of 0.5).
//   high:   also the milder ones: 'info' findings (loudness, helpful links) count as 'caution', so they colour
//           the badge and stop a post at the 'caution' threshold; the score line drops to 0.35.
// The user's own lists (watchlist, always-flag) are never filtered or raised: they are not the engine's guesses.
import type { Finding, Sensitivity } from './types';

export const LOW_MIN_CONFIDENCE = 0.8;

/** The score from which a text counts as promotional or hostile. */
export const SCORE_LINE: Record<Sensitivity, number> = { low: 0.7, normal: 0.5, high: 0.35 };

const USER_LISTS = new Set(['watchlist', 'always-flag']);

/** The findings to show at this sensitivity (a new array; the findings themselves are not changed). */
export function applySensitivity(findings: readonly Finding[], sensitivity: Sensitivity = 'normal'): Finding[] {
  if (sensitivity === 'normal') return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    if (USER_LISTS.has(f.ruleId)) out.push(f);
    else if (sensitivity === 'low') {
      if (f.severity === 'warn' || f.confidence >= LOW_MIN_CONFIDENCE) out.push(f);
    } else out.push(f.severity === 'info' ? { ...f, severity: 'caution' } : f);
  }
  return out;
}
