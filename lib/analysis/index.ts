// The analysis engine's one public entry: analyze(text, context) -> tone, promotional, hostile, verdict,
// findings. Synchronous and pure (no DOM, no browser APIs), so content scripts, the side panel and the CLI
// share it, and a submit never waits for it.
import { findAlwaysFlag } from './always-flag';
import { disabledRuleIds } from './families';
import { buildInput } from './input';
import { scoreHostile } from './metrics/hostile';
import { scorePromotional } from './metrics/promotional';
import { scoreTone } from './metrics/tone';
import { triage } from './metrics/triage';
import { learnedScores, MODEL_RULES } from './models/stack';
import { reportRuleError } from './rule-errors';
import { RULES } from './rules/index';
import { promotionIntoNegative, TONE_CLASH_META } from './rules/tone-clash';
import { applySensitivity, SCORE_LINE } from './sensitivity';
import type { AnalysisContext, AnalysisResult, CategoryScore, Finding, Rule, Sensitivity, Verdict } from './types';
import { findWatchlist } from './watchlist';

export type * from './types';

const PROMO_CATEGORIES: ReadonlySet<string> = new Set(['promotional', 'spam']);
const HOSTILE_CATEGORIES: ReadonlySet<string> = new Set(['hostile']);
const MODEL_RULE_IDS: ReadonlySet<string> = new Set(Object.values(MODEL_RULES).map((m) => m.id));

/**
 * A score's flag at the user's sensitivity: its line moves (sensitivity.ts), and it stays up only while one of
 * its findings is still shown, so every reason for a warning can be seen (at 'normal' that always holds).
 */
function atSensitivity(
  score: CategoryScore,
  sensitivity: Sensitivity,
  shown: readonly Finding[],
  categories: ReadonlySet<string>,
  lines: Record<Sensitivity, number> = SCORE_LINE,
): CategoryScore {
  if (sensitivity === 'normal') return score;
  const flagged = score.score >= lines[sensitivity] && shown.some((f) => categories.has(f.category));
  return flagged === score.flagged ? score : { ...score, flagged };
}

function applies(rule: Rule, languages: readonly ('de' | 'en')[]): boolean {
  const wanted = rule.meta.languages;
  return wanted === 'any' || wanted.some((l) => languages.includes(l));
}

export function verdictFor(findings: readonly Finding[], promotional: CategoryScore, hostile: CategoryScore): Verdict {
  // A family's flag is a warning when a rule backs it; the learned layer alone advises (its findings are cautions):
  // a model may take a brand's everyday voice for an advert, and a post must never be stopped on a guess alone.
  const backed = (categories: ReadonlySet<string>) =>
    findings.some((f) => categories.has(f.category) && !MODEL_RULE_IDS.has(f.ruleId));
  if (
    (promotional.flagged && backed(PROMO_CATEGORIES)) ||
    (hostile.flagged && backed(HOSTILE_CATEGORIES)) ||
    findings.some((f) => f.severity === 'warn')
  )
    return 'warn';
  if (findings.some((f) => f.severity === 'caution')) return 'caution';
  return 'ok';
}

export function analyze(text: string, context: AnalysisContext = {}): AnalysisResult {
  const input = buildInput(text, context);
  const { lang } = input;

  // Switched-off rules do not run at all: they add no findings and no evidence to the scores (comment badges).
  const disabled = disabledRuleIds(context.disabledRules);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!applies(rule, input.languages) || disabled.has(rule.meta.id)) continue;
    try {
      // A loop, not push(...): a 1 MB text can yield more findings than a call may take arguments.
      for (const finding of rule.check(input)) findings.push(finding);
    } catch (error) {
      // One broken rule must not cost the user the other findings (nor their post); tests listen here.
      reportRuleError(rule.meta.id, error);
    }
  }
  const watch = findWatchlist(input);
  for (const finding of watch.findings) findings.push(finding);
  for (const finding of findAlwaysFlag(input)) findings.push(finding);
  findings.sort((a, b) => a.start - b.start || b.end - a.end);

  const sensitivity = context.sensitivity ?? 'normal';
  const promoRules = scorePromotional(
    input,
    findings.filter((f) => PROMO_CATEGORIES.has(f.category)),
  );
  if (promoRules.score > 0 && !disabled.has(TONE_CLASH_META.id)) {
    for (const finding of promotionIntoNegative(input, promoRules.score)) findings.push(finding);
  }
  const hostileRules = scoreHostile(
    input,
    findings.filter((f) => f.category === 'hostile'),
  );
  // The learned layer (models/): one calibrated probability per family from the model and the rules' score.
  const learned = learnedScores(input, { promotional: promoRules, hostile: hostileRules }, sensitivity, (family) =>
    disabled.has(MODEL_RULES[family].id),
  );
  const promoLearned = learned.promotional;
  const hostileLearned = learned.hostile;
  for (const learned of [promoLearned, hostileLearned]) if (learned) for (const f of learned.findings) findings.push(f);
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const tone = scoreTone(input);
  const { isQuestion, isComplaint } = triage(input, tone);
  const shown = applySensitivity(findings, sensitivity);
  const promo = atSensitivity(
    promoLearned?.score ?? promoRules,
    sensitivity,
    shown,
    PROMO_CATEGORIES,
    promoLearned?.lines,
  );
  const hostility = atSensitivity(
    hostileLearned?.score ?? hostileRules,
    sensitivity,
    shown,
    HOSTILE_CATEGORIES,
    hostileLearned?.lines,
  );
  return {
    lang,
    tone,
    promotional: promo,
    hostile: hostility,
    verdict: verdictFor(shown, promo, hostility),
    findings: shown,
    isQuestion,
    isComplaint,
    watchlist: watch.terms,
  };
}
