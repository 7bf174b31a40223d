// A word's valence from the lexicon under the text's languages: the form itself, then German inflections and
// compounds, then the word with its elongation folded ("suuuper").
import { collapseRepeats } from './elongation';
import { lookupGermanForms } from './german-forms';
import { type Languages, valenceOf } from './languages';
import { type Entry, toneWords } from './words';

export function wordValence(norm: string, e: Entry | undefined, langs: Languages): number | undefined {
  // German comments borrow English praise and scorn ("nice", "fail"), but not where the word is German.
  const direct = langs.germanWins && toneWords().deFalseFriends.has(norm) ? e?.de : valenceOf(e, langs);
  if (direct !== undefined) return direct;
  const inflected = langs.german ? lookupGermanForms(norm) : undefined;
  if (inflected !== undefined) return inflected;
  const collapsed = collapseRepeats(norm);
  if (collapsed === null) return undefined;
  const { words } = toneWords();
  return valenceOf(words.get(collapsed), langs) ?? valenceOf(words.get(collapsed.replace(/(.)\1+/g, '$1')), langs);
}
