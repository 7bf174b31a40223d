// Context that changes what a word means before any modifier applies: an address is not love, a capitalised noun
// is not the praise it is spelled like ("Klasse"), a fix ends a trouble, a wish is not praise, a booster before
// another evaluative word boosts it instead of counting itself, "kind of" hedges, "no fun" negates.
import type { Item } from './items';
import type { Languages } from './languages';
import { BOOST_DE, BOOSTS, DAMP_EN, DAMPS, NEG_EN, NOUN, toneWords } from './words';

/**
 * "Problem gelöst", "der Fehler ist behoben": a trouble word in the clause of its fix is no complaint.
 * "Ich hätte gerne", "würde gern wissen": "gerne" after a modal verb is a wish, not praise.
 */
function clauseReadings(list: Item[]): void {
  const { deResolved, deModals } = toneWords();
  let clause = 0;
  let modal = false;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as Item;
    if (item.breakBefore) {
      clause = i;
      modal = false;
    }
    if (deModals.has(item.norm)) modal = true;
    else if (modal && (item.norm === 'gerne' || item.norm === 'gern')) item.base = 0;
    else if (deResolved.has(item.norm)) {
      for (let k = clause; k < i; k++) if ((list[k] as Item).base < 0) (list[k] as Item).base = 0;
    }
  }
}

export function adjustBases(list: Item[], langs: Languages): void {
  if (langs.german) {
    clauseReadings(list);
    const { deSalutations: salutations, deNeutralNouns } = toneWords();
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as Item;
      // "zweiter Klasse", "die Genossen", "an der Spitze": the noun, not the praise ("klasse", "genossen", "spitze").
      if (item.roles & NOUN && deNeutralNouns.has(item.norm)) item.base = 0;
      if (!salutations.has(item.norm)) continue;
      // "Liebe Corinna, ...", "Lieber Kundenservice", "tja, liebe Leute": an address, not love ("ich liebe Pizza").
      const next = list[i + 1];
      if (i === 0 || (next && next.roles & NOUN && !next.breakBefore && list[i - 1]?.norm !== 'ich')) item.base = 0;
    }
  }
  for (let i = 0; i + 1 < list.length; i++) {
    const item = list[i] as Item;
    const next = list[i + 1] as Item;
    const joined = !next.breakBefore;
    // "super schnell", "mega gut": a booster that also carries praise boosts the next word instead.
    if (item.base !== 0 && next.base !== 0 && joined && item.roles & (BOOSTS | DAMPS)) item.base = 0;
    // "ganz schön teuer", "ganz schön frech": "quite", not "nice".
    if (langs.german && item.norm === 'schön' && list[i - 1]?.norm === 'ganz' && next.base !== 0 && joined) {
      item.base = 0;
      item.roles |= BOOST_DE;
    }
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
