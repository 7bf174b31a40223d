// Deterministic stratified k-fold split: fold of each row, so cross-validated figures are the same on every run.
import { shuffled } from './logistic';

export function stratifiedFolds(labels: readonly (0 | 1)[], k: number, seed: number): number[] {
  const fold = new Array<number>(labels.length).fill(0);
  for (const cls of [0, 1] as const) {
    const idx = shuffled(
      labels.flatMap((l, i) => (l === cls ? [i] : [])),
      seed + cls,
    );
    idx.forEach((row, n) => {
      fold[row] = n % k;
    });
  }
  return fold;
}
