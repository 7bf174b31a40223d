// German word forms the lexicon does not list: inflected adjectives, comparatives, verb forms, "un-" words and
// compounds whose parts colour the whole word ("tolle", "schöneren", "genervt", "unhöflich", "Scheißservice",
// "sauteuer", "Lieferchaos", "Top-Angebot"). Results are remembered: tone runs on every keystroke.
import { NEGATION_SCALAR } from './constants';
import { toneWords } from './words';

/** German adjective endings, longest first: "tollen" -> "toll", "schlechtesten" -> "schlecht". */
const DE_ENDINGS = ['en', 'em', 'er', 'es', 'e', 'n', 's'];
/** Verb endings whose stem plus "-en" or "-n" is a listed infinitive: "nervt" -> "nerven", "ärgert" -> "ärgern". */
const VERB_ENDINGS = ['test', 'tet', 'ten', 'est', 'te', 'st', 'et', 't', 'e'];
/** Endings stripped from a compound before its last part is looked up: "Lieferproblemen" -> "...problem". */
const TAIL_ENDINGS = ['', 'en', 'n', 'e', 's'];
/** How much an intensifying prefix adds to the word it joins ("sau|teuer"): about two boosters. */
const PREFIX_BOOST = 0.6;
/** Remembered results, cleared when full so a long session cannot grow it without bound. */
const MEMO_LIMIT = 20_000;

const memo = new Map<string, number | null>();

function germanScore(word: string): number | undefined {
  return toneWords().words.get(word)?.de;
}

/** Comparatives and superlatives with an umlaut: "dümmste" -> "dumm", "schwächer" -> "schwach". */
const PLAIN_VOWEL: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

function comparedScore(stem: string): number | undefined {
  const hit = germanScore(stem);
  if (hit !== undefined) return hit;
  const umlaut = /[äöü](?=[^äöüaeiou]*$)/.exec(stem);
  if (!umlaut) return undefined;
  const c = umlaut[0];
  return germanScore(stem.slice(0, umlaut.index) + (PLAIN_VOWEL[c] ?? c) + stem.slice(umlaut.index + 1));
}

/** Adjective endings, comparatives and superlatives: "tolle", "schöneren", "schlechteste", "dümmste". */
function inflected(word: string): number | undefined {
  for (const ending of DE_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 3) continue;
    const hit = germanScore(stem);
    if (hit !== undefined) return hit;
    // Comparative and superlative under the ending: "schöneren" -> "schöner" -> "schön".
    if (stem.endsWith('er') || stem.endsWith('st')) {
      const base = comparedScore(stem.slice(0, -2)) ?? comparedScore(stem.slice(0, -3));
      if (base !== undefined) return base;
    }
  }
  if (word.endsWith('st') && word.length > 5) return comparedScore(word.slice(0, -2));
  return undefined;
}

/** Finite verbs and participles of listed infinitives: "nervt", "hasse", "gefreut", "geärgert". */
function verbForm(word: string): number | undefined {
  for (const ending of VERB_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 3) continue;
    const hit = germanScore(`${stem}en`) ?? germanScore(`${stem}n`);
    if (hit !== undefined) return hit;
    // Past participle: "ge" + stem + "t" ("genervt", "gelobt").
    if (ending === 't' && stem.length >= 5 && stem.startsWith('ge')) {
      const bare = stem.slice(2);
      const participle = germanScore(`${bare}en`) ?? germanScore(`${bare}n`);
      if (participle !== undefined) return participle;
    }
  }
  return undefined;
}

/** A word or one of its simple forms, without taking compounds apart. */
function simple(word: string): number | undefined {
  if (word.length < 3) return undefined;
  return germanScore(word) ?? (word.length < 4 ? undefined : (inflected(word) ?? verbForm(word)));
}

/** "Top-Angebot", "Scheiß-Service", "mega-geil": the last part decides, or a first part that judges. */
function hyphenated(word: string): number | undefined {
  const parts = word.split('-').filter((p) => p.length > 0);
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1] as string;
  const first = parts[0] as string;
  const head = simple(last) ?? compound(last);
  if (head !== undefined) {
    const { deIntensifiers } = toneWords();
    return deIntensifiers.includes(first) ? head + Math.sign(head) * PREFIX_BOOST : head;
  }
  return simple(first) ?? prefixValence(first);
}

/** A compound's judging first part, unless the word is one of the listed look-alikes ("Spitzenkandidat"). */
function prefixValence(word: string): number | undefined {
  const { dePrefixes, deNotCompounds } = toneWords();
  for (const [prefix, valence] of dePrefixes) {
    if (word.length < prefix.length + 3 || !word.startsWith(prefix)) continue;
    for (const start of deNotCompounds) if (word.startsWith(start)) return undefined;
    return valence;
  }
  return undefined;
}

/** Compounds: "sau|teuer" (intensified), "un|höflich" (negated), "Scheiß|service" (prefix), "Liefer|chaos" (tail). */
function compound(word: string): number | undefined {
  const { deIntensifiers, deTails, deTailLengths } = toneWords();
  for (const prefix of deIntensifiers) {
    if (word.length < prefix.length + 3 || !word.startsWith(prefix)) continue;
    const rest = simple(word.slice(prefix.length));
    if (rest !== undefined && rest !== 0) return Math.max(-4, Math.min(4, rest + Math.sign(rest) * PREFIX_BOOST));
  }
  if (word.length >= 6 && word.startsWith('un')) {
    // "unhöflich", "unbequem": the opposite of a praised quality, a little weaker than its praise.
    const rest = simple(word.slice(2));
    if (rest !== undefined && rest > 0) return rest * NEGATION_SCALAR;
  }
  const prefixed = prefixValence(word);
  if (prefixed !== undefined) return prefixed;
  for (const ending of TAIL_ENDINGS) {
    if (ending && !word.endsWith(ending)) continue;
    const stem = ending ? word.slice(0, -ending.length) : word;
    for (const length of deTailLengths) {
      if (stem.length < length + 3) continue;
      const tail = deTails.get(stem.slice(-length));
      if (tail !== undefined) return tail;
    }
  }
  return undefined;
}

/** Inflected, verb and compound German forms of a word not listed as it is. */
export function lookupGermanForms(word: string): number | undefined {
  if (word.length < 4) return undefined;
  const known = memo.get(word);
  if (known !== undefined) return known ?? undefined;
  const found = word.includes('-') ? hyphenated(word) : (simple(word) ?? compound(word));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, found ?? null);
  return found;
}
