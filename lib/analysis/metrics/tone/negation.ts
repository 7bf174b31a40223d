// Whether a negation reaches a word: one of the three words before it ("nicht gut", "kein wirklich guter"), or,
// in German, a "nicht" after it in the same clause ("das gefällt mir nicht") unless that "nicht" belongs to a
// later word ("schön, nicht teuer"); nouns are not negated from behind, and set phrases ("seit Tagen") are neither
// negated nor stand in the way.
import type { Item } from './items';
import { CONTRAST, NEG, NOUN, SET_PHRASE, TRAIL_DE, toneWords } from './words';

/**
 * A negation among the three words before list[i], as VADER looks back, for words that judge only when negated;
 * "nicht nur" negates nothing, and a judging word in between takes the negation ("ohne Probleme geliefert").
 */
export function negatedBefore(list: readonly Item[], i: number): boolean {
  for (let k = 1; k <= 3; k++) {
    const prev = list[i - k];
    if (!prev || list[i - k + 1]?.breakBefore || prev.base !== 0) break;
    const between = list[i - k + 1]?.norm;
    if (prev.roles & NEG && !(k > 1 && (between === 'only' || between === 'nur'))) return true;
  }
  return false;
}

/** A German negation after list[i] in its clause: "funktioniert leider immer noch nicht". */
export function negatedAfter(list: readonly Item[], i: number): boolean {
  const adverbs = toneWords().deSentenceAdverbs;
  const item = list[i] as Item;
  // A noun is not what a later "nicht" negates: "die Lieferung kam nicht" says nothing against "Lieferung".
  if (item.roles & (SET_PHRASE | NOUN) || adverbs.has(item.norm)) return false;
  for (let k = 1; k <= 4; k++) {
    const after = list[i + k];
    if (!after || after.breakBefore) break;
    // Sentence adverbs and set phrases ("leider", "seit Tagen") stand between a verb and its "nicht".
    if (after.roles & SET_PHRASE || adverbs.has(after.norm)) continue;
    // "teuer und schmeckt nach nichts": the "nichts" is the second conjunct's.
    if (after.norm === 'und' || after.norm === 'oder') break;
    if (after.roles & TRAIL_DE) {
      // ... unless the "nicht" belongs to the word after it: "schön, nicht teuer" / "schön und nicht teuer".
      const following = list[i + k + 1];
      return !following || following.breakBefore || following.base === 0;
    }
    if (after.base !== 0 || after.roles & CONTRAST) break;
  }
  return false;
}
