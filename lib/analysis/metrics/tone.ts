// Tone of a text: positive, neutral or negative with a score in -1..1.
import type { RuleInput, ToneResult } from '../types';

export function scoreTone(_input: RuleInput): ToneResult {
  return { label: 'neutral', score: 0 };
}
