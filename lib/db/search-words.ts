// The words a record is found by in full-text search: stored in a multi-entry index, so a search reads
// only the matching keys instead of every text. Stored data: changing the rules needs a schema upgrade.

/** Longer "words" are URLs or base64 noise nobody searches for; a cap keeps one paste from bloating the index. */
const MAX_WORD = 40;
const MAX_WORDS = 300;

/** What counts as a word: a run of letters and digits. The history page marks hits by the same rule. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** A word as the index holds it. NFKC folds full-width letters and ligatures a paste can bring; 'ß' stays 'ß'. */
export const foldWord = (word: string) => word.normalize('NFKC').toLowerCase();

/** Lower-cased letter/digit runs of two or more characters, distinct, in first-seen order. */
export function searchWords(...texts: (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    // matchAll works on a copy of WORD, so the shared pattern's lastIndex never moves.
    for (const match of foldWord(text).matchAll(WORD)) {
      const word = match[0];
      if (word.length < 2 || word.length > MAX_WORD) continue;
      out.add(word);
      if (out.size >= MAX_WORDS) return [...out];
    }
  }
  return [...out];
}

/** A query's terms, the same way: every term must be the start of some word of a record to match. */
export function queryTerms(query: string): string[] {
  return searchWords(query.slice(0, 500)).slice(0, 8);
}
