// German negation after the word it negates: "das gefällt mir nicht", "funktioniert leider nicht", within the
// clause, unless the "nicht" belongs to a later word ("schön, nicht teuer").
import { NEGATION_SCALAR } from './constants';
import type { Item } from './items';
import { CONTRAST, TRAIL_DE, toneWords } from './words';

/** The valence v of list[i] after a trailing German negation, if one reaches it. */
export function trailingNegation(list: readonly Item[], i: number, v: number): number {
  const adverbs = toneWords().deSentenceAdverbs;
  if (adverbs.has((list[i] as Item).norm)) return v;
  for (let k = 1; k <= 4; k++) {
    const after = list[i + k];
    if (!after || after.breakBefore) break;
    if (adverbs.has(after.norm)) continue;
    if (after.roles & TRAIL_DE) {
      // ... unless the "nicht" belongs to the word after it: "schön, nicht teuer" / "schön und nicht teuer".
      const following = list[i + k + 1];
      if (!following || following.breakBefore || following.base === 0) return v * NEGATION_SCALAR;
      break;
    }
    if (after.base !== 0 || after.roles & CONTRAST) break;
  }
  return v;
}
