// Keyword watchlist: the user's own terms, matched as words or phrases (with "*" for word beginnings).
import { makeFinding } from './finding';
import { PhraseMatcher } from './match/phrases';
import type { Finding, RuleInput, RuleMeta } from './types';

export const WATCHLIST_META: RuleMeta = {
  id: 'watchlist',
  category: 'watchlist',
  languages: 'any',
  defaultSeverity: 'info',
  messageKeys: ['finding.watchlist'],
};

// Compiled lists are cached by identity: a thread of 1,000 comments shares one watchlist array.
const cache = new WeakMap<readonly string[], PhraseMatcher<string>>();

function matcherFor(terms: readonly string[]): PhraseMatcher<string> {
  let matcher = cache.get(terms);
  if (!matcher) {
    const entries = terms
      .map((t) => t.trim())
      .filter((t) => t !== '' && t !== '*')
      .map((t) => ({ phrase: t, data: t }));
    matcher = new PhraseMatcher(entries);
    cache.set(terms, matcher);
  }
  return matcher;
}

export function findWatchlist(input: RuleInput): { findings: Finding[]; terms: string[] } {
  const terms = input.context.watchlist;
  if (!terms?.length) return { findings: [], terms: [] };
  const matches = matcherFor(terms).findAll(input.tokens);
  const findings = matches.map((m) =>
    makeFinding(input, WATCHLIST_META, m, 'finding.watchlist', { args: { term: m.entry.data }, confidence: 1 }),
  );
  return { findings, terms: [...new Set(matches.map((m) => m.entry.data))] };
}
