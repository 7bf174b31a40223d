// Inference of one hashed linear model: the logit of a text from its distinct feature buckets, and, only when a
// flag needs explaining, how much each token added. Distinct buckets are found with a stamp array (no Set per call).
import type { Token } from '../types';
import { emitFeatures } from './features';
import type { LoadedModel } from './format';

let stamps = new Uint32Array(0);
let generation = 0;

function nextGeneration(bits: number): number {
  if (stamps.length < 1 << bits) stamps = new Uint32Array(1 << bits);
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    stamps.fill(0);
    generation = 1;
  }
  return generation;
}

/** A model whose weights do not fill its buckets would read undefined as NaN: refused, so the caller fails open. */
function checkShape(model: LoadedModel): void {
  if (model.weights.length !== 1 << model.bits) throw new Error(`${model.family}-${model.lang}: weights do not match`);
}

// The distinct buckets of the last text read: both families' models share one feature pass per text.
let lastTokens: readonly Token[] | null = null;
let lastBits = 0;
let lastBuckets = new Uint32Array(0);
let lastCount = 0;

function distinctBuckets(tokens: readonly Token[], bits: number): { buckets: Uint32Array; count: number } {
  if (tokens === lastTokens && bits === lastBits) return { buckets: lastBuckets, count: lastCount };
  const gen = nextGeneration(bits);
  let count = 0;
  emitFeatures(tokens, bits, (bucket) => {
    if (stamps[bucket] === gen) return;
    stamps[bucket] = gen;
    if (count === lastBuckets.length) {
      const grown = new Uint32Array(Math.max(256, count * 2));
      grown.set(lastBuckets);
      lastBuckets = grown;
    }
    lastBuckets[count++] = bucket;
  });
  lastTokens = tokens;
  lastBits = bits;
  lastCount = count;
  return { buckets: lastBuckets, count };
}

/** Drops the last text's tokens, so a long text is not kept alive after its analysis. */
export function releaseFeatures(): void {
  lastTokens = null;
}

/** The model's logit for the tokens: bias + scale × Σ weight over distinct buckets, scaled to unit length. */
export function modelLogit(model: LoadedModel, tokens: readonly Token[]): number {
  checkShape(model);
  const { buckets, count } = distinctBuckets(tokens, model.bits);
  const { weights } = model;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += weights[buckets[i] as number] as number;
  return count === 0 ? model.bias : model.bias + (sum * model.scale) / Math.sqrt(count);
}

/** Each token's share of the logit (a bucket counts for the first token that produced it). */
export function tokenContributions(model: LoadedModel, tokens: readonly Token[]): Float64Array {
  checkShape(model);
  const gen = nextGeneration(model.bits);
  lastTokens = null;
  const raw = new Float64Array(tokens.length);
  let count = 0;
  emitFeatures(tokens, model.bits, (bucket, token) => {
    if (stamps[bucket] === gen) return;
    stamps[bucket] = gen;
    count++;
    if (token >= 0) raw[token] = (raw[token] as number) + (model.weights[bucket] as number);
  });
  const norm = count ? model.scale / Math.sqrt(count) : 0;
  for (let i = 0; i < raw.length; i++) raw[i] = (raw[i] as number) * norm;
  return raw;
}
