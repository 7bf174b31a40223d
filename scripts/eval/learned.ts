// Figures of the learned layer: the shipped engine against its rules alone on a set, and cross-source estimates
// (train on one source, test on another) that say how the models generalise beyond the rows they learnt from.
import { analyze } from '../../lib/analysis/index';
import type { ModelFamily, ModelLang } from '../../lib/analysis/models/format';
import { uninstallWeights } from '../../lib/analysis/models/store';
import { installShippedWeights } from '../models';
import { floatLogit, trainLogistic } from '../train/logistic';
import { featurize, OPTIONS, outOfFold, ruleScores } from '../train/pipeline';
import type { Row } from '../train/sources';
import { chooseLines, fitStacker, stackProbability } from '../train/stacker';
import { type BinaryFigures, binaryFigures } from './measures';

export interface Judged {
  rules: boolean[];
  shipped: boolean[];
  labels: (0 | 1)[];
}

/** Each row judged by the rules alone and by the shipped engine (rules and models), as a comment in `lang`. */
export function judge(rows: readonly Row[], family: ModelFamily, lang: ModelLang | 'de-en'): Judged {
  const hint = lang === 'de-en' ? undefined : lang;
  const flags = () => rows.map((r) => analyze(r.text, { mode: 'item', langHint: hint })[family].flagged);
  uninstallWeights();
  const rules = flags();
  installShippedWeights();
  const shipped = flags();
  return { rules, shipped, labels: rows.map((r) => r.label) };
}

export function figuresOf(judged: Judged): { rules: BinaryFigures; shipped: BinaryFigures } {
  return { rules: binaryFigures(judged.labels, judged.rules), shipped: binaryFigures(judged.labels, judged.shipped) };
}

/** Where the two disagree: rows only the rules flag, rows only the shipped engine flags, and how many were right. */
export function disagreements(judged: Judged) {
  let rulesOnly = 0;
  let rulesOnlyRight = 0;
  let shippedOnly = 0;
  let shippedOnlyRight = 0;
  const examples: { rulesOnly: number[]; shippedOnly: number[] } = { rulesOnly: [], shippedOnly: [] };
  judged.labels.forEach((label, i) => {
    if (judged.rules[i] && !judged.shipped[i]) {
      rulesOnly++;
      if (label === 1) rulesOnlyRight++;
      examples.rulesOnly.push(i);
    } else if (!judged.rules[i] && judged.shipped[i]) {
      shippedOnly++;
      if (label === 1) shippedOnlyRight++;
      examples.shippedOnly.push(i);
    }
  });
  return { rulesOnly, rulesOnlyRight, shippedOnly, shippedOnlyRight, examples };
}

/**
 * Trains the whole pipeline (model, stacker, lines) on `train` and measures it on `test`: model alone at logit 0,
 * and stacked at the line chosen on `train` (out of fold), beside the rules alone.
 */
export function crossSource(
  family: ModelFamily,
  lang: ModelLang,
  bits: number,
  train: readonly Row[],
  test: readonly Row[],
  minPrecision: number,
): { rules: BinaryFigures; model: BinaryFigures; stacked: BinaryFigures } {
  const trainEx = featurize(train, bits);
  const testEx = featurize(test, bits);
  const oof = outOfFold(trainEx, bits);
  const trainRules = ruleScores(train, family, lang);
  const testRules = ruleScores(test, family, lang);
  const stack = fitStacker(
    train.map((r, i) => ({ z: oof[i] as number, rules: trainRules[i] as number, label: r.label })),
  );
  const lines = chooseLines(
    train.map((_, i) => stackProbability(stack, { z: oof[i] as number, rules: trainRules[i] as number })),
    train.map((r) => r.label),
    { minPrecision, lowPrecision: 0.98, measure: family === 'hostile' ? 'officialF' : 'f1' },
  );
  const model = trainLogistic(trainEx, { ...OPTIONS, bits });
  const z = testEx.map((e) => floatLogit(model, e));
  const labels = test.map((r) => r.label);
  return {
    rules: binaryFigures(
      labels,
      testRules.map((s) => s >= 0.5),
    ),
    model: binaryFigures(
      labels,
      z.map((v) => v >= 0),
    ),
    stacked: binaryFigures(
      labels,
      z.map((v, i) => stackProbability(stack, { z: v, rules: testRules[i] as number }) >= lines.normal),
    ),
  };
}
