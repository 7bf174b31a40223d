// The words a record is found by in full-text search: stored in a multi-entry index, so a search reads
// only the matching keys instead of every text. Stored data: changing the rules needs a schema upgrade.

/** Longer "words" are URLs or base64 noise nobody searches for; a cap keeps one paste from bloating the index. */
const MAX_WORD = 40;
const MAX_WORDS = 300;

/** Lower-cased letter/digit runs of two or more characters, distinct, in first-seen order. */
export function searchWords(...texts: (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    // NFKC folds full-width letters and ligatures a paste can bring; 'ß' stays 'ß' (German readers type it).
    for (const match of text
      .normalize('NFKC')
      .toLowerCase()
      .matchAll(/[\p{L}\p{N}]+/gu)) {
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
