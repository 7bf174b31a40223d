// The weights file (public/models/listen-first.bin): "LFM1", a little-endian uint32 header length, a JSON header
// (what made the weights, per model its shape, stacker and score lines), then each model's int8 weights. Parsing
// checks every length and offset, so a truncated or foreign file is refused with a message, never half-loaded.
import type { Sensitivity } from '../types';

export type ModelFamily = 'hostile' | 'promotional';
export type ModelLang = 'de' | 'en';

export interface ModelHeader {
  family: ModelFamily;
  lang: ModelLang;
  /** log2 of the number of hashed buckets. */
  bits: number;
  /** weight = int8 × scale. */
  scale: number;
  bias: number;
  /** Byte offset of the weights after the header. */
  offset: number;
  /**
   * The stacker: probability = sigmoid(w[0]·model logit + w[1]·rules' score + w[2]·[a rule fired] + b), fitted on
   * out-of-fold model logits, so it is calibrated on texts the model did not see.
   */
  stack: { w: [number, number, number]; b: number };
  /** Probability from which a text is flagged, per sensitivity setting. */
  lines: Record<Sensitivity, number>;
}

export interface WeightsHeader {
  version: 1;
  /** sha256 of the training data and of the scripts and feature code that made the weights. */
  dataHash: string;
  scriptHash: string;
  models: ModelHeader[];
}

export interface LoadedModel extends ModelHeader {
  weights: Int8Array;
}

const MAGIC = 'LFM1';

export function encodeWeights(header: WeightsHeader, weights: Int8Array[]): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const total = 8 + json.length + weights.reduce((n, w) => n + w.length, 0);
  const out = new Uint8Array(total);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  header.models.forEach((m, i) => {
    out.set(new Uint8Array((weights[i] as Int8Array).buffer), 8 + json.length + m.offset);
  });
  return out;
}

export function decodeWeights(bytes: Uint8Array): { header: WeightsHeader; models: LoadedModel[] } {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC)
    throw new Error('Not a Listen First weights file');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + headerLength > bytes.length) throw new Error('Weights file truncated in its header');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as WeightsHeader;
  if (header.version !== 1 || !Array.isArray(header.models)) throw new Error('Unknown weights file version');
  const body = 8 + headerLength;
  const models = header.models.map((m) => {
    const size = 1 << m.bits;
    const start = body + m.offset;
    if (m.bits < 8 || m.bits > 20 || start + size > bytes.length)
      throw new Error(`Weights of ${m.family}-${m.lang} truncated`);
    // A copy, so the model does not keep the whole file (or a message's buffer) alive.
    return { ...m, weights: new Int8Array(bytes.slice(start, start + size).buffer) };
  });
  return { header, models };
}
