// A word's valence from the lexicon under the text's languages: the form itself, then German inflections and
// compounds, then the word with its elongation folded ("suuuper", "tooolle", "neeein").
import { collapseRepeats } from './elongation';
import { lookupGermanForms } from './german-forms';
import { type Languages, valenceOf } from './languages';
import { type Entry, toneWords } from './words';

/** A drawn-out German word is said with feeling: "suuuper" is more than "super". */
const ELONGATION_EMPHASIS = 0.3;

function listed(word: string, langs: Languages): number | undefined {
  const e = toneWords().words.get(word);
  return valenceOf(e, langs) ?? (langs.german ? (e?.deElongated ?? lookupGermanForms(word)) : undefined);
}

export function wordValence(norm: string, e: Entry | undefined, langs: Languages): number | undefined {
  // German comments borrow English praise and scorn ("nice", "fail"), but not where the word is German.
  const direct = langs.germanWins && toneWords().deFalseFriends.has(norm) ? e?.de : valenceOf(e, langs);
  if (direct !== undefined) return direct;
  const inflected = langs.german ? lookupGermanForms(norm) : undefined;
  if (inflected !== undefined) return inflected;
  const collapsed = collapseRepeats(norm);
  if (collapsed === null) return undefined;
  if (!langs.german) {
    const { words } = toneWords();
    return valenceOf(words.get(collapsed), langs) ?? valenceOf(words.get(collapsed.replace(/(.)\1+/g, '$1')), langs);
  }
  // Runs of three or more letters down to two ("gooood" -> "good"), to one ("suuuper" -> "super"), then every
  // double letter to one: the first spelling the lexicon knows.
  const v =
    listed(collapsed, langs) ??
    listed(norm.replace(/(.)\1{2,}/g, '$1'), langs) ??
    listed(collapsed.replace(/(.)\1+/g, '$1'), langs);
  return v === undefined || v === 0 ? v : v + Math.sign(v) * ELONGATION_EMPHASIS;
}
