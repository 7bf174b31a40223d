// The learned layer beside the rules: per family, the model's logit and the rules' score go through the stacker
// into one calibrated probability, flagged at the line of the user's sensitivity. When the model flags a text the
// rules alone would not, the words that weighed most become findings of their own ("sounds like advertising"):
// cautions, which advise and colour the badge but stop a post only when the user asked to stop on cautions.
import { makeFinding } from '../finding';
import { SCORE_LINE } from '../sensitivity';
import type { CategoryScore, Finding, RuleInput, RuleMeta, Sensitivity } from '../types';
import { heaviestSpans } from './explain';
import type { LoadedModel, ModelFamily, ModelLang } from './format';
import { modelLogit, releaseFeatures, tokenContributions } from './linear';
import { modelFor } from './store';

export const MODEL_RULES: Record<ModelFamily, RuleMeta> = {
  promotional: {
    id: 'promotional-model',
    category: 'promotional',
    languages: ['de', 'en'],
    defaultSeverity: 'caution',
    messageKeys: ['finding.model.promotional'],
  },
  hostile: {
    id: 'hostile-model',
    category: 'hostile',
    languages: ['de', 'en'],
    defaultSeverity: 'caution',
    messageKeys: ['finding.model.hostile'],
  },
};

export interface LearnedScore {
  score: CategoryScore;
  findings: Finding[];
  lines: Record<Sensitivity, number>;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The models that apply: the text's language, or both of de/en when it could be either. */
function modelsFor(family: ModelFamily, input: RuleInput): LoadedModel[] {
  const langs: readonly ModelLang[] =
    input.lang === 'de' || input.lang === 'en' ? [input.lang] : input.lang === 'und' ? input.languages : [];
  const out: LoadedModel[] = [];
  for (const lang of langs) {
    const model = modelFor(family, lang);
    if (model) out.push(model);
  }
  return out;
}

/** Call once both families are scored: the features they shared are let go. */
export function learnedDone(): void {
  releaseFeatures();
}

/**
 * The stacked score of a family, or null when no model applies (another language, or no weights installed) or
 * the model fails: the rules' score then stands alone, as the guard must never fail closed.
 */
export function learnedScore(
  family: ModelFamily,
  input: RuleInput,
  rules: CategoryScore,
  sensitivity: Sensitivity,
): LearnedScore | null {
  try {
    return stacked(family, input, rules, sensitivity);
  } catch {
    return null;
  }
}

function stacked(
  family: ModelFamily,
  input: RuleInput,
  rules: CategoryScore,
  sensitivity: Sensitivity,
): LearnedScore | null {
  const models = modelsFor(family, input);
  if (models.length === 0 || input.tokens.length === 0) return null;
  let best: { p: number; model: LoadedModel } | null = null;
  for (const model of models) {
    const z = modelLogit(model, input.tokens);
    const [wz, wr, wf] = model.stack.w;
    const p = sigmoid(wz * z + wr * rules.score + wf * (rules.score > 0 ? 1 : 0) + model.stack.b);
    if (!best || p > best.p) best = { p, model };
  }
  if (!best || !Number.isFinite(best.p)) return null;
  const { p, model } = best;
  const lines = model.lines;
  const score = Math.round(p * 1000) / 1000;
  const flagged = score >= lines[sensitivity];
  const findings: Finding[] = [];
  if (flagged && rules.score < SCORE_LINE[sensitivity]) {
    const meta = MODEL_RULES[family];
    for (const span of heaviestSpans(input.tokens, tokenContributions(model, input.tokens))) {
      const finding = makeFinding(input, meta, span, `finding.model.${family}`, { confidence: score });
      finding.args = { words: finding.actual };
      findings.push(finding);
    }
  }
  // A flag the model cannot point at any words would be a flag without a reason: it is not raised.
  return {
    score: { score, flagged: flagged && (findings.length > 0 || rules.score >= SCORE_LINE[sensitivity]) },
    findings,
    lines,
  };
}
