// Tokens to scoring items: each word, emoji or face with its lexicon valence and roles; punctuation becomes clause
// and sentence marks and the counts of "!" and "?".
import type { RuleInput, Token } from '../../types';
import { joinedEmoticon } from './emoticons';
import { idiomAt } from './idioms';
import type { Languages } from './languages';
import { wordValence } from './word-valence';
import { NEG_DE, NEG_EN, NOUN, SET_PHRASE, toneWords } from './words';

export interface Item {
  norm: string;
  /** Lexicon valence before any modifier; 0 for words without one. */
  base: number;
  valence: number;
  /** Roles of the word in the text's languages (NEG_EN ...), and marks in German (NOUN, SET_PHRASE, LAUGH, IRONY). */
  roles: number;
  /** Valence the word takes only when negated ("funktioniert nicht", "keine Antwort"); 0 for most words. */
  negated: number;
  /** Index of the item's sentence in the text. */
  sentence: number;
  /** A clause break (punctuation) lies between this item and the previous one. */
  breakBefore: boolean;
  sentenceBefore: boolean;
  /** The item's sentence ends in "?": asking about a thing is not judging it. */
  question: boolean;
  caps: boolean;
  kind: Token['kind'];
}

export interface ReadItems {
  list: Item[];
  exclamations: number;
  questions: number;
  capsWords: number;
  letterWords: number;
  /** Sentences with at least one item. */
  sentences: number;
}

function isAllCaps(text: string): boolean {
  const first = text.charCodeAt(0);
  // Most words start with a lower-case ASCII letter: decided without building strings.
  if (text.length < 2 || (first >= 97 && first <= 122)) return false;
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Starts with a capital letter (German nouns do), e.g. "Lieferung", "Ärger". */
function isCapitalized(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 65 && first <= 90) || first === 0xc4 || first === 0xd6 || first === 0xdc;
}

export function readItems(input: RuleInput, langs: Languages): ReadItems {
  const tokens = input.tokens;
  const out: ReadItems = { list: [], exclamations: 0, questions: 0, capsWords: 0, letterWords: 0, sentences: 0 };
  const list = out.list;
  let breakBefore = false;
  let sentenceBefore = false;
  let sentenceStart = 0;
  let idiomEnd = -1;
  let idiomValence = 0;
  let idiomNegates = false;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    const kind = token.kind;
    let norm = token.norm;
    let base = 0;
    let roles = 0;
    let negated = 0;
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
          if (list.length > sentenceStart) out.sentences++;
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
      if (t > idiomEnd) {
        const idiom = e?.idioms ? idiomAt(tokens, t, e.idioms, langs) : null;
        if (idiom) [idiomEnd, idiomValence, idiomNegates] = idiom;
      }
      if (t <= idiomEnd) {
        // Inside an idiom: its last word carries the idiom's valence (or negates what follows), the others nothing.
        if (t < idiomEnd) norm = '';
        else if (idiomNegates) roles = NEG_DE;
        else base = idiomValence;
      } else {
        roles = e ? e.roles & langs.mask : 0;
        base = wordValence(norm, e, langs) ?? 0;
        if (langs.german && base === 0) negated = e?.deNegated ?? 0;
      }
    }
    if (kind === 'word' && norm.endsWith("n't") && langs.english) roles |= NEG_EN;
    const item: Item = {
      norm,
      base,
      valence: 0,
      roles,
      negated,
      sentence: out.sentences,
      breakBefore,
      sentenceBefore,
      question: false,
      caps: false,
      kind,
    };
    if (langs.german && t === idiomEnd && !idiomNegates) item.roles |= SET_PHRASE;
    if (langs.germanFirst) {
      const key = kind === 'emoji' ? String.fromCodePoint(token.text.codePointAt(0) ?? 0) : norm;
      item.roles |= toneWords().deReactions.get(key) ?? 0;
    }
    if (kind === 'word') {
      out.letterWords++;
      if (isAllCaps(token.text)) {
        item.caps = true;
        out.capsWords++;
      } else if (langs.german && list.length > 0 && !sentenceBefore && isCapitalized(token.text)) {
        item.roles |= NOUN;
      }
    }
    list.push(item);
    breakBefore = sentenceBefore = false;
  }
  if (list.length > sentenceStart) out.sentences++;
  return out;
}
