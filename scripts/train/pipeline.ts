// One model's training from rows to shipped weights: features, 5-fold out-of-fold logits, the rules' scores, the
// stacker and its lines fitted on those, then the full model quantised to int8. Shared by npm run train, npm run
// eval (cross-validated figures) and the determinism test, so all three measure the same pipeline.
import { analyze } from '../../lib/analysis/index';
import { featureVector } from '../../lib/analysis/models/features';
import type { ModelFamily, ModelHeader, ModelLang } from '../../lib/analysis/models/format';
import { stackProbability } from '../../lib/analysis/models/stack';
import { uninstallWeights } from '../../lib/analysis/models/store';
import { tokenize } from '../../lib/analysis/tokenize';
import type { Sensitivity } from '../../lib/analysis/types';
import { stratifiedFolds } from './folds';
import { type Example, type FloatModel, floatLogit, type TrainOptions, trainLogistic } from './logistic';
import type { Row } from './sources';
import { chooseLines, fitStacker, type ReliabilityBin, reliability } from './stacker';

export const FOLDS = 5;
export const FOLD_SEED = 7;
export const OPTIONS: Omit<TrainOptions, 'bits'> = { epochs: 5, l2: 1e-5, rate: 0.2, seed: 1 };

const GOALS = {
  promotional: { minPrecision: 0.95, lowPrecision: 0.98, measure: 'f1' },
  hostile: { minPrecision: 0, lowPrecision: 0.85, measure: 'officialF' },
} as const;

export function featurize(rows: readonly Row[], bits: number): Example[] {
  return rows.map((r) => ({ ...featureVector(tokenize(r.text), bits), label: r.label }));
}

/** The rules' own score of each row (no model installed), as analyze() computes it for a comment. */
export function ruleScores(rows: readonly Row[], family: ModelFamily, lang: ModelLang): number[] {
  uninstallWeights();
  return rows.map((r) => analyze(r.text, { mode: 'item', langHint: lang })[family].score);
}

/** Each row's logit from a model trained on the other folds. */
export function outOfFold(examples: readonly Example[], bits: number, folds = FOLDS): number[] {
  const fold = stratifiedFolds(
    examples.map((e) => e.label),
    folds,
    FOLD_SEED,
  );
  const logits = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const model = trainLogistic(
      examples.filter((_, i) => fold[i] !== k),
      { ...OPTIONS, bits },
    );
    examples.forEach((e, i) => {
      if (fold[i] === k) logits[i] = floatLogit(model, e);
    });
  }
  return logits;
}

export function quantize(model: FloatModel): { weights: Int8Array; scale: number } {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const weights = new Int8Array(model.weights.length);
  model.weights.forEach((w, i) => {
    weights[i] = Math.round(w / scale);
  });
  return { weights, scale: Math.round(scale * 1e9) / 1e9 };
}

export interface Trained {
  header: Omit<ModelHeader, 'offset'>;
  weights: Int8Array;
  /** Out-of-fold figures: model alone (stacker without rules), rules alone, stacked. */
  oof: { model: number[]; rules: number[]; stacked: number[]; labels: (0 | 1)[]; sources: string[] };
  reliability: ReliabilityBin[];
  lines: Record<Sensitivity, number>;
}

export function trainModel(family: ModelFamily, lang: ModelLang, bits: number, rows: readonly Row[]): Trained {
  const examples = featurize(rows, bits);
  const logits = outOfFold(examples, bits);
  const rules = ruleScores(rows, family, lang);
  const labels = rows.map((r) => r.label);
  const stackRows = rows.map((r, i) => ({ z: logits[i] as number, rules: rules[i] as number, label: r.label }));
  const stack = fitStacker(stackRows);
  const stacked = stackRows.map((r) => stackProbability(stack, r.z, r.rules));
  const lines = chooseLines(stacked, labels, GOALS[family]);
  const full = trainLogistic(examples, { ...OPTIONS, bits });
  const { weights, scale } = quantize(full);
  return {
    header: { family, lang, bits, scale, bias: Math.round(full.bias * 1e9) / 1e9, stack, lines },
    weights,
    oof: { model: logits, rules, stacked, labels, sources: rows.map((r) => r.source) },
    reliability: reliability(stacked, labels),
    lines,
  };
}
