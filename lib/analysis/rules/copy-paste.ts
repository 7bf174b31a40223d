// The same text posted again: a draft that (nearly) repeats one of the user's own recent posts elsewhere.
// Copy-paste across threads is what spam accounts do, and readers notice. Uses context.repeatSimilarity (from the
// background) or context.recentPosts.
import { REPEAT_CHECK_CHARS } from '../../limits';
import { makeFinding } from '../finding';
import { tokenize } from '../tokenize';
import type { Finding, Rule, RuleInput, RuleMeta, Token } from '../types';
import { severityFor } from './shared/promotional';

const meta: RuleMeta = {
  id: 'copy-paste',
  category: 'spam',
  languages: 'any',
  defaultSeverity: 'warn',
  messageKeys: ['finding.promo.copyPaste'],
};

/** Short stock replies ("Danke dir!", "Thanks a lot") are fine to repeat; only longer texts count. */
const MIN_WORDS = 6;
/** Bounds the work on a long history: recent posts are what readers remember anyway. */
const MAX_POSTS = 50;
const SIMILAR = 0.8;

function words(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.kind === 'word' || t.kind === 'number' || t.kind === 'url') out.push(t.norm);
  return out;
}

function bigrams(ws: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < ws.length; i++) set.add(`${ws[i]} ${ws[i + 1]}`);
  return set;
}

/** Recent posts stay the same while the user types: their word pairs are computed once, not per keystroke. */
interface Shape {
  joined: string;
  words: Set<string>;
  pairs: Set<string>;
}
const postCache = new Map<string, Shape | null>();
const CACHE_SIZE = 200;

function postShape(post: string) {
  const cached = postCache.get(post);
  if (cached !== undefined) return cached;
  const ws = words(tokenize(post.slice(0, REPEAT_CHECK_CHARS)));
  const shape = ws.length < MIN_WORDS ? null : { joined: ws.join(' '), words: new Set(ws), pairs: bigrams(ws) };
  if (postCache.size >= CACHE_SIZE) postCache.clear();
  postCache.set(post, shape);
  return shape;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * How close a text is to the closest of `posts` (0..1; 1 is the same words in the same order). The background
 * calls this with the user's recent posts on one site, so those texts never reach a page's process.
 */
export function repeatSimilarity(tokens: readonly Token[], posts: readonly unknown[]): number {
  const mine = words(tokens.length > 4000 ? tokens.slice(0, 4000) : tokens);
  if (mine.length < MIN_WORDS) return 0;
  const mineWords = new Set(mine);
  const minePairs = bigrams(mine);
  const joined = mine.join(' ');
  let best = 0;
  for (const post of posts.slice(0, MAX_POSTS)) {
    if (typeof post !== 'string') continue;
    const theirs = postShape(post);
    if (!theirs) continue;
    // Shared words catch an edited date or name, shared word pairs a reordered text: both count half.
    const similarity =
      theirs.joined === joined ? 1 : (jaccard(mineWords, theirs.words) + jaccard(minePairs, theirs.pairs)) / 2;
    if (similarity > best) best = similarity;
    if (best === 1) break;
  }
  return best;
}

export const copyPaste: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    if (input.tokens.length === 0) return [];
    const { repeatSimilarity: given, recentPosts } = input.context;
    // The extension passes the background's answer; the command line and tests pass the posts themselves.
    const best =
      typeof given === 'number'
        ? given
        : Array.isArray(recentPosts) && recentPosts.length
          ? repeatSimilarity(input.tokens, recentPosts)
          : 0;
    if (!(best >= SIMILAR)) return [];
    const first = input.tokens[0] as Token;
    const last = input.tokens[input.tokens.length - 1] as Token;
    const confidence = best >= 1 ? 0.85 : 0.65;
    return [
      makeFinding(input, meta, { start: first.start, end: last.end }, 'finding.promo.copyPaste', {
        args: { percent: Math.round(Math.min(1, best) * 100) },
        confidence,
        severity: severityFor(confidence),
      }),
    ];
  },
};

export default copyPaste;
