// German word forms the lexicon does not list: inflected adjectives, comparatives and compounds whose head colours
// the whole word ("tolle", "schöneren", "Scheißservice").
import { toneWords } from './words';

/** German adjective endings, longest first: "tollen" -> "toll", "schlechtesten" -> "schlecht". */
const DE_ENDINGS = ['en', 'em', 'er', 'es', 'e', 'n', 's'];

function germanScore(word: string): number | undefined {
  return toneWords().words.get(word)?.de;
}

/** Inflected and compound German forms: "tolle", "schöneren", "schlechteste", "Scheißservice". */
export function lookupGermanForms(word: string): number | undefined {
  // Most words share no first three letters with any German entry: they skip the search.
  if (word.length < 4 || !toneWords().deHeads.has(word.slice(0, 3))) return undefined;
  for (const ending of DE_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 3) continue;
    const hit = germanScore(stem);
    if (hit !== undefined) return hit;
    // Comparative and superlative under the ending: "schöneren" -> "schöner" -> "schön".
    if (stem.endsWith('er') || stem.endsWith('st')) {
      const base = germanScore(stem.slice(0, -2)) ?? germanScore(stem.slice(0, -3));
      if (base !== undefined) return base;
    }
  }
  if (word.endsWith('st') && word.length > 5) {
    const base = germanScore(word.slice(0, -2));
    if (base !== undefined) return base;
  }
  for (const [prefix, valence] of toneWords().dePrefixes) {
    if (word.length >= prefix.length + 3 && word.startsWith(prefix)) return valence;
  }
  return undefined;
}
