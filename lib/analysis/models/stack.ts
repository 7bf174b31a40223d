// The learned layer beside the rules: per family, the model's logit and the rules' score go through the stacker
// into one calibrated probability, flagged at the line of the user's sensitivity. When the model flags a text the
// rules alone would not, the words that weighed most become findings of their own ("sounds like advertising"):
// cautions, which advise and colour the badge but stop a post only when the user asked to stop on cautions.
import { makeFinding } from '../finding';
import { SCORE_LINE } from '../sensitivity';
import type { CategoryScore, Finding, RuleInput, RuleMeta, Sensitivity } from '../types';
import { heaviestSpans } from './explain';
import type { LoadedModel, ModelFamily, ModelHeader, ModelLang } from './format';
import { type Features, featuresOf, logitOf, tokenContributions } from './linear';
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

/**
 * The stacker: the model's logit and the rules' score into one probability. Its inputs come from one function for
 * inference and training (scripts/train fits `stack` on them), so the two cannot disagree.
 */
export function stackProbability(stack: ModelHeader['stack'], z: number, rules: number): number {
  const x = stackFeatures(z, rules);
  return 1 / (1 + Math.exp(-(stack.w[0] * x[0] + stack.w[1] * x[1] + stack.w[2] * x[2] + stack.b)));
}

/** The stacker's three inputs: the model's logit, the rules' score, and whether any rule fired. */
export function stackFeatures(z: number, rules: number): [number, number, number] {
  return [z, rules, rules > 0 ? 1 : 0];
}

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

/**
 * The stacked scores of both families, or null for a family no model applies to (another language, no weights
 * installed, or `skip`ped because the user switched it off) or whose model fails: the rules' score then stands
 * alone, as the guard must never fail closed. The text's features are read once for both families.
 */
export function learnedScores(
  input: RuleInput,
  rules: Record<ModelFamily, CategoryScore>,
  sensitivity: Sensitivity,
  skip: (family: ModelFamily) => boolean,
): Record<ModelFamily, LearnedScore | null> {
  const read = new Map<number, Features>();
  const features = (bits: number) => {
    let f = read.get(bits);
    if (!f) {
      f = featuresOf(input.tokens, bits);
      read.set(bits, f);
    }
    return f;
  };
  const score = (family: ModelFamily) => {
    if (skip(family)) return null;
    try {
      return stacked(family, input, rules[family], sensitivity, features);
    } catch {
      return null;
    }
  };
  return { promotional: score('promotional'), hostile: score('hostile') };
}

function stacked(
  family: ModelFamily,
  input: RuleInput,
  rules: CategoryScore,
  sensitivity: Sensitivity,
  features: (bits: number) => Features,
): LearnedScore | null {
  const models = modelsFor(family, input);
  if (models.length === 0 || input.tokens.length === 0) return null;
  let best: { p: number; model: LoadedModel } | null = null;
  for (const model of models) {
    const p = stackProbability(model.stack, logitOf(model, features(model.bits)), rules.score);
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
