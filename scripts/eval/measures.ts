// Precision, recall and F1 per class, and macro-F1: the figures npm run eval prints.
export interface ClassFigures {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function classFigures<L>(gold: readonly L[], predicted: readonly L[], label: L): ClassFigures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] === label;
    const p = predicted[i] === label;
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { label: String(label), precision, recall, f1, support: tp + fn };
}

export function macroF1(figures: readonly ClassFigures[]): number {
  return figures.reduce((sum, f) => sum + f.f1, 0) / Math.max(1, figures.length);
}

export function accuracy<L>(gold: readonly L[], predicted: readonly L[]): number {
  let right = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) right++;
  return gold.length ? right / gold.length : 0;
}

export function formatFigures(rows: readonly ClassFigures[]): string {
  const pct = (x: number) => x.toFixed(3);
  return rows
    .map((r) => `  ${r.label.padEnd(10)} P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}  (n=${r.support})`)
    .join('\n');
}

/** Binary figures of a yes/no task: P, R, F1 of the positive class, macro-F1, and GermEval's official F. */
export interface BinaryFigures {
  precision: number;
  recall: number;
  f1: number;
  macroF1: number;
  /** Harmonic mean of macro-precision and macro-recall (GermEval 2018/2021's official score). */
  officialF: number;
  n: number;
}

export function binaryFigures(gold: readonly (0 | 1)[], predicted: readonly boolean[]): BinaryFigures {
  const g = gold.map((x) => x === 1);
  const yes = classFigures(g, predicted, true);
  const no = classFigures(g, predicted, false);
  const macroP = (yes.precision + no.precision) / 2;
  const macroR = (yes.recall + no.recall) / 2;
  return {
    precision: yes.precision,
    recall: yes.recall,
    f1: yes.f1,
    macroF1: (yes.f1 + no.f1) / 2,
    officialF: macroP + macroR === 0 ? 0 : (2 * macroP * macroR) / (macroP + macroR),
    n: gold.length,
  };
}

export function formatBinary(name: string, f: BinaryFigures): string {
  const x = (v: number) => v.toFixed(3);
  return `  ${name.padEnd(44)} P ${x(f.precision)}  R ${x(f.recall)}  F1 ${x(f.f1)}  macro-F1 ${x(f.macroF1)}  official F ${x(f.officialF)}  (n=${f.n})`;
}
