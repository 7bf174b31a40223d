// Phrases the user asked to always flag in their drafts (an internal code name, a competitor, a word their
// brand avoids): matched like the watchlist, reported as warnings, because the user said they matter.
import { makeFinding } from './finding';
import { PhraseMatcher } from './match/phrases';
import type { Finding, RuleInput, RuleMeta } from './types';

/**
 * Severity 'warn', not 'caution': the default guard stops only warnings, and a user who lists a phrase to
 * "always flag" wants to be stopped once before it goes out, not just to see an amber badge.
 */
export const ALWAYS_FLAG_META: RuleMeta = {
  id: 'always-flag',
  category: 'custom',
  languages: 'any',
  defaultSeverity: 'warn',
  messageKeys: ['finding.always-flag'],
};

const cache = new WeakMap<readonly string[], PhraseMatcher<string>>();

function matcherFor(phrases: readonly string[]): PhraseMatcher<string> {
  let matcher = cache.get(phrases);
  if (!matcher) {
    const entries = phrases
      .map((p) => p.trim())
      .filter((p) => p !== '' && p !== '*')
      .map((p) => ({ phrase: p, data: p }));
    matcher = new PhraseMatcher(entries);
    cache.set(phrases, matcher);
  }
  return matcher;
}

/** Drafts only: in other people's comments the watchlist is the tool for finding words. */
export function findAlwaysFlag(input: RuleInput): Finding[] {
  const phrases = input.context.alwaysFlag;
  if (!phrases?.length || input.context.mode === 'item') return [];
  return matcherFor(phrases)
    .findAll(input.tokens)
    .map((m) =>
      makeFinding(input, ALWAYS_FLAG_META, m, 'finding.always-flag', { args: { phrase: m.entry.data }, confidence: 1 }),
    );
}
