// Triage of thread items: is this a question, is it a complaint (both need an answer, on the reply clock).
// Questions: a "?" that asks (not a bare "oder?" tag or an "Echt?"), or wording that asks without one.
// Complaints favour precision: an unmistakable complaint phrase, or a product/service topic in a negative comment.
import {
  COMPLAINT_CUES_DE,
  COMPLAINT_PHRASES_DE,
  COMPLAINT_TOPICS_DE,
  QUESTION_OPENERS_DE,
  QUESTION_PHRASES_DE,
  QUESTION_TAGS_DE,
  REACTIONS_DE,
} from '../lexicons/de/triage';
import {
  COMPLAINT_CUES_EN,
  COMPLAINT_PHRASES_EN,
  COMPLAINT_TOPICS_EN,
  QUESTION_OPENERS_EN,
  QUESTION_PHRASES_EN,
  QUESTION_TAGS_EN,
  REACTIONS_EN,
} from '../lexicons/en/triage';
import type { RuleInput, Token, ToneResult } from '../types';

type Language = 'de' | 'en';
type Cue = 'question' | 'opener' | 'strong' | 'cue' | 'topic';

interface Pattern {
  /** Words after the first; "*" is any one word, "word*" any word it begins. */
  rest: string[];
  cue: Cue;
  lang: Language;
}

/** Patterns by their first word: a token costs one map lookup unless a phrase starts with it. */
const PATTERNS = new Map<string, Pattern[]>();

function add(list: string, cue: Cue, lang: Language): void {
  for (const line of list.split('\n')) {
    const [first, ...rest] = line.trim().split(/\s+/);
    if (!first) continue;
    const patterns = PATTERNS.get(first) ?? [];
    patterns.push({ rest, cue, lang });
    PATTERNS.set(first, patterns);
  }
}
add(QUESTION_PHRASES_DE, 'question', 'de');
add(QUESTION_OPENERS_DE, 'opener', 'de');
add(COMPLAINT_PHRASES_DE, 'strong', 'de');
add(COMPLAINT_CUES_DE, 'cue', 'de');
add(COMPLAINT_TOPICS_DE, 'topic', 'de');
add(QUESTION_PHRASES_EN, 'question', 'en');
add(QUESTION_OPENERS_EN, 'opener', 'en');
add(COMPLAINT_PHRASES_EN, 'strong', 'en');
add(COMPLAINT_CUES_EN, 'cue', 'en');
add(COMPLAINT_TOPICS_EN, 'topic', 'en');

const set = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));
const TAGS = { de: set(QUESTION_TAGS_DE), en: set(QUESTION_TAGS_EN) };
const REACTIONS = { de: set(REACTIONS_DE), en: set(REACTIONS_EN) };
/** A negation right before a complaint word undoes it: "nicht kaputt", "not broken". */
const NEGATORS = set("nicht nie not never isn't wasn't ain't");

/** A strong complaint phrase counts unless the comment is at least this positive ("Refund came fast, thanks!"). */
const STRONG_UNLESS_TONE = 0.35;
/** A topic alone ("die App", "your service") needs a clearly negative comment. */
const TOPIC_TONE = -0.25;

const isWordLike = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'word' || t.kind === 'number');

function matches(token: Token | undefined, word: string): boolean {
  if (!isWordLike(token)) return false;
  if (word === '*') return true;
  const norm = (token as Token).norm;
  return word.endsWith('*') ? norm.startsWith(word.slice(0, -1)) : norm === word;
}

/** Pronouns after a sentence-initial verb make a German yes/no question: "Liefert ihr ...", "Gibt es ...". */
const DE_VERB_FIRST = set('du er es ich ihr man sie wir');

/** The sentence being read: where it starts, how many words it has, whether it opens like a question. */
interface Sentence {
  first: number;
  words: number;
  last: string;
  opener: boolean;
}

function endsSentence(norm: string): boolean {
  for (let c = 0; c < norm.length; c++) {
    const code = norm.charCodeAt(c);
    // . ! ? … ‽
    if (code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x203d) return true;
  }
  return false;
}

export function triage(input: RuleInput, tone: ToneResult): { isQuestion: boolean; isComplaint: boolean } {
  const tokens = input.tokens;
  const de = input.languages.includes('de');
  const en = input.languages.includes('en');
  let isQuestion = false;
  let strong = false;
  let cue = false;
  let topic = false;
  const sentence: Sentence = { first: -1, words: 0, last: '', opener: false };

  /** A sentence ending in "?" asks unless it is a bare reaction or a rhetorical tag. */
  const asks = (): boolean => {
    if (sentence.first < 0) return false;
    const last = sentence.last;
    // "Echt?", "Really?": a reaction, not a request for an answer.
    if (sentence.words <= 1 && ((de && REACTIONS.de.has(last)) || (en && REACTIONS.en.has(last)))) return false;
    // "Das ist doch super, oder?": a rhetorical tag, unless what precedes it asks by itself.
    if (sentence.words > 1 && ((de && TAGS.de.has(last)) || (en && TAGS.en.has(last)))) {
      if (sentence.opener) return true;
      const next = tokens[sentence.first + 1];
      return (
        de && next !== undefined && DE_VERB_FIRST.has(next.norm) && /(?:t|en)$/.test(tokens[sentence.first]?.norm ?? '')
      );
    }
    return true;
  };

  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || (token.kind === 'punct' && endsSentence(token.norm))) {
      if (!isQuestion) isQuestion = token?.norm.includes('?') === true ? asks() : sentence.opener;
      sentence.first = -1;
      sentence.words = 0;
      sentence.opener = false;
      continue;
    }
    if (!isWordLike(token)) continue;
    const atStart = sentence.first < 0;
    if (atStart) sentence.first = i;
    if (token.kind === 'word') {
      sentence.words++;
      sentence.last = token.norm;
    }
    // One lookup per word finds every phrase list's entries that start with it.
    const patterns = PATTERNS.get(token.norm);
    if (!patterns) continue;
    for (const p of patterns) {
      if (p.lang === 'de' ? !de : !en) continue;
      if (p.cue === 'opener' && !atStart) continue;
      let k = 0;
      while (k < p.rest.length && matches(tokens[i + 1 + k], p.rest[k] as string)) k++;
      if (k < p.rest.length) continue;
      if (p.cue === 'question') isQuestion = true;
      else if (p.cue === 'opener') sentence.opener = true;
      else if (NEGATORS.has(tokens[i - 1]?.norm ?? '')) continue;
      else if (p.cue === 'strong') strong = true;
      else if (p.cue === 'cue') cue = true;
      else topic = true;
    }
  }

  const isComplaint =
    (strong && tone.score < STRONG_UNLESS_TONE) ||
    (cue && topic && tone.score < 0.05) ||
    (topic && tone.score <= TOPIC_TONE);
  return { isQuestion, isComplaint };
}
