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

/** The model's logit for the tokens: bias + scale × Σ weight over distinct buckets, scaled to unit length. */
export function modelLogit(model: LoadedModel, tokens: readonly Token[]): number {
  const gen = nextGeneration(model.bits);
  const { weights } = model;
  let sum = 0;
  let count = 0;
  emitFeatures(tokens, model.bits, (bucket) => {
    if (stamps[bucket] === gen) return;
    stamps[bucket] = gen;
    sum += weights[bucket] as number;
    count++;
  });
  return count === 0 ? model.bias : model.bias + (sum * model.scale) / Math.sqrt(count);
}

/** Each token's share of the logit (a bucket counts for the first token that produced it). */
export function tokenContributions(model: LoadedModel, tokens: readonly Token[]): Float64Array {
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
