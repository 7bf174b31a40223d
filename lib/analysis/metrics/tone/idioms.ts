// Fixed phrases with a valence of their own ("Hut ab", "nie wieder", "can't wait") or that negate the word after
// them ("alles andere als"), matched from their first word; "#" in a phrase stands for a number ("seit # Tagen").
import type { Token } from '../../types';
import type { Languages } from './languages';
import type { Idiom } from './words';

/** Idiom starting at token t, if any: [index of its last token, valence, whether it negates what follows]. */
export function idiomAt(
  tokens: readonly Token[],
  t: number,
  idioms: readonly Idiom[],
  langs: Languages,
): [number, number, boolean] | null {
  for (const idiom of idioms) {
    if (idiom.lang === 'en' ? !langs.english : !langs.german) continue;
    let k = 0;
    while (k < idiom.rest.length) {
      const token = tokens[t + 1 + k];
      if (!token || (idiom.rest[k] === '#' ? token.kind !== 'number' : token.norm !== idiom.rest[k])) break;
      k++;
    }
    if (k === idiom.rest.length) return [t + k, idiom.valence, idiom.negates === true];
  }
  return null;
}
