// Helpers shared by the promotional and spam rules: weighted phrase lists per language, clause spans for
// "replace the whole ask" suggestions, and the confidence-to-severity mapping that keeps weak signals quiet.
import type { PromoPhrase } from '../../lexicons/promotional';
import { type GroupMatch, type ListLang, PhraseGroup } from '../../match/phrase-group';
import type { RuleInput, Severity, Token } from '../../types';

export type { ListLang };

export type PromoMatch = GroupMatch<PromoPhrase>;

export type PromoRuleId = 'call-to-action' | 'engagement-ask' | 'self-promotion' | 'price-offer';

/** The promotional rules' lists share one pass per text; the lists were tuned with words that follow each other. */
const PROMO_PHRASES = new PhraseGroup<PromoRuleId, PromoPhrase>('none');

/** Compiles the promotional rules' shared lists ahead of the first text (a content script's warm-up). */
export function buildPromotional(): void {
  PROMO_PHRASES.warm();
}

/**
 * Registers a rule's lists with the other promotional rules' and returns its matcher: the longest of the rule's
 * own matches, from the lists of `languages` (by default listLanguages). Entries: "word*" is a prefix.
 */
export function promoMatcher(rule: PromoRuleId, lists: Partial<Record<ListLang, readonly PromoPhrase[]>>) {
  const find = PROMO_PHRASES.add(rule, lists);
  return (input: RuleInput, languages: readonly ListLang[] = listLanguages(input)): PromoMatch[] =>
    find(input.tokens, languages);
}

/**
 * English asks ("link in bio", "subscribe", "check out my channel") are the lingua franca of social-media spam:
 * German texts get the English lists too, and so do texts in other languages (or short, link-heavy texts that
 * the detector misreads), which get no German ones. The rules using this declare languages 'any'.
 */
export function listLanguages(input: RuleInput): ListLang[] {
  const langs = [...input.languages];
  if (!langs.includes('en')) langs.push('en');
  return langs;
}

const CLAUSE_END = /[.!?…‽]/;
/** Decoration and links after an ask are not part of its words (other rules report them). */
const CLAUSE_STOP: ReadonlySet<Token['kind']> = new Set(['emoji', 'hashtag', 'url', 'emoticon', 'mention']);

/** True when a line break separates two tokens: a new line ends a clause like a full stop does. */
function breakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * Token index range of the clause that starts at token `first`: up to (and including) the sentence's end
 * punctuation, a line break, or `maxTokens` tokens. Lets a rule replace a whole ask ("Folge mir auch auf
 * Facebook!") with a question instead of leaving half a sentence behind.
 */
export function clauseEnd(input: RuleInput, first: number, maxTokens = 14): number {
  const { tokens, text } = input;
  let last = first;
  for (let i = first + 1; i < tokens.length && i <= first + maxTokens; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (breakBetween(text, prev.end, t.start) || CLAUSE_STOP.has(t.kind)) break;
    last = i;
    if (t.kind === 'punct' && CLAUSE_END.test(t.text)) break;
  }
  return last;
}

/** Whether the clause starting at `first` begins a sentence (so a replacement should start upper-case). */
export function startsSentence(input: RuleInput, first: number): boolean {
  const prev = input.tokens[first - 1];
  if (!prev) return true;
  const t = input.tokens[first] as Token;
  return (prev.kind === 'punct' && CLAUSE_END.test(prev.text)) || breakBetween(input.text, prev.end, t.start);
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Strong signals warn, middling ones ask for caution, weak style signals only inform. */
export function severityFor(confidence: number): Severity {
  if (confidence >= 0.6) return 'warn';
  if (confidence >= 0.35) return 'caution';
  return 'info';
}

/** Number of word tokens outside the given token kinds: how much the text says besides links and tags. */
export function wordCount(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind === 'word' || t.kind === 'number') n++;
  return n;
}

/** Language of a suggestion: the text's own, so an English "link in bio" in a German post gets a German idea. */
export function uiLanguage(input: RuleInput, listLang: ListLang): ListLang {
  return input.lang === 'de' || input.lang === 'en' ? input.lang : listLang;
}

/** Clause-wide findings from a phrase list, merged where they overlap (one ask, one finding). */
export interface ClauseHit {
  first: number;
  last: number;
  start: number;
  end: number;
  phraseStart: number;
  phraseEnd: number;
  lang: ListLang;
  data: PromoPhrase;
  confidence: number;
}

export function clauseHits(input: RuleInput, matches: readonly PromoMatch[]): ClauseHit[] {
  const hits: ClauseHit[] = [];
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    if (m.data.initial && !isInitial(input, m.first)) continue;
    const confidence = m.data.weight ?? 0.6;
    const prev = hits[hits.length - 1];
    if (prev && m.start < prev.end) {
      prev.confidence = Math.max(prev.confidence, confidence);
      continue;
    }
    const last = clauseEnd(input, m.last);
    const end = Math.max(m.end, (input.tokens[last] as Token).end);
    hits.push({
      first: m.first,
      last,
      start: m.start,
      end,
      phraseStart: m.start,
      phraseEnd: m.end,
      lang: m.lang,
      data: m.data,
      confidence,
    });
  }
  return hits;
}

/** First token of the sentence that holds token `index` (at most `maxBack` tokens back). */
export function sentenceStart(input: RuleInput, index: number, maxBack = 24): number {
  let i = index;
  while (i > 0 && index - i < maxBack && !startsSentence(input, i)) i--;
  return i;
}

/** Words that may stand before an imperative without making it something else ("Jetzt kaufen Sie …"). */
const LEAD_INS = new Set([
  'jetzt',
  'bitte',
  'doch',
  'einfach',
  'gleich',
  'also',
  'und',
  'now',
  'please',
  'just',
  'so',
  'and',
  'then',
  'do',
]);

/**
 * Whether token `first` can start an order: at a sentence or clause start ("Hey, folgt mir!"), or after a
 * lead-in ("Bitte folgt mir"). "Er folgt mir" and "Die Leute kaufen sie" are statements, not orders.
 */
export function isInitial(input: RuleInput, first: number): boolean {
  if (startsSentence(input, first)) return true;
  const prev = input.tokens[first - 1] as Token;
  if (prev.kind === 'punct' && (prev.text === ',' || prev.text === ':' || prev.text === ';')) return true;
  return prev.kind === 'word' && LEAD_INS.has(prev.norm) && isInitial(input, first - 1);
}

/**
 * Index of the first word among the `ahead` tokens after `from` that is in `wanted`, within the clause (any
 * punctuation or non-word token ends the search), or -1. `blocked` words on the way end it too. Token lookups
 * only: the general patterns ("my new channel", "I make videos", "please like") cost a few set lookups a word.
 */
export function wordAhead(
  tokens: readonly Token[],
  from: number,
  ahead: number,
  wanted: ReadonlySet<string>,
  blocked?: ReadonlySet<string>,
): number {
  for (let j = from + 1; j < tokens.length && j <= from + ahead; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word' && t.kind !== 'number') return -1;
    if (wanted.has(t.norm)) return j;
    if (blocked?.has(t.norm)) return -1;
  }
  return -1;
}

/** A match the general patterns found, in the shape the phrase lists give, so rules treat both alike. */
export function patternMatch(
  input: RuleInput,
  first: number,
  last: number,
  phrase: string,
  weight: number,
): PromoMatch {
  const a = input.tokens[first] as Token;
  const b = input.tokens[last] as Token;
  return { start: a.start, end: b.end, first, last, lang: 'en', data: { phrase, weight } };
}
