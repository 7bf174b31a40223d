// Compiles the hostile word lists (lexicons/{de,en}/hostile-*.ts) into lookups and finds their words in a
// text in one pass over its tokens: exact forms with inflections, German compound heads ("Voll|idiot") and
// modifiers ("Scheiß|politik"), and phrases. The four hostile rules share one cached pass per analysed text.

import { makeFinding } from '../finding';
import { tokenize } from '../tokenize';
import type { Finding, RuleInput, RuleMeta, Severity, Token } from '../types';
import { DE_CONTEMPT, DE_CONTEMPT_MILD, DE_CONTEMPT_WEAK, DE_NOT_HOSTILE, DE_SLURS } from './de/hostile-contempt';
import { DE_INSULT_ADJECTIVES, DE_INSULTS, DE_INSULTS_MILD } from './de/hostile-insults';
import { DE_PROFANITY } from './de/hostile-profanity';
import { DE_THREATS } from './de/hostile-threats';
import { EN_CONTEMPT, EN_CONTEMPT_MILD, EN_CONTEMPT_WEAK, EN_NOT_HOSTILE, EN_SLURS } from './en/hostile-contempt';
import { EN_INSULT_ADJECTIVES, EN_INSULTS, EN_INSULTS_MILD } from './en/hostile-insults';
import { EN_PROFANITY } from './en/hostile-profanity';
import { EN_THREATS } from './en/hostile-threats';

export type HostileKind =
  | 'insult'
  | 'insultMild'
  | 'insultAdjective'
  | 'profanity'
  | 'threat'
  | 'slur'
  | 'contempt'
  | 'contemptMild'
  | 'contemptWeak';

/** How strongly one hit of each kind says "this text is hostile" (0..1); scoreHostile combines them. */
export const KIND_WEIGHT: Record<HostileKind, number> = {
  insult: 0.9,
  insultMild: 0.55,
  insultAdjective: 0.55,
  profanity: 0.6,
  threat: 0.9,
  slur: 0.95,
  contempt: 0.75,
  contemptMild: 0.5,
  contemptWeak: 0.42,
};

interface Entry {
  kind: HostileKind;
  /** Rewrite for the matched words: '' removes, "{rest}" keeps the rest of a compound. Undefined: none. */
  replacement?: string;
}

export interface HostileHit {
  kind: HostileKind;
  lang: 'de' | 'en';
  start: number;
  end: number;
  /** Index of the first token of the hit. */
  first: number;
  suggestions: string[];
}

// Inflection endings tried on every plain entry. German: noun plurals and feminine forms, adjective endings.
const ENDINGS = {
  de: ['', 'e', 'en', 'er', 'es', 'em', 'n', 's', 'in', 'innen', 'nen', 'ern'],
  en: ['', 's', 'es', "'s", 'ed', 'ing', 'ings'],
};
// Adjective endings a rewrite carries over ("dumme Idee" → "wenig überzeugende Idee").
const CARRIED = new Set(['e', 'en', 'er', 'es', 'em']);

/** Folds umlauts and ß like people type them without a German keyboard ("Luegenpresse", "Scheisse"). */
export function foldGerman(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word;
  return word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

interface Form {
  entry: Entry;
  ending: string;
}

interface Lexicon {
  lang: 'de' | 'en';
  forms: Map<string, Form>;
  /** Compound heads (inflected), matched at the end of a longer word. */
  heads: Map<string, Form>;
  headLengths: number[];
  /** Last two characters of every head, as one number: a cheap test before any head lookup. */
  headTails: Set<number>;
  prefixes: Map<string, Entry>;
  prefixLengths: number[];
  prefixStarts: Set<number>;
  /** Phrases by their first word, longest first; punctuation between their words is skipped. */
  phrases: Map<string, { words: string[]; entry: Entry }[]>;
  never: Set<string>;
}

/** A list word and, for German, its spelling without umlauts and ß: both are looked up as typed. */
const spellings = (lang: 'de' | 'en', word: string): string[] => {
  const folded = lang === 'de' ? foldGerman(word) : word;
  return folded === word ? [word] : [word, folded];
};

/** Two characters of a word at `at`, as one number. */
const pair = (word: string, at: number) => word.charCodeAt(at) * 65536 + word.charCodeAt(at + 1);

function compile(lang: 'de' | 'en', lists: [HostileKind, readonly string[]][], never: readonly string[]): Lexicon {
  const lex: Lexicon = {
    lang,
    forms: new Map(),
    heads: new Map(),
    headLengths: [],
    headTails: new Set(),
    prefixes: new Map(),
    prefixLengths: [],
    prefixStarts: new Set(),
    phrases: new Map(),
    never: new Set(never.flatMap((w) => spellings(lang, w))),
  };
  const addForms = (target: Map<string, Form>, stem: string, entry: Entry) => {
    for (const ending of ENDINGS[lang]) if (!target.has(stem + ending)) target.set(stem + ending, { entry, ending });
  };
  for (const [kind, list] of lists) {
    for (const line of list) {
      const cut = line.indexOf(' >');
      const word = (cut < 0 ? line : line.slice(0, cut)).trim().toLowerCase();
      const entry: Entry = { kind, replacement: cut < 0 ? undefined : line.slice(cut + 2).trim() };
      if (word.includes(' ')) {
        // Phrases are tokenised like texts, so "halt's" splits the same way on both sides.
        const words = tokenize(word).map((t) => t.norm);
        const first = words[0] ?? '';
        const list = lex.phrases.get(first) ?? [];
        list.push({ words, entry });
        list.sort((a, b) => b.words.length - a.words.length);
        lex.phrases.set(first, list);
      } else if (word.endsWith('=')) {
        for (const w of spellings(lang, word.slice(0, -1))) lex.forms.set(w, { entry, ending: '' });
      } else if (word.startsWith('*')) {
        for (const stem of spellings(lang, word.slice(1))) {
          addForms(lex.forms, stem, entry);
          addForms(lex.heads, stem, entry);
        }
      } else if (word.endsWith('*')) {
        for (const stem of spellings(lang, word.slice(0, -1))) lex.prefixes.set(stem, entry);
      } else for (const stem of spellings(lang, word)) addForms(lex.forms, stem, entry);
    }
  }
  for (const key of lex.heads.keys()) lex.headTails.add(pair(key, key.length - 2));
  for (const key of lex.prefixes.keys()) lex.prefixStarts.add(pair(key, 0));
  lex.headLengths = [...new Set([...lex.heads.keys()].map((k) => k.length))].sort((a, b) => b - a);
  lex.prefixLengths = [...new Set([...lex.prefixes.keys()].map((k) => k.length))].sort((a, b) => b - a);
  return lex;
}

let compiled: Record<'de' | 'en', Lexicon> | null = null;

function lexicons(): Record<'de' | 'en', Lexicon> {
  compiled ??= {
    de: compile(
      'de',
      [
        ['threat', DE_THREATS],
        ['slur', DE_SLURS],
        ['insult', DE_INSULTS],
        ['contempt', DE_CONTEMPT],
        ['profanity', DE_PROFANITY],
        ['insultAdjective', DE_INSULT_ADJECTIVES],
        ['insultMild', DE_INSULTS_MILD],
        ['contemptMild', DE_CONTEMPT_MILD],
        ['contemptWeak', DE_CONTEMPT_WEAK],
      ],
      DE_NOT_HOSTILE,
    ),
    en: compile(
      'en',
      [
        ['threat', EN_THREATS],
        ['slur', EN_SLURS],
        ['insult', EN_INSULTS],
        ['contempt', EN_CONTEMPT],
        ['profanity', EN_PROFANITY],
        ['insultAdjective', EN_INSULT_ADJECTIVES],
        ['insultMild', EN_INSULTS_MILD],
        ['contemptMild', EN_CONTEMPT_MILD],
        ['contemptWeak', EN_CONTEMPT_WEAK],
      ],
      EN_NOT_HOSTILE,
    ),
  };
  return compiled;
}

interface WordMatch {
  form: Form | null;
  entry: Entry;
  /** For a modifier compound ("scheißpolitik"): how many characters the modifier takes. */
  prefixLength: number;
}

function matchWord(lex: Lexicon, key: string): WordMatch | null {
  if (key.length < 2) return null;
  const form = lex.forms.get(key);
  if (form) return { form, entry: form.entry, prefixLength: 0 };
  if (key.length < 5) return null;
  const tail = lex.headTails.has(pair(key, key.length - 2));
  const start = lex.prefixStarts.has(pair(key, 0));
  if ((!tail && !start) || lex.never.has(key)) return null;
  if (tail) {
    for (const n of lex.headLengths) {
      if (n >= key.length) continue;
      const head = lex.heads.get(key.slice(key.length - n));
      if (head) return { form: head, entry: head.entry, prefixLength: 0 };
    }
  }
  if (start) {
    for (const n of lex.prefixLengths) {
      // The modifier alone is a different word ("lügen" is a verb, "Lügenpresse" a smear).
      if (n >= key.length) continue;
      const entry = lex.prefixes.get(key.slice(0, n));
      if (entry) return { form: null, entry, prefixLength: n };
    }
  }
  return null;
}

function sentenceStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 64; i--) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\n' || c === '\t' || c === '"' || c === '„' || c === '“' || c === '(') continue;
    return c === '.' || c === '!' || c === '?';
  }
  return true;
}

function capitalizeLike(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const first = original.charAt(0);
  const upper = first !== first.toLowerCase();
  const head = replacement.charAt(0);
  return (upper ? head.toUpperCase() : head.toLowerCase()) + replacement.slice(1);
}

function suggestionsFor(lang: 'de' | 'en', text: string, token: Token, match: WordMatch): string[] {
  const { replacement } = match.entry;
  if (replacement === undefined) return [];
  if (replacement.includes('{rest}')) {
    const rest = token.text.slice(match.prefixLength).replace(/^-+/, '');
    if (!rest) return [''];
    // German nouns keep their capital; a lower-case compound ("scheißegal") stays lower-case.
    const fixed = lang === 'de' ? capitalizeLike(token.text, rest) : rest;
    return [replacement.replace('{rest}', fixed)];
  }
  // Only adjectives inflect like their rewrite ("dumme" → "wenig überzeugende"); nouns bring their own form.
  const adjective = match.entry.kind === 'insultAdjective' && lang === 'de';
  const ending = adjective && match.form && CARRIED.has(match.form.ending) ? match.form.ending : '';
  const rewrite = replacement + (replacement ? ending : '');
  // The list spells the rewrite as it stands mid-sentence; at a sentence start it takes a capital.
  return [sentenceStart(text, token.start) ? capitalizeLike('A', rewrite) : rewrite];
}

/** The phrase starting at token `first`, if any: [last token index, entry]. */
function matchPhrase(lex: Lexicon, tokens: readonly Token[], first: number): [number, Entry] | null {
  const candidates = lex.phrases.get(tokens[first]?.norm ?? '');
  if (!candidates) return null;
  for (const { words, entry } of candidates) {
    let i = first;
    let w = 1;
    while (w < words.length) {
      i++;
      while (i < tokens.length && tokens[i]?.kind === 'punct') i++;
      if (tokens[i]?.norm !== words[w]) break;
      w++;
    }
    if (w === words.length) return [i, entry];
  }
  return null;
}

function scan(input: RuleInput): HostileHit[] {
  const hits: HostileHit[] = [];
  const all = lexicons();
  const { tokens, languages } = input;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word' && token.kind !== 'hashtag') continue;
    let found = false;
    for (const lang of languages) {
      const lex = all[lang];
      if (!lex) continue;
      const phrase = matchPhrase(lex, tokens, i);
      if (phrase) {
        const [last, entry] = phrase;
        const end = tokens[last]?.end ?? token.end;
        const suggestions = entry.replacement === undefined ? [] : [entry.replacement];
        hits.push({ kind: entry.kind, lang, start: token.start, end, first: i, suggestions });
        i = last;
        found = true;
        break;
      }
    }
    if (found) continue;
    const norm = token.kind === 'hashtag' ? token.norm.slice(1) : token.norm;
    for (const lang of languages) {
      const lex = all[lang];
      if (!lex) continue;
      const key = norm;
      let match = matchWord(lex, key);
      // Hyphenated compounds ("Antifa-Pack", "links-grün-versifft"): any part decides.
      if (!match && key.includes('-')) {
        for (const part of key.split('-')) {
          match = matchWord(lex, part);
          if (match) {
            match = { ...match, prefixLength: 0 };
            break;
          }
        }
      }
      if (!match) continue;
      hits.push({
        kind: match.entry.kind,
        lang,
        start: token.start,
        end: token.end,
        first: i,
        suggestions: suggestionsFor(lang, input.text, token, match),
      });
      break;
    }
  }
  return hits;
}

// The hostile rules run one after another on the same input, so one remembered result is enough
// (a WeakMap costs more in garbage collection than the scan it saves).
let lastInput: RuleInput | null = null;
let lastHits: HostileHit[] = [];

/** Every hostile word in the text, found once per analysed input and shared by the hostile rules. */
export function findHostile(input: RuleInput): HostileHit[] {
  if (input !== lastInput) {
    lastHits = scan(input);
    lastInput = input;
  }
  return lastHits;
}

export interface KindReport {
  messageKey: string;
  severity: Severity;
  /** Offer to delete the words when the list has no better rewrite (name-calling reads fine without it). */
  removable?: boolean;
}

/** The findings of one hostile rule: the hits of the kinds it reports, with their message and weight. */
export function hostileFindings(
  input: RuleInput,
  meta: RuleMeta,
  kinds: Partial<Record<HostileKind, KindReport>>,
): Finding[] {
  const findings: Finding[] = [];
  for (const hit of findHostile(input)) {
    const report = kinds[hit.kind];
    if (!report) continue;
    const span = { start: hit.start, end: hit.end };
    findings.push(
      makeFinding(input, meta, span, report.messageKey, {
        args: { words: input.text.slice(hit.start, hit.end), kind: hit.kind },
        suggestions: hit.suggestions.length === 0 && report.removable ? [''] : hit.suggestions,
        confidence: KIND_WEIGHT[hit.kind],
        severity: report.severity,
      }),
    );
  }
  return findings;
}
