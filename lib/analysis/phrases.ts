// Phrase lists compiled into a token trie: finds multi-word entries ("jetzt kaufen", "link in bio") in one
// pass over the tokens, with UTF-16 spans. A trailing "*" on a word matches any word it begins
// ("kauf*" finds kaufen, kauft). Cost is tokens × longest phrase, whatever the list's size.
import { normalizeWord, tokenize } from './tokenize';
import type { Token, TokenKind } from './types';

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

interface Node<T> {
  exact: Map<string, Node<T>>;
  prefix: { stem: string; node: Node<T> }[];
  entry?: PhraseEntry<T>;
}

const MATCHABLE: ReadonlySet<TokenKind> = new Set(['word', 'number', 'hashtag', 'mention', 'emoji', 'emoticon']);

const newNode = <T>(): Node<T> => ({ exact: new Map(), prefix: [] });

export class PhraseMatcher<T> {
  private compiled: Node<T> | null = null;
  readonly size: number;

  constructor(private readonly entries: readonly PhraseEntry<T>[]) {
    for (const entry of entries) {
      if (!/\S/.test(entry.phrase)) throw new Error(`Empty phrase in list: ${JSON.stringify(entry.phrase)}`);
    }
    this.size = entries.length;
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
    node.entry ??= entry;
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

  private couldStart(token: Token): boolean {
    if (!MATCHABLE.has(token.kind)) return false;
    if (this.root.exact.has(token.norm)) return true;
    for (const { stem } of this.root.prefix) if (token.norm.startsWith(stem)) return true;
    return false;
  }

  private longestAt(tokens: readonly Token[], first: number): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    // Depth-first over exact and wildcard branches; branches are few, phrases short.
    // The third field marks a state reached by skipping a comma: no phrase may end on one.
    const stack: [Node<T>, number, boolean][] = [[this.root, first, false]];
    while (stack.length) {
      const [node, index, skipped] = stack.pop() as [Node<T>, number, boolean];
      if (node.entry && !skipped && index > first && (!best || index - 1 > best.last)) {
        const start = tokens[first]?.start ?? 0;
        const end = tokens[index - 1]?.end ?? start;
        best = { start, end, first, last: index - 1, entry: node.entry };
      }
      const token = tokens[index];
      if (!token) continue;
      // Commas are optional in social-media writing: "nichts für ungut, aber" matches "nichts für ungut aber".
      if (token.kind === 'punct' && token.text === ',' && index > first && !skipped) {
        stack.push([node, index + 1, true]);
        continue;
      }
      if (!MATCHABLE.has(token.kind)) continue;
      const next = node.exact.get(token.norm);
      if (next) stack.push([next, index + 1, false]);
      for (const { stem, node: child } of node.prefix) {
        if (token.norm.startsWith(stem)) stack.push([child, index + 1, false]);
      }
    }
    return best;
  }
}
