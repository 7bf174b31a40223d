// The stacker and its read-outs: a 3-feature logistic regression (model logit, rules' score, a rule fired) fitted
// by Newton's method on out-of-fold logits; the score lines per sensitivity; and the reliability table.
import { stackFeatures } from '../../lib/analysis/models/stack';
import type { Sensitivity } from '../../lib/analysis/types';
import { sigmoid } from './logistic';

export interface StackRow {
  z: number;
  rules: number;
  label: 0 | 1;
}

/** The stacker's inputs as the engine builds them (lib/analysis/models/stack.ts), and 1 for the intercept. */
const featuresOf = (r: StackRow) => [...stackFeatures(r.z, r.rules), 1];

/** Solves a 4×4 system by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    for (let r = c + 1; r < n; r++) {
      const f = (m[r]?.[c] ?? 0) / (m[c]?.[c] || 1e-12);
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = (m[r]?.[k] ?? 0) - f * (m[c]?.[k] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]?.[n] ?? 0;
    for (let k = r + 1; k < n; k++) s -= (m[r]?.[k] ?? 0) * (x[k] as number);
    x[r] = s / (m[r]?.[r] || 1e-12);
  }
  return x;
}

export function fitStacker(rows: readonly StackRow[], l2 = 1e-3): { w: [number, number, number]; b: number } {
  let beta = [1, 0, 0, 0];
  for (let iter = 0; iter < 25; iter++) {
    const grad = [0, 0, 0, 0];
    const hess = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
    for (const r of rows) {
      const x = featuresOf(r);
      const p = sigmoid(x.reduce((s, v, i) => s + v * (beta[i] as number), 0));
      const wgt = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < 4; i++) {
        grad[i] = (grad[i] as number) + (p - r.label) * (x[i] as number);
        for (let j = 0; j < 4; j++)
          (hess[i] as number[])[j] = (hess[i]?.[j] ?? 0) + wgt * (x[i] as number) * (x[j] as number);
      }
    }
    for (let i = 0; i < 3; i++) {
      grad[i] = (grad[i] as number) + l2 * rows.length * (beta[i] as number);
      (hess[i] as number[])[i] = (hess[i]?.[i] ?? 0) + l2 * rows.length;
    }
    const step = solve(hess, grad);
    beta = beta.map((b, i) => b - (step[i] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    w: [round(beta[0] as number), round(beta[1] as number), round(beta[2] as number)],
    b: round(beta[3] as number),
  };
}

function prf(probabilities: readonly number[], labels: readonly (0 | 1)[], line: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  probabilities.forEach((p, i) => {
    const yes = p >= line;
    if (yes && labels[i] === 1) tp++;
    else if (yes) fp++;
    else if (labels[i] === 1) fn++;
    else tn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const p0 = tn + fn ? tn / (tn + fn) : 1;
  const r0 = tn + fp ? tn / (tn + fp) : 0;
  const macroP = (precision + p0) / 2;
  const macroR = (recall + r0) / 2;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    officialF: macroP + macroR ? (2 * macroP * macroR) / (macroP + macroR) : 0,
  };
}

/**
 * Score lines (each at least 0.5 for 'normal'): 'normal' is the line with the best F1 (promotional: among lines keeping precision ≥ minPrecision;
 * hostile: the best official F), 'low' keeps precision ≥ lowPrecision above it, 'high' lowers the line by a third.
 */
export function chooseLines(
  probabilities: readonly number[],
  labels: readonly (0 | 1)[],
  goal: { minPrecision: number; lowPrecision: number; measure: 'f1' | 'officialF' },
): Record<Sensitivity, number> {
  // The normal line is never below 0.5: a text is flagged only when it is more likely than not what we say it is.
  // (GermEval's official F peaks lower on its balanced test sets, but a draft is not a test set.)
  const candidates = Array.from({ length: 46 }, (_, i) => 0.5 + i * 0.01);
  let normal = 0.5;
  let best = -1;
  for (const line of candidates) {
    const f = prf(probabilities, labels, line);
    if (f.precision < goal.minPrecision) continue;
    if (f[goal.measure] > best + 1e-9) {
      best = f[goal.measure];
      normal = line;
    }
  }
  let low = Math.min(0.95, normal + 0.1);
  for (let line = normal + 0.01; line <= 0.95; line += 0.01) {
    if (prf(probabilities, labels, line).precision >= goal.lowPrecision) {
      low = Math.max(line, Math.min(0.95, normal + 0.05));
      break;
    }
  }
  const r = (v: number) => Math.round(v * 100) / 100;
  return { low: r(low), normal: r(normal), high: r(normal * (2 / 3)) };
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

/** Ten equal-width bins of predicted probability: how often texts in each bin really are positive. */
export function reliability(probabilities: readonly number[], labels: readonly (0 | 1)[], bins = 10): ReliabilityBin[] {
  const out = Array.from({ length: bins }, (_, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    count: 0,
    sumP: 0,
    pos: 0,
  }));
  probabilities.forEach((p, i) => {
    const bin = out[Math.min(bins - 1, Math.floor(p * bins))];
    if (!bin) return;
    bin.count++;
    bin.sumP += p;
    bin.pos += labels[i] as number;
  });
  return out.map((b) => ({
    from: b.from,
    to: b.to,
    count: b.count,
    meanPredicted: b.count ? b.sumP / b.count : 0,
    observed: b.count ? b.pos / b.count : 0,
  }));
}

export function formatReliability(table: readonly ReliabilityBin[]): string {
  return table
    .filter((b) => b.count > 0)
    .map(
      (b) =>
        `    ${b.from.toFixed(1)}–${b.to.toFixed(1)}  n=${String(b.count).padStart(5)}  predicted ${b.meanPredicted.toFixed(3)}  observed ${b.observed.toFixed(3)}`,
    )
    .join('\n');
}
