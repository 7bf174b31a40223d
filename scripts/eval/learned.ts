// Figures of the learned layer: the shipped engine against its rules alone on a set, and cross-source estimates
// (train on one source, test on another) that say how the models generalise beyond the rows they learnt from.
import { analyze } from '../../lib/analysis/index';
import type { ModelFamily, ModelLang } from '../../lib/analysis/models/format';
import { modelLogit } from '../../lib/analysis/models/linear';
import { stackProbability } from '../../lib/analysis/models/stack';
import { uninstallWeights } from '../../lib/analysis/models/store';
import { tokenize } from '../../lib/analysis/tokenize';
import { installShippedWeights } from '../models';
import { ruleScores, trainModel } from '../train/pipeline';
import type { Row } from '../train/sources';
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
 * Trains the whole pipeline (model, stacker, lines) on `train` exactly as npm run train does, and measures the
 * quantised model as it ships on `test`: model alone at logit 0, stacked at the normal line chosen on `train` (out of
 * fold), beside the rules alone.
 */
export function crossSource(
  family: ModelFamily,
  lang: ModelLang,
  bits: number,
  train: readonly Row[],
  test: readonly Row[],
): { rules: BinaryFigures; model: BinaryFigures; stacked: BinaryFigures } {
  const { header, weights } = trainModel(family, lang, bits, train);
  const model = { ...header, offset: 0, weights };
  const rules = ruleScores(test, family, lang);
  const z = test.map((r) => modelLogit(model, tokenize(r.text)));
  const labels = test.map((r) => r.label);
  return {
    rules: binaryFigures(
      labels,
      rules.map((s) => s >= 0.5),
    ),
    model: binaryFigures(
      labels,
      z.map((v) => v >= 0),
    ),
    stacked: binaryFigures(
      labels,
      z.map((v, i) => stackProbability(header.stack, v, rules[i] as number) >= header.lines.normal),
    ),
  };
}
