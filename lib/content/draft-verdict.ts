// What the user sees of an analysis of their draft: findings minus the phrases they chose to ignore and the rules
// they silenced, the verdict those leave, and whether that verdict stops the first submit at their threshold. Pure.
import { disabledRuleIds } from '../analysis/families';
import { verdictFor } from '../analysis/index';
import type { AnalysisResult, Finding, Verdict } from '../analysis/types';
import type { Settings } from '../settings-model';

export interface DraftVerdict {
  verdict: Verdict;
  findings: Finding[];
}

const PROMO = new Set(['promotional', 'spam']);

/** Normalised form of a phrase, as "ignore this phrase" stores it. */
export const phraseKey = (phrase: string) => phrase.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Drops findings on ignored phrases (a finding without words, such as "less is more", cannot be ignored this way)
 * and findings of silenced rules or families: the engine skips those too, but a result analysed before the user
 * silenced one must lose its findings at once, not with the next analysis.
 * A promotional or hostile score only counts while one of its findings is still shown: the user must be able to
 * see, and silence, every reason for a warning.
 */
export function draftVerdict(
  result: AnalysisResult,
  ignored: readonly string[],
  disabled: readonly string[] = [],
): DraftVerdict {
  const skip = new Set(ignored.map(phraseKey));
  const off = disabledRuleIds(disabled);
  const findings = result.findings.filter((f) => !off.has(f.ruleId) && !(f.actual && skip.has(phraseKey(f.actual))));
  const promotional = {
    ...result.promotional,
    flagged: result.promotional.flagged && findings.some((f) => PROMO.has(f.category)),
  };
  const hostile = {
    ...result.hostile,
    flagged: result.hostile.flagged && findings.some((f) => f.category === 'hostile'),
  };
  return { verdict: verdictFor(findings, promotional, hostile), findings };
}

/** Whether a draft with this verdict is stopped on its first submit: the guard on, and the verdict at its threshold. */
export function stopsAt(verdict: Verdict, guard: Pick<Settings, 'warnBeforePosting' | 'guard'>): boolean {
  if (!guard.warnBeforePosting) return false;
  if (guard.guard === 'caution') return verdict === 'warn' || verdict === 'caution';
  return verdict === 'warn';
}
