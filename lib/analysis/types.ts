// Shapes shared by the analysis engine, its rules and metrics, and every caller (content scripts, side panel, CLI).
// Pure data: no DOM, no browser APIs. Rule ids and message keys persist in history; renaming one needs a map.

/** 'de', 'en', another ISO 639-1 code, or 'und' (undetermined). */
export type Lang = string;

export type ToneLabel = 'positive' | 'neutral' | 'negative';
export type Verdict = 'ok' | 'caution' | 'warn';
export type Severity = 'info' | 'caution' | 'warn';
export type Category =
  | 'promotional'
  | 'spam'
  | 'hostile'
  | 'condescending'
  | 'defensive'
  | 'acknowledgment'
  | 'register'
  | 'disclosure'
  | 'tone-clash'
  | 'repetition'
  | 'watchlist'
  /** A phrase the user asked to always flag (settings: alwaysFlag). */
  | 'custom';

export type TokenKind = 'word' | 'number' | 'url' | 'email' | 'mention' | 'hashtag' | 'emoji' | 'emoticon' | 'punct';

export interface Token {
  /** The exact characters of the text, text.slice(start, end). */
  text: string;
  /** Lower-cased, typographic apostrophes folded to "'"; for lookups. */
  norm: string;
  kind: TokenKind;
  /** UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
}

export interface Finding {
  /** File name of the rule in rules/, stable across versions. */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets of the words the finding is about (start === end: a position, e.g. "add an opener here"). */
  start: number;
  end: number;
  /** text.slice(start, end) */
  actual: string;
  /** Key into the UI's message tables; the rule never writes prose. */
  messageKey: string;
  args: Record<string, string | number>;
  /** Replacements for text.slice(start, end), best first; '' means "remove it". */
  suggestions: string[];
  /** 0..1: how sure the rule is that this is what it says. */
  confidence: number;
}

export interface ThreadItemContext {
  /**
   * The item's id on the page, when known: its reading is then cached by id and content, so objects rebuilt on each
   * reading pass still hit the cache. Without it, the cache goes by object identity.
   */
  id?: string;
  text: string;
  author?: string;
  own?: boolean;
  /** Already known from reading the thread; computed from the text when absent. */
  tone?: number;
  isComplaint?: boolean;
}

export interface AnalysisContext {
  /** Page or composer lang attribute, then the user's setting; used when the text is too short to tell. */
  langHint?: string;
  /** The user's own recent posts, newest first: copy-paste across threads is spam-like. */
  recentPosts?: string[];
  /**
   * How close the text is to the closest of the user's recent posts (0..1), computed elsewhere (the extension's
   * background, which keeps those texts out of the page's process). Takes the place of recentPosts when given.
   */
  repeatSimilarity?: number;
  /** The brand the user speaks for; a draft praising it without disclosure is flagged. */
  brand?: { names: string[]; domains?: string[]; handles?: string[] };
  /** The thread the text belongs to (other people's comments, oldest first). */
  thread?: { items: ThreadItemContext[] };
  /** The comment the draft replies to. */
  replyTo?: ThreadItemContext;
  /** Keywords the user watches; matches are reported as findings of category 'watchlist'. */
  watchlist?: string[];
  /** How often the user already posted, from local history: in this thread, and today on any site. */
  activity?: { inThread?: number; today?: number };
  /** 'draft': the user's own text (all conversation rules apply); 'item': someone else's comment (triage). */
  mode?: 'draft' | 'item';
  /** Rule ids and rule-family ids (families.ts) the user switched off: those rules do not run. */
  disabledRules?: readonly string[];
  /** Phrases the user asked to always flag in their drafts (drafts only; comments have the watchlist). */
  alwaysFlag?: readonly string[];
  /** How much to show: see sensitivity.ts. Absent means 'normal'. */
  sensitivity?: Sensitivity;
}

export type Sensitivity = 'low' | 'normal' | 'high';

/** What every rule and metric receives: the text once tokenised, language decided, context attached. */
export interface RuleInput {
  text: string;
  lang: Lang;
  /** Word lists to apply: lang, plus the other of de/en in a mixed text; both when lang is 'und'. */
  languages: readonly ('de' | 'en')[];
  tokens: readonly Token[];
  context: AnalysisContext;
}

export interface RuleMeta {
  id: string;
  category: Category;
  /** Languages the rule understands; 'any' for language-independent signals (URLs, caps, emoji). */
  languages: readonly ('de' | 'en')[] | 'any';
  defaultSeverity: Severity;
  /**
   * Every message key the rule's findings can carry. The rule tests fail on a finding whose key is not listed;
   * rules/registry.test.ts fails on a listed or emitted key missing in either UI language.
   */
  messageKeys: readonly string[];
}

export interface Rule {
  meta: RuleMeta;
  check(input: RuleInput): Finding[];
}

export interface CategoryScore {
  score: number;
  flagged: boolean;
}

export interface ToneResult {
  label: ToneLabel;
  score: number;
}

export interface AnalysisResult {
  lang: Lang;
  tone: ToneResult;
  promotional: CategoryScore;
  hostile: CategoryScore;
  verdict: Verdict;
  findings: Finding[];
  /** Triage for thread items. */
  isQuestion: boolean;
  isComplaint: boolean;
  watchlist: string[];
}
