// What the four hostile rules share: the hostile word lists (lexicons/{de,en}/hostile-*.ts) by kind and weight,
// one cached pass per analysed text that finds their words and phrases (match/word-forms.ts), and the findings
// each rule makes of the kinds it reports, with rewrites that keep the sentence's case.
import { makeFinding } from '../../finding';
import {
  DE_CONTEMPT,
  DE_CONTEMPT_MILD,
  DE_CONTEMPT_WEAK,
  DE_NOT_HOSTILE,
  DE_SLURS,
} from '../../lexicons/de/hostile-contempt';
import { DE_INSULT_ADJECTIVES, DE_INSULTS, DE_INSULTS_MILD } from '../../lexicons/de/hostile-insults';
import { DE_PROFANITY } from '../../lexicons/de/hostile-profanity';
import { DE_THREATS } from '../../lexicons/de/hostile-threats';
import {
  EN_CONTEMPT,
  EN_CONTEMPT_MILD,
  EN_CONTEMPT_WEAK,
  EN_NOT_HOSTILE,
  EN_SLURS,
} from '../../lexicons/en/hostile-contempt';
import { EN_INSULT_ADJECTIVES, EN_INSULTS, EN_INSULTS_MILD } from '../../lexicons/en/hostile-insults';
import { EN_PROFANITY } from '../../lexicons/en/hostile-profanity';
import { EN_THREATS } from '../../lexicons/en/hostile-threats';
import { WordForms, type WordMatch } from '../../match/word-forms';
import type { Finding, RuleInput, RuleMeta, Severity, Token } from '../../types';

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

const compiled: Partial<Record<'de' | 'en', WordForms<HostileKind>>> = {};

const BUILD = {
  de: () =>
    new WordForms<HostileKind>(
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
      { endings: ENDINGS.de, foldUmlauts: true, never: DE_NOT_HOSTILE },
    ),
  en: () =>
    new WordForms<HostileKind>(
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
      { endings: ENDINGS.en, foldUmlauts: false, never: EN_NOT_HOSTILE },
    ),
};

/** The lists, compiled on first use: a content script's first task stays short (lib/content/warm-up.ts). */
function lexicons(): Record<'de' | 'en', WordForms<HostileKind>> {
  compiled.de ??= BUILD.de();
  compiled.en ??= BUILD.en();
  return compiled as Record<'de' | 'en', WordForms<HostileKind>>;
}

/** Compiles one language's lists ahead of use; true once both are. The warm-up builds one per task. */
export function buildHostilePart(): boolean {
  if (!compiled.de) compiled.de = BUILD.de();
  else if (!compiled.en) compiled.en = BUILD.en();
  return Boolean(compiled.de && compiled.en);
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

function suggestionsFor(lang: 'de' | 'en', text: string, token: Token, match: WordMatch<HostileKind>): string[] {
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
      const phrase = lex.phrases.at(tokens, i);
      if (phrase) {
        const entry = phrase.entry.data;
        const suggestions = entry.replacement === undefined ? [] : [entry.replacement];
        hits.push({ kind: entry.kind, lang, start: phrase.start, end: phrase.end, first: i, suggestions });
        i = phrase.last;
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
      let match = lex.match(key);
      // Hyphenated compounds ("Antifa-Pack", "links-grün-versifft"): any part decides.
      if (!match && key.includes('-')) {
        for (const part of key.split('-')) {
          match = lex.match(part);
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
