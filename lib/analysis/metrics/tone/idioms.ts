// Fixed phrases with a valence of their own ("Hut ab", "nie wieder", "can't wait"), matched from their first word.
import type { Token } from '../../types';
import type { Languages } from './languages';
import type { Idiom } from './words';

/** Idiom starting at token t, if any: [index of its last token, valence]. */
export function idiomAt(
  tokens: readonly Token[],
  t: number,
  idioms: readonly Idiom[],
  langs: Languages,
): [number, number] | null {
  for (const idiom of idioms) {
    if (idiom.lang === 'en' ? !langs.english : !langs.german) continue;
    let k = 0;
    while (k < idiom.rest.length && tokens[t + 1 + k]?.norm === idiom.rest[k]) k++;
    if (k === idiom.rest.length) return [t + k, idiom.valence];
  }
  return null;
}
