// Tone of a text: positive, neutral or negative with a score in -1..1, for German and English. A lexicon-and-rules
// scorer in the manner of VADER (Hutto & Gilbert 2014) over the shared tokens; this file sums the modified word
// valences with "but"/"aber" weighting, questions and "!" emphasis, normalises, and averages long texts over their
// sentences. The parts are beside it.
import type { RuleInput, ToneLabel, ToneResult } from '../../types';
import {
  DOCUMENT_WORDS,
  EXCLAMATION,
  NEGATIVE_AT,
  NORMALIZE_ALPHA,
  POSITIVE_AT,
  QUESTION_PRAISE_DE,
  QUESTION_SCALAR,
} from './constants';
import { adjustBases } from './context';
import { type Item, readItems } from './items';
import { languagesFor } from './languages';
import { modifiedValence } from './modifiers';
import { negatedAfter, negatedBefore } from './negation';
import { flipIronicOpening, sumWithReactions } from './reactions';
import { CONTRAST, NEG } from './words';

const NEUTRAL: ToneResult = Object.freeze({ label: 'neutral', score: 0 });

export function labelFor(score: number): ToneLabel {
  if (score >= POSITIVE_AT) return 'positive';
  if (score <= NEGATIVE_AT) return 'negative';
  return 'neutral';
}

/** Sentences with an item whose valence counts. */
function judgingSentences(list: readonly Item[]): number {
  let count = 0;
  let last = -1;
  for (const item of list) {
    if (item.valence !== 0 && item.sentence !== last) {
      count++;
      last = item.sentence;
    }
  }
  return count;
}

export function scoreTone(input: RuleInput): ToneResult {
  const langs = languagesFor(input);
  if (!langs) return NEUTRAL;
  const read = readItems(input, langs);
  const list = read.list;
  if (list.length === 0) return NEUTRAL;
  adjustBases(list, langs);
  const capDiff = read.capsWords > 0 && read.capsWords < read.letterWords;

  let contrastAt = -1;
  let negation = false;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as Item;
    if (contrastAt < 0 && item.roles & CONTRAST) contrastAt = i;
    if (item.roles & NEG) negation = true;
    if (item.base !== 0) item.valence = modifiedValence(list, i, langs.german, capDiff);
    else if (item.negated !== 0 && (negatedBefore(list, i) || negatedAfter(list, i))) item.valence = item.negated;
  }

  if (langs.germanFirst) flipIronicOpening(list);
  const praiseAsked = langs.germanFirst ? QUESTION_PRAISE_DE : QUESTION_SCALAR;
  let sum = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as Item;
    let v = item.valence;
    if (v === 0) continue;
    // What follows "but" / "aber" is what the writer means; what precedes it is conceded.
    if (contrastAt >= 0) v *= i < contrastAt ? 0.5 : i > contrastAt ? 1.5 : 1;
    // German questions ask for the good thing ("Gibt es eine günstige Verbindung?") or mock it; their complaints
    // are mostly rhetorical ("Warum ist der Zug schon wieder zu spät?"). English keeps VADER's tuned scalar.
    if (item.question && item.kind === 'word') v *= v > 0 ? praiseAsked : QUESTION_SCALAR;
    item.valence = v;
    sum += v;
  }
  // German laughter follows the words it laughs at, and an irony marker turns praise around.
  if (langs.germanFirst) sum = sumWithReactions(list);
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
  let score = sum / Math.sqrt(sum * sum + NORMALIZE_ALPHA);
  // VADER's advice for longer texts is to average their sentences: one judging sentence in a long report is not
  // a judging report. The share of sentences that judge anything scales the score.
  if (read.letterWords >= DOCUMENT_WORDS && read.sentences > 1) score *= judgingSentences(list) / read.sentences || 1;
  const safe = Number.isFinite(score) ? Math.max(-1, Math.min(1, score)) : 0;
  return { label: labelFor(safe), score: Math.round(safe * 1e4) / 1e4 };
}
