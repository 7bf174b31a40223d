// Hashed n-gram features of a tokenised text, as the linear models read them: word unigrams and bigrams and the
// character 3–5-grams of each word, each hashed (FNV-1a over UTF-16 code units, no substrings built) into 2^bits
// buckets. The same function feeds training (scripts/train) and inference, so the two cannot drift apart.
import type { Token } from '../types';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// One seed per feature kind, so "ab" as a word and "ab" as a character gram land in different buckets.
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca6b;
const SEED_CHAR = 0xc2b2ae35;
const SEED_SHAPE = 0x27d4eb2f;

/** Longest word whose character grams are taken: a 1 MB "word" must not cost a million grams. */
const MAX_GRAM_WORD = 24;
const MIN_GRAM = 3;
const MAX_GRAM = 5;

function hashString(seed: number, s: string, from: number, to: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Word boundary marker, hashed in as if it were a character: "<ab" and "ab>" differ from "ab". */
const EDGE = 0x2;

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 15), 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h ^ b, 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/** What a token stands for as a "word": URLs, mentions and numbers by their kind, so no address is learnt. */
function wordOf(token: Token): string | null {
  switch (token.kind) {
    case 'word':
    case 'hashtag':
    case 'emoji':
    case 'emoticon':
      return token.norm;
    case 'url':
      return '\u0001url';
    case 'email':
      return '\u0001email';
    case 'mention':
      return '\u0001mention';
    case 'number':
      return token.norm.length > 4 ? '\u0001longnumber' : '\u0001number';
    case 'punct':
      return token.norm.includes('!') ? '\u0001bang' : token.norm.includes('?') ? '\u0001ask' : null;
    default:
      return null;
  }
}

/** Called once per feature occurrence with its bucket and the index of the token it came from. */
export type FeatureSink = (bucket: number, token: number) => void;

/** Emits every feature of the tokens into sink; buckets are in 0..2^bits-1. */
export function emitFeatures(tokens: readonly Token[], bits: number, sink: FeatureSink): void {
  const mask = (1 << bits) - 1;
  let prev = 0;
  let hasPrev = false;
  let words = 0;
  let capsWords = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    const word = wordOf(token);
    if (word === null) {
      hasPrev = false;
      continue;
    }
    const h = hashString(SEED_WORD, word, 0, word.length);
    sink(h & mask, t);
    if (hasPrev) sink(mix(prev ^ SEED_BIGRAM, h) & mask, t);
    prev = h;
    hasPrev = true;
    if (token.kind !== 'word') continue;
    words++;
    if (token.text.length > 2 && token.text !== token.norm && token.text === token.text.toUpperCase()) capsWords++;
    const n = Math.min(word.length, MAX_GRAM_WORD);
    // Character grams over EDGE + word + EDGE, position by position, each gram's hash grown one code unit at a time.
    for (let start = -1; start < n - 1; start++) {
      let g = (FNV_OFFSET ^ SEED_CHAR) >>> 0;
      for (let len = 1; len <= MAX_GRAM && start + len <= n + 1; len++) {
        const i = start + len - 1;
        const code = i < 0 || i >= n ? EDGE : word.charCodeAt(i);
        g = Math.imul(g ^ code, FNV_PRIME) >>> 0;
        if (len >= MIN_GRAM) sink(g & mask, t);
      }
    }
  }
  // Shape: a text mostly in capitals reads as shouting, a useful cue for both spam and hostility.
  if (words >= 3 && capsWords * 2 >= words) sink(hashString(SEED_SHAPE, 'caps', 0, 4) & mask, -1);
}

/**
 * The distinct buckets of a text with their weight: binary presence, scaled to unit length (so a long text does
 * not outweigh a short one by its length alone).
 */
export function featureVector(tokens: readonly Token[], bits: number): { buckets: Uint32Array; value: number } {
  const seen = new Set<number>();
  emitFeatures(tokens, bits, (bucket) => {
    seen.add(bucket);
  });
  const buckets = Uint32Array.from(seen);
  return { buckets, value: buckets.length ? 1 / Math.sqrt(buckets.length) : 0 };
}
