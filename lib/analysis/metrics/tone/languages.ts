// Which word lists a text is read with (German, English or both) and which language wins where a word is in both.
import type { RuleInput } from '../../types';
import { type Entry, MASK_DE, MASK_EN } from './words';

export interface Languages {
  english: boolean;
  german: boolean;
  /** German before English: the text is German, English only fills in loanwords. */
  germanFirst: boolean;
  /** Words that are German and English ("die", "war") are read as German: the text is not plainly English. */
  germanWins: boolean;
  mask: number;
}

/**
 * A text the detector gave to another language but whose page says German or English is read with that
 * language's lists: short English tweets with few function words are often taken for French.
 */
export function languagesFor(input: RuleInput): Languages | null {
  let languages: readonly string[] = input.languages;
  if (languages.length === 0) {
    const hint = input.context?.langHint?.slice(0, 2).toLowerCase();
    if (hint !== 'de' && hint !== 'en') return null;
    languages = [hint];
  }
  const english = languages.includes('en');
  const german = languages.includes('de');
  if (!english && !german) return null;
  // German first in a German text: "die", "war", "hell", "gift" are German words there, not English ones.
  const germanFirst = german && (input.lang === 'de' || !english);
  const germanWins = german && input.lang !== 'en';
  return { english, german, germanFirst, germanWins, mask: (english ? MASK_EN : 0) | (german ? MASK_DE : 0) };
}

/** An entry's valence in the text's languages, or undefined where it has none there. */
export function valenceOf(e: Entry | undefined, langs: Languages): number | undefined {
  if (!e) return undefined;
  if (langs.germanFirst) return e.de ?? e.en;
  return (langs.english ? e.en : undefined) ?? (langs.german ? e.de : undefined);
}
