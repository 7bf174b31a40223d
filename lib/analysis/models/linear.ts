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

/** A text's distinct feature buckets at one hash width: read once, scored by every model of that width. */
export interface Features {
  bits: number;
  buckets: Uint32Array;
}

export function featuresOf(tokens: readonly Token[], bits: number): Features {
  const gen = nextGeneration(bits);
  const out: number[] = [];
  emitFeatures(tokens, bits, (bucket) => {
    if (stamps[bucket] === gen) return;
    stamps[bucket] = gen;
    out.push(bucket);
  });
  return { bits, buckets: Uint32Array.from(out) };
}

/** The model's logit: bias + scale × Σ weight over the distinct buckets, scaled to unit length. */
export function logitOf(model: LoadedModel, features: Features): number {
  checkShape(model);
  if (features.bits !== model.bits) throw new Error(`${model.family}-${model.lang}: features of another width`);
  const { weights } = model;
  const { buckets } = features;
  let sum = 0;
  for (const bucket of buckets) sum += weights[bucket] as number;
  return buckets.length === 0 ? model.bias : model.bias + (sum * model.scale) / Math.sqrt(buckets.length);
}

/** The model's logit for the tokens (one model, one text: scripts and tests). */
export function modelLogit(model: LoadedModel, tokens: readonly Token[]): number {
  checkShape(model);
  return logitOf(model, featuresOf(tokens, model.bits));
}

/** Each token's share of the logit (a bucket counts for the first token that produced it). */
export function tokenContributions(model: LoadedModel, tokens: readonly Token[]): Float64Array {
  checkShape(model);
  const gen = nextGeneration(model.bits);
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
