// Several rules' phrase lists in one PhraseMatcher, matched once per text: each rule then takes the longest of its
// own matches. The promotional rules' lists overlap ("subscribe to my" / "my channel") and each rule needs its own
// matches; one pass for all, instead of one per rule and language, keeps that area within its time budget.
import type { Token } from '../types';
import { type PhraseGaps, PhraseMatcher } from './phrases';

export type ListLang = 'de' | 'en';

/** A match of one list entry, with the language of the list it came from. */
export interface GroupMatch<D> {
  start: number;
  end: number;
  first: number;
  last: number;
  lang: ListLang;
  data: D;
}

type Lists<D> = Partial<Record<ListLang, readonly D[]>>;

interface Tagged<K, D> {
  key: K;
  lang: ListLang;
  data: D;
}

interface Hit<K, D> extends GroupMatch<D> {
  key: K;
}

export class PhraseGroup<K extends string, D extends { phrase: string }> {
  private readonly lists: { key: K; lists: Lists<D> }[] = [];
  private matcher: PhraseMatcher<Tagged<K, D>> | null = null;
  /** Every match of the text, by its token array: the group's rules run one after another on the same input. */
  private cache = new WeakMap<readonly Token[], Hit<K, D>[]>();

  constructor(private readonly gaps: PhraseGaps) {}

  /**
   * Adds one rule's lists and returns its matcher: the longest of the rule's matches at each position, left to
   * right, not overlapping, from the lists of the given languages.
   */
  add(key: K, lists: Lists<D>): (tokens: readonly Token[], languages: readonly ListLang[]) => GroupMatch<D>[] {
    this.lists.push({ key, lists });
    this.matcher = null;
    this.cache = new WeakMap();
    return (tokens, languages) => {
      const own: GroupMatch<D>[] = [];
      for (const hit of this.every(tokens)) if (hit.key === key && languages.includes(hit.lang)) own.push(hit);
      return longestFirst(own);
    };
  }

  /** Compiles the group's lists and builds their trie now, ahead of the first text (a content script's warm-up). */
  warm(): void {
    this.matcher ??= this.compile();
    this.matcher.warm();
  }

  private compile(): PhraseMatcher<Tagged<K, D>> {
    // In key order, not the order the rules' modules loaded in: the trie's branch order decides which of a rule's
    // entries wins a tie, and that must not depend on who imported what first.
    const byKey = [...this.lists].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const entries = byKey.flatMap(({ key, lists }) =>
      (['de', 'en'] as const).flatMap((lang) =>
        (lists[lang] ?? []).map((data) => ({ phrase: data.phrase, data: { key, lang, data } })),
      ),
    );
    return new PhraseMatcher(entries, { gaps: this.gaps });
  }

  private every(tokens: readonly Token[]): Hit<K, D>[] {
    const cached = this.cache.get(tokens);
    if (cached) return cached;
    // Compiled on the first text, not when the rules load: the lists are long (see PhraseMatcher's lazy trie).
    this.matcher ??= this.compile();
    const out: Hit<K, D>[] = [];
    for (const m of this.matcher.findEvery(tokens)) {
      const { key, lang, data } = m.entry.data;
      out.push({ start: m.start, end: m.end, first: m.first, last: m.last, lang, data, key });
    }
    this.cache.set(tokens, out);
    return out;
  }
}

/** Longest match at each position, left to right, not overlapping (what PhraseMatcher.findAll returns). */
function longestFirst<M extends { first: number; last: number }>(matches: M[]): M[] {
  matches.sort((a, b) => a.first - b.first || b.last - a.last);
  const out: M[] = [];
  let next = 0;
  for (const m of matches) {
    if (m.first < next) continue;
    out.push(m);
    next = m.last + 1;
  }
  return out;
}
