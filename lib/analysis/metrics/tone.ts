// Tone of a text: positive, neutral or negative with a score in -1..1, for German and English. A lexicon-and-rules
// scorer in the manner of VADER (Hutto & Gilbert 2014), run over the shared tokens instead of re-splitting the
// text: negation (before the word, and after it in German), boosters, "but"/"aber" clauses, caps, "!", emoji.
import {
  BOOSTS,
  CONTRAST,
  DAMP_EN,
  DAMPS,
  type Entry,
  type Idiom,
  MASK_DE,
  MASK_EN,
  NEG,
  NEG_EN,
  TRAIL_DE,
  toneWords,
} from '../lexicons/tone-words';
import type { RuleInput, Token, ToneLabel, ToneResult } from '../types';

// VADER's empirically derived constants.
const BOOST = 0.293;
const CAPS_BOOST = 0.733;
const NEGATION_SCALAR = -0.74;
const EXCLAMATION = 0.292;
const NORMALIZE_ALPHA = 15;
/** A sentence that asks ("Any good films out?") judges less than one that states; tuned on half the tweets. */
const QUESTION_SCALAR = 0.7;
/** Labels: scores inside (NEGATIVE_AT, POSITIVE_AT) are neutral; VADER's bands, still best on the tuning half. */
export const POSITIVE_AT = 0.05;
export const NEGATIVE_AT = -0.05;
const NEUTRAL: ToneResult = Object.freeze({ label: 'neutral', score: 0 });

/** German words that are English sentiment words too ("Gift" is poison, "hell" is bright, "die" an article). */
const DE_NOT_ENGLISH = new Set(
  'also ass bad brave dick die gag gift gross hand hell kind lack not tor war will'.split(' '),
);

const SALUTATIONS = new Set(['liebe', 'lieber', 'liebes', 'liebste', 'liebster']);

/** Comment on the whole sentence, so a later "nicht" neither negates them nor stops at them ("leider nicht"). */
const DE_SENTENCE_ADVERBS = new Set(['leider', 'hoffentlich', 'endlich']);

/** German adjective endings, longest first: "tollen" -> "toll", "schlechtesten" -> "schlecht". */
const DE_ENDINGS = ['en', 'em', 'er', 'es', 'e', 'n', 's'];

function germanScore(word: string): number | undefined {
  return toneWords().words.get(word)?.de;
}

/** Inflected and compound German forms: "tolle", "schöneren", "schlechteste", "Scheißservice". */
function lookupGermanForms(word: string): number | undefined {
  if (word.length < 4 || !toneWords().deHeads.has(word.slice(0, 3))) return undefined;
  for (const ending of DE_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 3) continue;
    const hit = germanScore(stem);
    if (hit !== undefined) return hit;
    // Comparative and superlative under the ending: "schöneren" -> "schöner" -> "schön".
    if (stem.endsWith('er') || stem.endsWith('st')) {
      const base = germanScore(stem.slice(0, -2)) ?? germanScore(stem.slice(0, -3));
      if (base !== undefined) return base;
    }
  }
  if (word.endsWith('st') && word.length > 5) {
    const base = germanScore(word.slice(0, -2));
    if (base !== undefined) return base;
  }
  for (const [prefix, valence] of toneWords().dePrefixes) {
    if (word.length >= prefix.length + 3 && word.startsWith(prefix)) return valence;
  }
  return undefined;
}

/** "soooo gooood" -> "soo good": letters repeated three times or more are emphasis, not spelling. */
function collapseRepeats(word: string): string | null {
  let first = -1;
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) {
      first = i;
      break;
    }
  }
  if (first < 0) return null;
  let out = word.slice(0, first);
  for (let i = first; i < word.length; i++) {
    const c = word[i];
    if (c === word[i - 1] && c === word[i - 2]) continue;
    out += c;
  }
  return out;
}

interface Languages {
  english: boolean;
  german: boolean;
  /** German before English: the text is German, English only fills in loanwords. */
  germanFirst: boolean;
  /** Words that are German and English ("die", "war") are read as German: the text is not plainly English. */
  germanWins: boolean;
  mask: number;
}

function valenceOf(e: Entry | undefined, langs: Languages): number | undefined {
  if (!e) return undefined;
  if (langs.germanFirst) return e.de ?? e.en;
  return (langs.english ? e.en : undefined) ?? (langs.german ? e.de : undefined);
}

function wordValence(norm: string, e: Entry | undefined, langs: Languages): number | undefined {
  // German comments borrow English praise and scorn ("nice", "fail"), but not where the word is German.
  const direct = langs.germanWins && DE_NOT_ENGLISH.has(norm) ? e?.de : valenceOf(e, langs);
  if (direct !== undefined) return direct;
  const inflected = langs.german ? lookupGermanForms(norm) : undefined;
  if (inflected !== undefined) return inflected;
  const collapsed = collapseRepeats(norm);
  if (collapsed === null) return undefined;
  const { words } = toneWords();
  return valenceOf(words.get(collapsed), langs) ?? valenceOf(words.get(collapsed.replace(/(.)\1+/g, '$1')), langs);
}

interface Item {
  norm: string;
  /** Lexicon valence before any modifier; 0 for words without one. */
  base: number;
  valence: number;
  /** Roles of the word in the text's languages (NEG_EN ...). */
  roles: number;
  /** A clause break (punctuation) lies between this item and the previous one. */
  breakBefore: boolean;
  sentenceBefore: boolean;
  /** The item's sentence ends in "?": asking about a thing is not judging it. */
  question: boolean;
  caps: boolean;
  kind: Token['kind'];
}

function isAllCaps(text: string): boolean {
  const first = text.charCodeAt(0);
  // Most words start with a lower-case ASCII letter: decided without building strings.
  if (text.length < 2 || (first >= 97 && first <= 122)) return false;
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** The tokenizer leaves ":c", ":O", ":S" as a colon and a letter; VADER reads them as faces. */
function joinedEmoticon(punct: Token, next: Token | undefined): string | null {
  if (next?.kind !== 'word' || next.start !== punct.end || next.text.length !== 1 || punct.text.length > 2) return null;
  const eyes = punct.text[punct.text.length - 1];
  if (eyes !== ':' && eyes !== ';' && eyes !== '=') return null;
  const face = eyes + next.norm;
  return toneWords().words.get(face)?.en === undefined ? null : face;
}

/**
 * Which lists apply. A text the detector gave to another language but whose page says German or English is
 * read with that language's lists: short English tweets with few function words are often taken for French.
 */
function languagesFor(input: RuleInput): Languages | null {
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

export function labelFor(score: number): ToneLabel {
  if (score >= POSITIVE_AT) return 'positive';
  if (score <= NEGATIVE_AT) return 'negative';
  return 'neutral';
}

export function scoreTone(input: RuleInput): ToneResult {
  const langs = languagesFor(input);
  if (!langs) return NEUTRAL;
  const read = readItems(input, langs);
  const list = read.list;
  if (list.length === 0) return NEUTRAL;
  adjustBases(list, langs.english);
  // "Liebe Corinna, ...", "Lieber Kundenservice": a salutation, not love.
  const opening = list[0] as Item;
  if (langs.german && opening.kind === 'word' && SALUTATIONS.has(opening.norm)) opening.base = 0;
  const capDiff = read.capsWords > 0 && read.capsWords < read.letterWords;

  let contrastAt = -1;
  let negation = false;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as Item;
    if (contrastAt < 0 && item.roles & CONTRAST) contrastAt = i;
    if (item.roles & NEG) negation = true;
    if (item.base !== 0) item.valence = modifiedValence(list, i, langs.german, capDiff);
  }

  let sum = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as Item;
    let v = item.valence;
    if (v === 0) continue;
    // What follows "but" / "aber" is what the writer means; what precedes it is conceded.
    if (contrastAt >= 0) v *= i < contrastAt ? 0.5 : i > contrastAt ? 1.5 : 1;
    if (item.question && item.kind === 'word') v *= QUESTION_SCALAR;
    sum += v;
  }
  const { exclamations, questions } = read;
  if (sum !== 0) {
    let emphasis = Math.min(exclamations, 4) * EXCLAMATION;
    if (questions > 1) emphasis += questions <= 3 ? questions * 0.18 : 0.96;
    sum += sum > 0 ? emphasis : -emphasis;
  } else if (exclamations > 0 && questions === 0 && !negation && input.lang === 'en') {
    // In English an exclamation with no evaluative word ("Off to the game!") reads as enthusiasm (so the
    // tuning half says); with a negation or a question it may be anything. German "!" is as often outrage.
    sum = Math.min(exclamations, 4) * EXCLAMATION;
  }
  const score = sum / Math.sqrt(sum * sum + NORMALIZE_ALPHA);
  const safe = Number.isFinite(score) ? Math.max(-1, Math.min(1, score)) : 0;
  return { label: labelFor(safe), score: Math.round(safe * 1e4) / 1e4 };
}

interface ReadItems {
  list: Item[];
  exclamations: number;
  questions: number;
  capsWords: number;
  letterWords: number;
}

/** Idiom starting at token t, if any: [index of its last token, valence]. */
function idiomAt(
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

/** Tokens to items with their lexicon valence; punctuation becomes clause and sentence marks and counts. */
function readItems(input: RuleInput, langs: Languages): ReadItems {
  const tokens = input.tokens;
  const out: ReadItems = { list: [], exclamations: 0, questions: 0, capsWords: 0, letterWords: 0 };
  const list = out.list;
  let breakBefore = false;
  let sentenceBefore = false;
  let sentenceStart = 0;
  let idiomEnd = -1;
  let idiomValence = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    const kind = token.kind;
    let norm = token.norm;
    let base = 0;
    let roles = 0;
    if (kind === 'punct') {
      const face = joinedEmoticon(token, tokens[t + 1]);
      if (face === null) {
        let ends = false;
        let asks = false;
        for (let c = 0; c < norm.length; c++) {
          const code = norm.charCodeAt(c);
          if (code === 33) out.exclamations++;
          else if (code === 63) {
            out.questions++;
            asks = true;
          }
          // . ! ? … ‽ end a sentence; , ; : only a clause.
          if (code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x203d) ends = true;
        }
        breakBefore = true;
        if (ends) {
          sentenceBefore = true;
          if (asks) for (let q = sentenceStart; q < list.length; q++) (list[q] as Item).question = true;
          sentenceStart = list.length;
        }
        continue;
      }
      norm = face;
      base = toneWords().words.get(face)?.en ?? 0;
      t++;
    } else if (kind === 'url' || kind === 'email' || kind === 'mention' || kind === 'number') {
      continue;
    } else if (kind === 'emoji') {
      base = toneWords().emoji.get(String.fromCodePoint(token.text.codePointAt(0) ?? 0)) ?? 0;
    } else if (kind === 'emoticon') {
      base = toneWords().words.get(norm)?.en ?? 0;
    } else {
      // Single letters ("a", "I") neither carry sentiment nor stand between a negation and its word.
      if (kind === 'word' && norm.length < 2) continue;
      // Escaped markup ("&gt;", "&amp;") in pasted or scraped text: "gt" is not "good try".
      if (input.text.charCodeAt(token.start - 1) === 38 && input.text.charCodeAt(token.end) === 59) continue;
      if (kind === 'hashtag') norm = norm.slice(1);
      const e = toneWords().words.get(norm);
      if (t <= idiomEnd) {
        // Inside an idiom: its last word carries the idiom's valence, the others nothing.
        base = t === idiomEnd ? idiomValence : 0;
        if (t < idiomEnd) norm = '';
      } else {
        const idiom = e?.idioms ? idiomAt(tokens, t, e.idioms, langs) : null;
        if (idiom) {
          [idiomEnd, idiomValence] = idiom;
          base = idiomEnd === t ? idiomValence : 0;
          if (idiomEnd > t) norm = '';
        } else {
          roles = e ? e.roles & langs.mask : 0;
          base = wordValence(norm, e, langs) ?? 0;
        }
      }
    }
    if (kind === 'word' && norm.endsWith("n't") && langs.english) roles |= NEG_EN;
    const item: Item = {
      norm,
      base,
      valence: 0,
      roles,
      breakBefore,
      sentenceBefore,
      question: false,
      caps: false,
      kind,
    };
    if (kind === 'word') {
      out.letterWords++;
      if (isAllCaps(token.text)) {
        item.caps = true;
        out.capsWords++;
      }
    }
    list.push(item);
    breakBefore = sentenceBefore = false;
  }
  return out;
}

function boosterScalar(item: Item, valence: number, capDiff: boolean): number {
  let scalar = item.roles & BOOSTS ? BOOST : item.roles & DAMPS ? -BOOST : 0;
  if (scalar === 0) return 0;
  if (valence < 0) scalar = -scalar;
  if (capDiff && item.caps) scalar += valence > 0 ? CAPS_BOOST : -CAPS_BOOST;
  return scalar;
}

/** Context that changes what a word means before any modifier is applied. */
function adjustBases(list: Item[], english: boolean): void {
  for (let i = 0; i + 1 < list.length; i++) {
    const item = list[i] as Item;
    const next = list[i + 1] as Item;
    const joined = !next.breakBefore;
    // "super schnell", "mega gut": a booster that also carries praise boosts the next word instead.
    if (item.base !== 0 && next.base !== 0 && joined && item.roles & (BOOSTS | DAMPS)) item.base = 0;
    if (!english) continue;
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

/** VADER's look-back over three words for boosters and negations, plus German's trailing "nicht". */
function modifiedValence(list: readonly Item[], i: number, german: boolean, capDiff: boolean): number {
  const item = list[i] as Item;
  let v = item.base;
  // Emoji and emoticons are not negated or boosted: "nope :-)" is still a smile.
  if (item.kind === 'emoji' || item.kind === 'emoticon' || item.kind === 'punct') return v;
  if (capDiff && item.caps) v += v > 0 ? CAPS_BOOST : -CAPS_BOOST;
  let negated = false;
  const closest = list[i - 1]?.norm;
  for (let k = 1; k <= 3; k++) {
    const prev = list[i - k];
    // Modifiers reach across words, not across punctuation ("I don't know, sadly").
    if (!prev || list[i - k + 1]?.breakBefore) break;
    if (prev.base !== 0) continue;
    let s = boosterScalar(prev, v, capDiff);
    if (k === 2) s *= 0.95;
    else if (k === 3) s *= 0.9;
    v += s;
    const between = list[i - k + 1]?.norm;
    if (k > 1 && prev.norm === 'never' && (between === 'so' || between === 'this')) {
      v *= k === 2 ? 1.5 : 1.25;
    } else if (k === 3 && (closest === 'so' || closest === 'this')) {
      // VADER's rule: "haven't been this sore": the intensifier binds closer than the negation.
      v *= 1.25;
    } else if (prev.roles & NEG && !(k > 1 && (between === 'only' || between === 'nur'))) {
      // ("not only ... but", "nicht nur ... sondern" negate nothing.)
      v *= NEGATION_SCALAR;
      negated = true;
    }
  }
  if (closest === 'least' && list[i - 2]?.norm !== 'at' && list[i - 2]?.norm !== 'very') v *= NEGATION_SCALAR;
  // German puts "nicht" after verbs: "das gefällt mir nicht", "funktioniert leider nicht".
  if (german && !negated && !DE_SENTENCE_ADVERBS.has(item.norm)) {
    for (let k = 1; k <= 4; k++) {
      const after = list[i + k];
      if (!after || after.breakBefore) break;
      if (DE_SENTENCE_ADVERBS.has(after.norm)) continue;
      if (after.roles & TRAIL_DE) {
        // ... unless the "nicht" belongs to the word after it: "schön, nicht teuer" / "schön und nicht teuer".
        const following = list[i + k + 1];
        if (!following || following.breakBefore || following.base === 0) v *= NEGATION_SCALAR;
        break;
      }
      if (after.base !== 0 || after.roles & CONTRAST) break;
    }
  }
  return v;
}
