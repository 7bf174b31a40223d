// What the conversation rules need to know about the thread and the comment being answered: tone,
// complaint, register. Computed once per item: an item with an id is cached by id and content (the content script
// rebuilds the objects on each reading pass, with the same ids and texts), one without by object identity.
import { activeLanguages, detectLanguage } from './language';
import { CORRECTION_DE } from './lexicons/de/conversation';
import { CORRECTION_EN } from './lexicons/en/conversation';
import { PhraseMatcher } from './match/phrases';
import { scoreTone } from './metrics/tone';
import { triage } from './metrics/triage';
import { dominantRegister, type Register, registerEvidence } from './register';
import { tokenize } from './tokenize';
import type { RuleInput, ThreadItemContext, ToneResult } from './types';

export interface ItemReading {
  tone: ToneResult;
  isComplaint: boolean;
  isQuestion: boolean;
  /** Corrects something (a fact, a typo): the advice is to thank the person. */
  isCorrection: boolean;
  register: Register | null;
}

const CORRECTION = {
  de: new PhraseMatcher(CORRECTION_DE.map((phrase) => ({ phrase, data: phrase }))),
  en: new PhraseMatcher(CORRECTION_EN.map((phrase) => ({ phrase, data: phrase }))),
};

const byObject = new WeakMap<ThreadItemContext, ItemReading>();

interface Entry {
  text: string;
  tone: number | undefined;
  isComplaint: boolean | undefined;
  langHint: string | undefined;
  reading: ItemReading;
}

/** Readings of items with an id, one per id (a changed text replaces it), least recently used first. */
const byId = new Map<string, Entry>();
/** Bound on byId: well above one page's threads; the least recently used ids go first. */
export const ITEM_CACHE_LIMIT = 2000;

let itemsAnalysed = 0;

/** How many items readItem analysed (cache misses) since the content script started: for tests and diagnostics. */
export function itemAnalysisCount(): number {
  return itemsAnalysed;
}

/** How many item readings the id cache holds (at most ITEM_CACHE_LIMIT). */
export function itemCacheSize(): number {
  return byId.size;
}

const sameContent = (entry: Entry, item: ThreadItemContext, langHint: string | undefined) =>
  entry.text === item.text &&
  Object.is(entry.tone, item.tone) &&
  entry.isComplaint === item.isComplaint &&
  entry.langHint === langHint;

export function readItem(item: ThreadItemContext, langHint?: string): ItemReading {
  const known = byObject.get(item);
  if (known) return known;
  const id = typeof item.id === 'string' ? item.id : undefined;
  if (id !== undefined) {
    const entry = byId.get(id);
    if (entry && sameContent(entry, item, langHint)) {
      // Most recently used goes last.
      byId.delete(id);
      byId.set(id, entry);
      byObject.set(item, entry.reading);
      return entry.reading;
    }
  }
  const reading = analyseItem(item, langHint);
  byObject.set(item, reading);
  if (id !== undefined) {
    byId.delete(id);
    byId.set(id, { text: item.text, tone: item.tone, isComplaint: item.isComplaint, langHint, reading });
    while (byId.size > ITEM_CACHE_LIMIT) {
      const oldest = byId.keys().next().value;
      if (oldest === undefined) break;
      byId.delete(oldest);
    }
  }
  return reading;
}

function analyseItem(item: ThreadItemContext, langHint: string | undefined): ItemReading {
  itemsAnalysed++;
  const text = typeof item.text === 'string' ? item.text : '';
  const tokens = tokenize(text);
  const lang = detectLanguage(text, tokens, langHint);
  const input: RuleInput = { text, lang, languages: activeLanguages(lang, tokens), tokens, context: { mode: 'item' } };
  const computed = scoreTone(input);
  const tone: ToneResult =
    typeof item.tone === 'number' && Number.isFinite(item.tone)
      ? { label: item.tone >= 0.05 ? 'positive' : item.tone <= -0.05 ? 'negative' : 'neutral', score: item.tone }
      : computed;
  const triaged = triage(input, tone);
  return {
    tone,
    isQuestion: triaged.isQuestion,
    isComplaint: typeof item.isComplaint === 'boolean' ? item.isComplaint : triaged.isComplaint,
    isCorrection: input.languages.some((l) => CORRECTION[l].findAll(tokens).length > 0),
    register: lang === 'de' || lang === 'und' ? dominantRegister(registerEvidence(tokens)) : null,
  };
}

/** Whether the thread or the comment answered is negative enough that cheer or promotion clashes with it. */
export function conversationIsNegative(input: RuleInput): boolean {
  const replyTo = input.context.replyTo;
  if (replyTo) {
    const reading = readItem(replyTo, input.context.langHint);
    if (reading.isComplaint || reading.tone.score <= -0.3) return true;
  }
  const tone = threadTone(input);
  return tone !== null && tone <= -0.25;
}

/** The language to write a suggestion in: the draft's, else the page's, else English. */
export function suggestionLanguage(input: RuleInput): 'de' | 'en' {
  if (input.lang === 'de' || input.lang === 'en') return input.lang;
  return input.context.langHint?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** The other people's comments, without the user's own. */
function othersOf(input: RuleInput): ThreadItemContext[] {
  return (input.context.thread?.items ?? []).filter((item) => !item.own && typeof item.text === 'string');
}

/** Mean tone of the thread (other people's comments), or null without a thread. */
export function threadTone(input: RuleInput): number | null {
  const items = othersOf(input);
  if (items.length === 0) return null;
  let sum = 0;
  for (const item of items) sum += readItem(item, input.context.langHint).tone.score;
  return sum / items.length;
}

/** How the thread addresses people, by majority of the comments that show a register. */
export function threadRegister(input: RuleInput): Register | null {
  let du = 0;
  let sie = 0;
  for (const item of othersOf(input)) {
    const register = readItem(item, input.context.langHint).register;
    if (register === 'du') du++;
    else if (register === 'sie') sie++;
  }
  if (du === sie) return null;
  return du > sie ? 'du' : 'sie';
}
