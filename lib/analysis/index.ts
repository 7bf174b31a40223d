// The analysis engine's one public entry: analyze(text, context) -> tone, promotional, hostile, verdict,
// findings. Synchronous and pure (no DOM, no browser APIs), so content scripts, the side panel and the CLI
// share it, and a submit never waits for it.
import { buildInput } from './input';
import { scoreHostile } from './metrics/hostile';
import { scorePromotional } from './metrics/promotional';
import { scoreTone } from './metrics/tone';
import { triage } from './metrics/triage';
import { RULES } from './rules/index';
import { promotionIntoNegative } from './rules/tone-clash';
import type { AnalysisContext, AnalysisResult, CategoryScore, Finding, Rule, Verdict } from './types';
import { findWatchlist } from './watchlist';

export type * from './types';

const PROMO_CATEGORIES = new Set(['promotional', 'spam']);

function applies(rule: Rule, languages: readonly ('de' | 'en')[]): boolean {
  const wanted = rule.meta.languages;
  return wanted === 'any' || wanted.some((l) => languages.includes(l));
}

export function verdictFor(findings: readonly Finding[], promotional: CategoryScore, hostile: CategoryScore): Verdict {
  if (promotional.flagged || hostile.flagged || findings.some((f) => f.severity === 'warn')) return 'warn';
  if (findings.some((f) => f.severity === 'caution')) return 'caution';
  return 'ok';
}

export function analyze(text: string, context: AnalysisContext = {}): AnalysisResult {
  const input = buildInput(text, context);
  const { lang } = input;

  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!applies(rule, input.languages)) continue;
    try {
      // A loop, not push(...): a 1 MB text can yield more findings than a call may take arguments.
      for (const finding of rule.check(input)) findings.push(finding);
    } catch {
      // One broken rule must not cost the user the other findings (nor their post).
    }
  }
  const watch = findWatchlist(input);
  for (const finding of watch.findings) findings.push(finding);
  findings.sort((a, b) => a.start - b.start || b.end - a.end);

  const promotional = scorePromotional(
    input,
    findings.filter((f) => PROMO_CATEGORIES.has(f.category)),
  );
  if (promotional.score > 0) {
    for (const finding of promotionIntoNegative(input, promotional.score)) findings.push(finding);
    findings.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const hostile = scoreHostile(
    input,
    findings.filter((f) => f.category === 'hostile'),
  );
  const tone = scoreTone(input);
  const { isQuestion, isComplaint } = triage(input, tone);
  return {
    lang,
    tone,
    promotional,
    hostile,
    verdict: verdictFor(findings, promotional, hostile),
    findings,
    isQuestion,
    isComplaint,
    watchlist: watch.terms,
  };
}
