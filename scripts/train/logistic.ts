// Logistic regression over hashed sparse features, trained by AdaGrad with L2, in a fixed order from a seeded
// shuffle: the same data and options give the same weights on every machine (no threads, no Math.random).
export interface Example {
  buckets: Uint32Array;
  value: number;
  label: 0 | 1;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** L2 strength per example step. */
  l2: number;
  rate: number;
  seed: number;
  /** Weight of the positive class's loss (to balance skewed sets); 1 = as is. */
  positiveWeight?: number;
}

export interface FloatModel {
  bits: number;
  weights: Float64Array;
  bias: number;
}

/** Mulberry32: a small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = prng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function floatLogit(model: FloatModel, ex: { buckets: Uint32Array; value: number }): number {
  let z = model.bias;
  for (const b of ex.buckets) z += (model.weights[b] ?? 0) * ex.value;
  return z;
}

export function trainLogistic(examples: readonly Example[], options: TrainOptions): FloatModel {
  const size = 1 << options.bits;
  const weights = new Float64Array(size);
  const grads = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasGrad = 1e-8;
  const positiveWeight = options.positiveWeight ?? 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const order = shuffled(examples, options.seed + epoch);
    for (const ex of order) {
      let z = bias;
      for (const b of ex.buckets) z += (weights[b] as number) * ex.value;
      const p = sigmoid(z);
      const g = (p - ex.label) * (ex.label === 1 ? positiveWeight : 1);
      biasGrad += g * g;
      bias -= (options.rate * g) / Math.sqrt(biasGrad);
      for (const b of ex.buckets) {
        const w = weights[b] as number;
        const gi = g * ex.value + options.l2 * w;
        grads[b] = (grads[b] as number) + gi * gi;
        weights[b] = w - (options.rate * gi) / Math.sqrt(grads[b] as number);
      }
    }
  }
  return { bits: options.bits, weights, bias };
}
