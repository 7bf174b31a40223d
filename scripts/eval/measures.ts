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
