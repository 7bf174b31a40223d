// The tone lexicon as the scorer reads it, built from the data in lexicons/: one entry per word form (valences,
// modifier roles, idioms), German compound parts, small German word sets, emoji. Built on first use, not at
// load: it takes tens of milliseconds, and lib/content/warm-up.ts builds it in a task of its own.
import { NOT_SENTIMENT_DE, SENTIMENT_DE } from '../../lexicons/de/sentiment';
import {
  INTENSIFYING_PREFIXES_DE,
  NOT_COMPOUNDS_DE,
  PREFIXES_DE,
  TAILS_DE,
} from '../../lexicons/de/sentiment-compounds';
import {
  BOOSTERS_DE,
  CONTRASTS_DE,
  DAMPENERS_DE,
  ELONGATED_DE,
  FALSE_FRIENDS_DE,
  IDIOMS_DE,
  IRONY_DE,
  LAUGHTER_DE,
  MODALS_DE,
  NEGATED_ONLY_DE,
  NEGATION_PHRASES_DE,
  NEGATIONS_DE,
  NEUTRAL_NOUNS_DE,
  NICHT_DE,
  RESOLVED_DE,
  SALUTATIONS_DE,
  SENTENCE_ADVERBS_DE,
  TRAILING_NEGATIONS_DE,
} from '../../lexicons/de/sentiment-modifiers';
import { SENTIMENT_EN } from '../../lexicons/en/sentiment';
import { SENTIMENT_EMOJI } from '../../lexicons/en/sentiment-emoji';
import { SENTIMENT_EN_EXTRA } from '../../lexicons/en/sentiment-extra';
import {
  BOOSTERS_EN,
  CONTRASTS_EN,
  DAMPENERS_EN,
  IDIOMS_EN,
  NEGATIONS_EN,
} from '../../lexicons/en/sentiment-modifiers';

export type Language = 'de' | 'en';

// Word roles, one bit per role and language; a text's languages mask out the roles that do not apply.
export const NEG_EN = 1;
export const NEG_DE = 2;
export const BOOST_EN = 4;
export const BOOST_DE = 8;
export const DAMP_EN = 16;
export const DAMP_DE = 32;
export const CONTRAST_EN = 64;
export const CONTRAST_DE = 128;
export const TRAIL_DE = 256;
export const MASK_EN = NEG_EN | BOOST_EN | DAMP_EN | CONTRAST_EN;
export const MASK_DE = NEG_DE | BOOST_DE | DAMP_DE | CONTRAST_DE | TRAIL_DE;
export const NEG = NEG_EN | NEG_DE;
export const BOOSTS = BOOST_EN | BOOST_DE;
export const DAMPS = DAMP_EN | DAMP_DE;
export const CONTRAST = CONTRAST_EN | CONTRAST_DE;
// Marks the scorer gives an item in a German text, kept in the same bits as its roles.
/** A noun by its capital inside a sentence. */
export const NOUN = 512;
/** The last word of a phrase with its own valence ("seit Wochen"). */
export const SET_PHRASE = 1024;
/** Laughter or a grin ("lol", "😂"). */
export const LAUGH = 2048;
/** An irony marker ("🙄", "#ironie"). */
export const IRONY = 4096;

export interface Idiom {
  rest: string[];
  lang: Language;
  valence: number;
  /** A phrase that negates the word after it ("alles andere als"), instead of carrying a valence. */
  negates?: boolean;
}

/** Everything known about one word form, so each token costs one map lookup. */
export interface Entry {
  en?: number;
  de?: number;
  roles: number;
  idioms?: Idiom[];
  /** German valence only under a negation: "funktioniert nicht", "keine Antwort". */
  deNegated?: number;
  /** German valence only when drawn out: "neeein", "jaaa". */
  deElongated?: number;
}

export interface ToneWords {
  words: Map<string, Entry>;
  /** Compound first parts that judge ("scheiß", "hammer"), longest first. */
  dePrefixes: [string, number][];
  /** Compound first parts that intensify the rest ("sau", "mega"), longest first. */
  deIntensifiers: string[];
  /** Compound last parts that judge ("chaos", "freude"), with their valence. */
  deTails: Map<string, number>;
  /** The lengths of deTails' keys, longest first. */
  deTailLengths: number[];
  /** Word starts that look like compounds with a judging prefix but are not ("spitzenkandidat"). */
  deNotCompounds: string[];
  /** Laughter ("lol", "😂") and irony markers ("🙄", "#ironie") of German comments: LAUGH or IRONY. */
  deReactions: Map<string, number>;
  /** German sentence adverbs ("leider"): outside a negation's reach. */
  deSentenceAdverbs: Set<string>;
  /** Openings of a German letter ("Liebe ..."): no valence as a text's first word. */
  deSalutations: Set<string>;
  /** German modal verbs: "gerne" after them is a wish. */
  deModals: Set<string>;
  /** "nicht" and its spellings, which do not negate nouns. */
  deNicht: Set<string>;
  /** German participles of a fix ("gelöst", "behoben"): the trouble named before them in the clause is over. */
  deResolved: Set<string>;
  /** German words that judge as adjectives or verbs but not as nouns ("Klasse" is a class). */
  deNeutralNouns: Set<string>;
  /** German words that are English sentiment words: read as German where German wins. */
  deFalseFriends: Set<string>;
  emoji: Map<string, number>;
}

let built: ToneWords | null = null;
let building: Generator<void, ToneWords> | null = null;

/** The lexicon, built once on first use (the rest of it, when the warm-up built a part already). */
export function toneWords(): ToneWords {
  while (!buildToneWordsPart());
  return built as unknown as ToneWords;
}

/**
 * Builds the next part of the lexicon; true once it is complete. A content script's warm-up builds one part per
 * task: the whole lexicon at once takes tens of milliseconds, a long task on a slow machine.
 */
export function buildToneWordsPart(): boolean {
  if (built) return true;
  building ??= buildToneWords();
  const step = building.next();
  if (step.done) {
    built = step.value;
    building = null;
  }
  return built !== null;
}

/** "schön" is also written "schoen", "Grüße" "Gruesse": keyboards and habits differ. */
export const foldUmlauts = (w: string): string =>
  w.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');

/** Reads "entry score [suffix ...]" lines; a suffix "d" adds "admired", "~ing" replaces the last letter. */
function eachScore(list: string, add: (word: string, score: number) => void): void {
  for (const line of list.split('\n')) {
    const [key, score, ...suffixes] = line.split(' ');
    if (!key || score === undefined) continue;
    const value = Number(score);
    add(key, value);
    for (const s of suffixes) add(s[0] === '~' ? key.slice(0, -1) + s.slice(1) : key + s, value);
  }
}

/** The lexicon's build, paused (`yield`) between its larger lists. */
function* buildToneWords(): Generator<void, ToneWords> {
  const words = new Map<string, Entry>();
  const entry = (word: string): Entry => {
    let e = words.get(word);
    if (!e) {
      e = { roles: 0 };
      words.set(word, e);
    }
    return e;
  };
  eachScore(SENTIMENT_EN_EXTRA, (w, v) => {
    entry(w).en = v;
  });
  yield;
  // VADER's own score wins where the supplement overlaps it.
  eachScore(SENTIMENT_EN, (w, v) => {
    entry(w).en = v;
  });
  yield;
  // Each German form also under its ae/oe/ue/ss spelling, unless that spelling is listed itself.
  const german = (list: string, add: (e: Entry, v: number, folded: boolean) => void) =>
    eachScore(list, (w, v) => {
      add(entry(w), v, false);
      const folded = foldUmlauts(w);
      if (folded !== w) add(entry(folded), v, true);
    });
  german(SENTIMENT_DE, (e, v, folded) => {
    if (folded) e.de ??= v;
    else e.de = v;
  });
  yield;
  // Forms that look inflected or compounded from a listed word but are not ("Müller", "schicken"): valence 0.
  for (const w of NOT_SENTIMENT_DE.split(/\s+/)) if (w) entry(w).de = 0;
  german(NEGATED_ONLY_DE, (e, v) => {
    e.deNegated = v;
  });
  german(ELONGATED_DE, (e, v) => {
    e.deElongated = v;
  });
  for (const [list, role, fold] of [
    [NEGATIONS_EN, NEG_EN, false],
    [BOOSTERS_EN, BOOST_EN, false],
    [DAMPENERS_EN, DAMP_EN, false],
    [CONTRASTS_EN, CONTRAST_EN, false],
    [NEGATIONS_DE, NEG_DE, true],
    [BOOSTERS_DE, BOOST_DE, true],
    [DAMPENERS_DE, DAMP_DE, true],
    [CONTRASTS_DE, CONTRAST_DE, true],
    [TRAILING_NEGATIONS_DE, TRAIL_DE, true],
  ] as const) {
    for (const w of list.split(/\s+/)) {
      if (!w) continue;
      entry(w).roles |= role;
      if (fold) entry(foldUmlauts(w)).roles |= role;
    }
  }
  for (const [list, lang] of [
    [IDIOMS_EN, 'en'],
    [IDIOMS_DE, 'de'],
  ] as const) {
    for (const line of list.split('\n')) {
      // German phrases also under their ae/oe/ue/ss spelling: "liebe gruesse".
      const spellings = lang === 'de' && foldUmlauts(line) !== line ? [line, foldUmlauts(line)] : [line];
      for (const spelling of spellings) {
        const parts = spelling.split(' ');
        const valence = Number(parts.pop());
        const [first = '', ...rest] = parts;
        if (!first) continue;
        const e = entry(first);
        e.idioms ??= [];
        e.idioms.push({ rest, lang, valence });
      }
    }
  }
  for (const line of NEGATION_PHRASES_DE.split('\n')) {
    const [first = '', ...rest] = line.split(' ');
    if (!first) continue;
    const e = entry(first);
    e.idioms ??= [];
    e.idioms.push({ rest, lang: 'de', valence: 0, negates: true });
  }
  // Longer phrases first, so "alles andere als" is not cut short by a shorter phrase on the same word.
  for (const e of words.values()) e.idioms?.sort((a, b) => b.rest.length - a.rest.length);
  yield;
  const words_ = (list: string) => list.split(/\s+/).filter(Boolean);
  const longestFirst = (a: string, b: string) => b.length - a.length;
  const dePrefixes: [string, number][] = [];
  eachScore(PREFIXES_DE, (w, v) => dePrefixes.push([w, v]));
  dePrefixes.sort(([a], [b]) => longestFirst(a, b));
  const deTails = new Map<string, number>();
  for (const w of words_(TAILS_DE)) {
    const v = words.get(w)?.de;
    if (v !== undefined) deTails.set(w, v);
  }
  const emoji = new Map<string, number>();
  eachScore(SENTIMENT_EMOJI, (w, v) => emoji.set(w, v));
  const set = (list: string) => new Set(words_(list));
  return {
    words,
    dePrefixes,
    deIntensifiers: words_(INTENSIFYING_PREFIXES_DE).sort(longestFirst),
    deTails,
    deTailLengths: [...new Set([...deTails.keys()].map((k) => k.length))].sort((a, b) => b - a),
    deNotCompounds: words_(NOT_COMPOUNDS_DE),
    deReactions: new Map([
      ...words_(LAUGHTER_DE).map((w): [string, number] => [w, LAUGH]),
      ...words_(IRONY_DE).map((w): [string, number] => [w, IRONY]),
    ]),
    deSentenceAdverbs: set(SENTENCE_ADVERBS_DE),
    deSalutations: set(SALUTATIONS_DE),
    deFalseFriends: set(FALSE_FRIENDS_DE),
    deNeutralNouns: set(NEUTRAL_NOUNS_DE),
    deResolved: set(RESOLVED_DE),
    deNicht: set(NICHT_DE),
    deModals: set(MODALS_DE),
    emoji,
  };
}
