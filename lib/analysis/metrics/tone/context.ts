// Context that changes what a word means before any modifier applies: a salutation is not love, a booster before
// another evaluative word boosts it instead of counting itself, "kind of" hedges, "no fun" negates.
import type { Item } from './items';
import type { Languages } from './languages';
import { BOOSTS, DAMP_EN, DAMPS, NEG_EN, toneWords } from './words';

/** "Problem gelöst", "der Fehler ist behoben": a trouble word in the clause of its fix is no complaint. */
function resolveProblems(list: Item[]): void {
  const { deResolved } = toneWords();
  let clause = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as Item;
    if (item.breakBefore) clause = i;
    if (!deResolved.has(item.norm)) continue;
    for (let k = clause; k < i; k++) if ((list[k] as Item).base < 0) (list[k] as Item).base = 0;
  }
}

export function adjustBases(list: Item[], langs: Languages): void {
  if (langs.german) resolveProblems(list);
  // "Liebe Corinna, ...", "Lieber Kundenservice": a salutation, not love.
  const opening = list[0];
  if (langs.german && opening?.kind === 'word' && toneWords().deSalutations.has(opening.norm)) opening.base = 0;
  for (let i = 0; i + 1 < list.length; i++) {
    const item = list[i] as Item;
    const next = list[i + 1] as Item;
    const joined = !next.breakBefore;
    // "super schnell", "mega gut": a booster that also carries praise boosts the next word instead.
    if (item.base !== 0 && next.base !== 0 && joined && item.roles & (BOOSTS | DAMPS)) item.base = 0;
    if (!langs.english) continue;
    // "kind of", "sort of" hedge what follows; "kind" is not praise there.
    if ((item.norm === 'kind' || item.norm === 'sort') && next.norm === 'of') {
      item.base = 0;
      item.roles |= DAMP_EN;
    }
    // "no fun", "no good": "no" negates the word it stands before instead of counting itself.
    if (item.norm === 'no' && next.base !== 0 && joined) {
      item.base = 0;
      item.roles |= NEG_EN;
    }
  }
}
