// A word's valence under its modifiers: VADER's look-back over three words for boosters, dampeners and negations,
// caps emphasis, and German's trailing "nicht".
import { BOOST, CAPS_BOOST, NEGATION_SCALAR } from './constants';
import type { Item } from './items';
import { negatedAfter } from './negation';
import { BOOSTS, DAMPS, NEG, NOUN, toneWords } from './words';

function boosterScalar(item: Item, valence: number, capDiff: boolean): number {
  let scalar = item.roles & BOOSTS ? BOOST : item.roles & DAMPS ? -BOOST : 0;
  if (scalar === 0) return 0;
  if (valence < 0) scalar = -scalar;
  if (capDiff && item.caps) scalar += valence > 0 ? CAPS_BOOST : -CAPS_BOOST;
  return scalar;
}

export function modifiedValence(list: readonly Item[], i: number, german: boolean, capDiff: boolean): number {
  const item = list[i] as Item;
  let v = item.base;
  // Emoji and emoticons are not negated or boosted: "nope :-)" is still a smile.
  if (item.kind === 'emoji' || item.kind === 'emoticon' || item.kind === 'punct') return v;
  if (capDiff && item.caps) v += v > 0 ? CAPS_BOOST : -CAPS_BOOST;
  let negated = false;
  const closest = list[i - 1]?.norm;
  for (let k = 1; k <= 3; k++) {
    const prev = list[i - k];
    // Modifiers reach across words, not across punctuation ("I don't know, sadly").
    if (!prev || list[i - k + 1]?.breakBefore) break;
    if (prev.base !== 0) continue;
    let s = boosterScalar(prev, v, capDiff);
    if (k === 2) s *= 0.95;
    else if (k === 3) s *= 0.9;
    v += s;
    const between = list[i - k + 1]?.norm;
    if (k > 1 && prev.norm === 'never' && (between === 'so' || between === 'this')) {
      v *= k === 2 ? 1.5 : 1.25;
    } else if (k === 3 && (closest === 'so' || closest === 'this')) {
      // VADER's rule: "haven't been this sore": the intensifier binds closer than the negation.
      v *= 1.25;
    } else if (
      prev.roles & NEG &&
      !(k > 1 && (between === 'only' || between === 'nur')) &&
      !(item.roles & NOUN && toneWords().deNicht.has(prev.norm))
    ) {
      // ("not only ... but", "nicht nur ... sondern" negate nothing; German negates a noun with "kein", and
      // "nicht über den Skandal" leaves the scandal a scandal.)
      v *= NEGATION_SCALAR;
      negated = true;
    }
  }
  if (closest === 'least' && list[i - 2]?.norm !== 'at' && list[i - 2]?.norm !== 'very') v *= NEGATION_SCALAR;
  // German puts "nicht" after verbs: "das gefällt mir nicht", "funktioniert leider nicht".
  if (german && !negated && negatedAfter(list, i)) v *= NEGATION_SCALAR;
  return v;
}
