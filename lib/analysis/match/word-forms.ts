// Word lists compiled for lookup by inflected form: each word with its endings, German compound heads ("Voll|idiot")
// and modifiers ("Scheiß|politik"), spellings without umlauts; the lists' phrases go to the phrase matcher.
import { PhraseMatcher } from './phrases';

export interface WordEntry<K> {
  kind: K;
  /** Rewrite for the matched words: '' removes, "{rest}" keeps the rest of a compound. Undefined: none. */
  replacement?: string;
}

export interface WordForm<K> {
  entry: WordEntry<K>;
  /** The inflection ending the text's word had ('' for the base form). */
  ending: string;
}

export interface WordMatch<K> {
  /** The inflected form found, or null for a modifier compound. */
  form: WordForm<K> | null;
  entry: WordEntry<K>;
  /** For a modifier compound ("scheißpolitik"): how many characters the modifier takes. */
  prefixLength: number;
}

export interface WordFormOptions {
  /** Inflection endings tried on every plain entry and compound head ('' included for the base form). */
  endings: readonly string[];
  /** Look German words up in their spelling without umlauts and ß too. */
  foldUmlauts: boolean;
  /** Words that look like a compound of a listed word but are not one ("Scunthorpe"). */
  never?: readonly string[];
}

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

/** Two characters of a word at `at`, as one number. */
const pair = (word: string, at: number) => word.charCodeAt(at) * 65536 + word.charCodeAt(at + 1);

/**
 * A compiled word list. Entry syntax, one entry a line:
 * - "wort": the word and its inflected forms (the list's endings: "idiot" finds "Idioten");
 * - "wort=": this exact form only;
 * - "*kopf": also the head of a compound ("Dummkopf"), inflected;
 * - "scheiß*": the modifier of a compound ("Scheißpolitik"), never the modifier alone;
 * - "a b c": a phrase; punctuation between its words is skipped ("Ich weiß, wo du wohnst");
 * - "… > Ersatz": a rewrite for the matched words: '' removes them, "{rest}" keeps the rest of a compound.
 */
export class WordForms<K> {
  private readonly forms = new Map<string, WordForm<K>>();
  /** Compound heads (inflected), matched at the end of a longer word. */
  private readonly heads = new Map<string, WordForm<K>>();
  private readonly headLengths: number[];
  /** Last two characters of every head, as one number: a cheap test before any head lookup. */
  private readonly headTails = new Set<number>();
  private readonly prefixes = new Map<string, WordEntry<K>>();
  private readonly prefixLengths: number[];
  private readonly prefixStarts = new Set<number>();
  private readonly never: Set<string>;
  /** The lists' phrases, at the token where they start (PhraseMatcher.at). */
  readonly phrases: PhraseMatcher<WordEntry<K>>;

  /** `lists`: each list with the kind its entries get, in priority order (a word listed twice keeps the first). */
  constructor(
    lists: readonly (readonly [K, readonly string[]])[],
    private readonly options: WordFormOptions,
  ) {
    this.never = new Set((options.never ?? []).flatMap((w) => this.spellings(w)));
    const phrases: { phrase: string; data: WordEntry<K> }[] = [];
    const addForms = (target: Map<string, WordForm<K>>, stem: string, entry: WordEntry<K>) => {
      for (const ending of options.endings)
        if (!target.has(stem + ending)) target.set(stem + ending, { entry, ending });
    };
    for (const [kind, list] of lists) {
      for (const line of list) {
        const cut = line.indexOf(' >');
        const word = (cut < 0 ? line : line.slice(0, cut)).trim().toLowerCase();
        const entry: WordEntry<K> = { kind, replacement: cut < 0 ? undefined : line.slice(cut + 2).trim() };
        if (word.includes(' ')) phrases.push({ phrase: word, data: entry });
        else if (word.endsWith('=')) {
          for (const w of this.spellings(word.slice(0, -1))) this.forms.set(w, { entry, ending: '' });
        } else if (word.startsWith('*')) {
          for (const stem of this.spellings(word.slice(1))) {
            addForms(this.forms, stem, entry);
            addForms(this.heads, stem, entry);
          }
        } else if (word.endsWith('*')) {
          for (const stem of this.spellings(word.slice(0, -1))) this.prefixes.set(stem, entry);
        } else for (const stem of this.spellings(word)) addForms(this.forms, stem, entry);
      }
    }
    // Threats and insults are broken up by commas and marks ("Ich weiß, wo du wohnst!"): any punctuation may stand
    // between a phrase's words.
    this.phrases = new PhraseMatcher(phrases, { gaps: 'punctuation' });
    for (const key of this.heads.keys()) this.headTails.add(pair(key, key.length - 2));
    for (const key of this.prefixes.keys()) this.prefixStarts.add(pair(key, 0));
    this.headLengths = [...new Set([...this.heads.keys()].map((k) => k.length))].sort((a, b) => b - a);
    this.prefixLengths = [...new Set([...this.prefixes.keys()].map((k) => k.length))].sort((a, b) => b - a);
  }

  /** A list word and, for German, its spelling without umlauts and ß: both are looked up as typed. */
  private spellings(word: string): string[] {
    const folded = this.options.foldUmlauts ? foldGerman(word) : word;
    return folded === word ? [word] : [word, folded];
  }

  /** The entry a word (lower-cased, as in Token.norm) belongs to: as listed, inflected, or in a compound. */
  match(key: string): WordMatch<K> | null {
    if (key.length < 2) return null;
    const form = this.forms.get(key);
    if (form) return { form, entry: form.entry, prefixLength: 0 };
    if (key.length < 5) return null;
    const tail = this.headTails.has(pair(key, key.length - 2));
    const start = this.prefixStarts.has(pair(key, 0));
    if ((!tail && !start) || this.never.has(key)) return null;
    if (tail) {
      for (const n of this.headLengths) {
        if (n >= key.length) continue;
        const head = this.heads.get(key.slice(key.length - n));
        if (head) return { form: head, entry: head.entry, prefixLength: 0 };
      }
    }
    if (start) {
      for (const n of this.prefixLengths) {
        // The modifier alone is a different word ("lügen" is a verb, "Lügenpresse" a smear).
        if (n >= key.length) continue;
        const entry = this.prefixes.get(key.slice(0, n));
        if (entry) return { form: null, entry, prefixLength: n };
      }
    }
    return null;
  }
}
