// The one phrase matcher: word and phrase lists compiled into a token trie, matched in one pass over a text's
// tokens with UTF-16 spans. A trailing "*" on a word matches any word it begins ("kauf*" finds kaufen, kauft).
// Cost is tokens × longest phrase, whatever the list's size.
import { normalizeWord, tokenize } from '../tokenize';
import type { Token, TokenKind } from '../types';

export interface PhraseEntry<T> {
  phrase: string;
  data: T;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** Token index range [first, last]. */
  first: number;
  last: number;
  entry: PhraseEntry<T>;
}

/**
 * What may stand between two words of a phrase in a text. Lists differ because their texts do:
 * - 'comma' (the default): one optional comma, as social-media writing drops or adds them ("nichts für ungut,
 *   aber" matches "nichts für ungut aber");
 * - 'punctuation': any run of punctuation, for lists whose phrases people break up ("Ich weiß, wo du wohnst");
 * - 'none': the words follow each other (the promotional lists, tuned that way).
 * A phrase never ends on what it skipped.
 */
export type PhraseGaps = 'comma' | 'punctuation' | 'none';

export interface PhraseOptions {
  gaps?: PhraseGaps;
}

interface Node<T> {
  exact: Map<string, Node<T>>;
  prefix: { stem: string; node: Node<T> }[];
  /** Every entry that ends here, in list order; the first one is the match of findAll and at. */
  entries: PhraseEntry<T>[];
}

const MATCHABLE: ReadonlySet<TokenKind> = new Set(['word', 'number', 'hashtag', 'mention', 'emoji', 'emoticon']);

const newNode = <T>(): Node<T> => ({ exact: new Map(), prefix: [], entries: [] });

export class PhraseMatcher<T> {
  private compiled: Node<T> | null = null;
  private readonly gaps: PhraseGaps;
  // The search stack of longestAt, kept between calls: a text with a phrase start in every other word would
  // otherwise allocate a stack and a state per word.
  private readonly stackNodes: Node<T>[] = [];
  private readonly stackIndexes: number[] = [];
  private readonly stackSkipped: boolean[] = [];
  readonly size: number;

  constructor(
    private readonly entries: readonly PhraseEntry<T>[],
    options: PhraseOptions = {},
  ) {
    for (const entry of entries) {
      if (!/\S/.test(entry.phrase)) throw new Error(`Empty phrase in list: ${JSON.stringify(entry.phrase)}`);
    }
    this.size = entries.length;
    this.gaps = options.gaps ?? 'comma';
  }

  /**
   * The trie, built on first use: the rules create their matchers when the script loads, and compiling every list
   * then would hold a content script's first task (lib/content/warm-up.ts builds them in tasks of their own).
   */
  private get root(): Node<T> {
    if (!this.compiled) {
      this.compiled = newNode();
      for (const entry of this.entries) this.add(this.compiled, entry);
    }
    return this.compiled;
  }

  /** Builds the trie now, ahead of the first text (a content script's warm-up). */
  warm(): void {
    void this.root;
  }

  private add(root: Node<T>, entry: PhraseEntry<T>): void {
    // Entries are tokenised like texts, so "don't" and "z.B." split the same way on both sides.
    const words = entry.phrase.split(/\s+/).filter(Boolean);
    let node = root;
    for (const word of words) {
      const wildcard = word.endsWith('*');
      const parts = wildcard ? [word.slice(0, -1)] : tokenize(word).map((t) => t.norm);
      for (const [i, part] of parts.entries()) {
        const key = normalizeWord(part);
        if (wildcard && i === parts.length - 1) {
          let next = node.prefix.find((p) => p.stem === key)?.node;
          if (!next) {
            next = newNode();
            node.prefix.push({ stem: key, node: next });
          }
          node = next;
        } else {
          let next = node.exact.get(key);
          if (!next) {
            next = newNode();
            node.exact.set(key, next);
          }
          node = next;
        }
      }
    }
    node.entries.push(entry);
  }

  /** Longest match at each position, left to right, not overlapping. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      // Most tokens start no phrase at all: skip them without setting up a search.
      if (!this.couldStart(tokens[i] as Token)) {
        i++;
        continue;
      }
      const found = this.longestAt(tokens, i);
      if (found) {
        matches.push(found);
        i = found.last + 1;
      } else i++;
    }
    return matches;
  }

  /** The longest match that starts at token `first`, or null: for callers that interleave other lookups. */
  at(tokens: readonly Token[], first: number): PhraseMatch<T> | null {
    const token = tokens[first];
    return token && this.couldStart(token) ? this.longestAt(tokens, first) : null;
  }

  /**
   * Every match of every entry, overlapping ones and several entries of one phrase included, by start token:
   * for lists whose entries each need their own matches (PhraseGroup).
   */
  findEvery(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const root = this.root;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (!MATCHABLE.has(token.kind)) continue;
      const next = root.exact.get(token.norm);
      if (next) this.every(tokens, next, i, i + 1, out);
      for (const p of root.prefix) if (token.norm.startsWith(p.stem)) this.every(tokens, p.node, i, i + 1, out);
    }
    return out;
  }

  private every(tokens: readonly Token[], node: Node<T>, first: number, index: number, out: PhraseMatch<T>[]): void {
    for (const entry of node.entries) {
      const start = (tokens[first] as Token).start;
      const end = (tokens[index - 1] as Token).end;
      out.push({ start, end, first, last: index - 1, entry });
    }
    // A loop, not a call per gap: a run of punctuation must not deepen the recursion.
    let at = index;
    let skipped = false;
    while (at < tokens.length && this.skips(tokens[at] as Token, skipped)) {
      at++;
      skipped = true;
    }
    const token = tokens[at];
    if (!token || !MATCHABLE.has(token.kind)) return;
    const next = node.exact.get(token.norm);
    if (next) this.every(tokens, next, first, at + 1, out);
    for (const p of node.prefix) if (token.norm.startsWith(p.stem)) this.every(tokens, p.node, first, at + 1, out);
  }

  /** Whether `token`, inside a phrase, is a gap to step over (see PhraseGaps). */
  private skips(token: Token, skipped: boolean): boolean {
    if (token.kind !== 'punct' || this.gaps === 'none') return false;
    return this.gaps === 'punctuation' || (token.text === ',' && !skipped);
  }

  private couldStart(token: Token): boolean {
    if (!MATCHABLE.has(token.kind)) return false;
    if (this.root.exact.has(token.norm)) return true;
    for (const { stem } of this.root.prefix) if (token.norm.startsWith(stem)) return true;
    return false;
  }

  private longestAt(tokens: readonly Token[], first: number): PhraseMatch<T> | null {
    let bestLast = -1;
    let bestEntry: PhraseEntry<T> | undefined;
    // Depth-first over exact and wildcard branches; branches are few, phrases short. A state is a node, the index
    // of the next token, and whether it was reached by skipping a gap (no phrase may end on one). Where there is
    // one way on, the walk follows it without a stack; a fork leaves the other ways on the stack. The order is
    // that of a plain stack (the last branch pushed goes first), which decides between equally long matches.
    const { stackNodes: nodes, stackIndexes: indexes, stackSkipped: skips } = this;
    let top = 0;
    nodes[top] = this.root;
    indexes[top] = first;
    skips[top] = false;
    top++;
    while (top > 0) {
      top--;
      let node = nodes[top] as Node<T>;
      let index = indexes[top] as number;
      let skipped = skips[top] as boolean;
      for (;;) {
        const entry = node.entries[0];
        if (entry && !skipped && index > first && index - 1 > bestLast) {
          bestLast = index - 1;
          bestEntry = entry;
        }
        const token = tokens[index];
        if (!token) break;
        if (index > first && this.skips(token, skipped)) {
          index++;
          skipped = true;
          continue;
        }
        if (!MATCHABLE.has(token.kind)) break;
        let on = node.exact.get(token.norm);
        for (const { stem, node: child } of node.prefix) {
          if (!token.norm.startsWith(stem)) continue;
          if (on) {
            nodes[top] = on;
            indexes[top] = index + 1;
            skips[top] = false;
            top++;
          }
          on = child;
        }
        if (!on) break;
        node = on;
        index++;
        skipped = false;
      }
    }
    if (!bestEntry) return null;
    const start = tokens[first]?.start ?? 0;
    const end = tokens[bestLast]?.end ?? start;
    return { start, end, first, last: bestLast, entry: bestEntry };
  }
}
