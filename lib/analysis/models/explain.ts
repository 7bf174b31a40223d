// Points a model's flag at words: the tokens that added most to the logit, merged into spans where they touch.
// Used only when the model flags a text and no rule of that family did, so every flag still shows its reasons.
import { GRAMMAR_WORDS } from '../lexicons/grammar-words';
import type { Token } from '../types';

/** "und" or "your" highlighted as the reason for a flag would explain nothing. */
const GRAMMAR = new Set(GRAMMAR_WORDS);

export interface Span {
  start: number;
  end: number;
}

/** Up to `max` spans around the tokens that weighed most (each at least `share` of the strongest one). */
export function heaviestSpans(tokens: readonly Token[], contributions: Float64Array, max = 2, share = 0.4): Span[] {
  let top = 0;
  contributions.forEach((c, i) => {
    const token = tokens[i];
    if (c > top && token && token.kind !== 'punct' && !GRAMMAR.has(token.norm)) top = c;
  });
  if (top <= 0) return [];
  const picked: number[] = [];
  contributions.forEach((c, i) => {
    const token = tokens[i];
    if (c >= top * share && token && token.kind !== 'punct' && !GRAMMAR.has(token.norm)) picked.push(i);
  });
  picked.sort((a, b) => (contributions[b] as number) - (contributions[a] as number));
  const chosen = picked.slice(0, max * 2).sort((a, b) => a - b);
  const spans: { start: number; end: number; weight: number }[] = [];
  let last = -2;
  for (const i of chosen) {
    const token = tokens[i] as Token;
    const current = spans[spans.length - 1];
    if (current && i === last + 1) {
      current.end = token.end;
      current.weight += contributions[i] as number;
    } else spans.push({ start: token.start, end: token.end, weight: contributions[i] as number });
    last = i;
  }
  return spans
    .sort((a, b) => b.weight - a.weight)
    .slice(0, max)
    .sort((a, b) => a.start - b.start)
    .map(({ start, end }) => ({ start, end }));
}
