// Laughter and irony in German comments, read against the words around them: "wieder 40 Minuten zu spät 😂"
// mocks, "so witzig 😂" delights; "Tolle Leistung 🙄" and "Super, der Zug fällt schon wieder aus." say the
// opposite of their praise.
import { NEGATION_SCALAR } from './constants';
import type { Item } from './items';
import { IRONY, LAUGH } from './words';

/** How much a laugh adds to the polarity of the words it laughs at, against its own valence alone. */
const LAUGH_SHARE = 0.5;

/** Words in the clause that opens a text; a lone praise word there ("Super, ...") may be ironic. */
const OPENING_WORDS = 2;
/** How clearly the rest must complain (about one complaint word) before the opening praise reads as irony. */
const COMPLAINT_AFTER = -1;

/**
 * "Super, der Zug fällt schon wieder aus.", "Danke, Bahn. Wieder 30 Minuten zu spät.": praise standing alone in
 * the opening clause of a text whose rest complains is ironic, and read as the complaint it introduces.
 */
export function flipIronicOpening(list: Item[]): void {
  let end = 0;
  while (end < list.length && (end === 0 || !(list[end] as Item).breakBefore)) end++;
  if (end > OPENING_WORDS || end === list.length) return;
  let praise = -1;
  for (let i = 0; i < end; i++) {
    const v = (list[i] as Item).valence;
    if (v < 0) return;
    if (v > 0) praise = i;
  }
  if (praise < 0) return;
  let rest = 0;
  for (let i = end; i < list.length; i++) rest += (list[i] as Item).valence;
  if (rest <= COMPLAINT_AFTER) (list[praise] as Item).valence *= NEGATION_SCALAR;
}

/**
 * Sums the item valences of a German text with laughter following the words (alone it is joy) and, where the
 * text carries an irony marker, its praise read as the opposite.
 */
export function sumWithReactions(list: readonly Item[]): number {
  let words = 0;
  let laughs = 0;
  const ironic = list.some((item) => item.roles & IRONY);
  for (const item of list) {
    const v = item.valence;
    if (v === 0) continue;
    if (item.roles & LAUGH) laughs += Math.abs(v);
    else words += ironic && v > 0 && item.kind === 'word' ? v * NEGATION_SCALAR : v;
  }
  if (laughs === 0) return words;
  return words === 0 ? laughs : words + Math.sign(words) * laughs * LAUGH_SHARE;
}
