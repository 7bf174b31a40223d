// Points a model's flag at words: the tokens that added most to the logit, merged into spans where they touch.
// Used only when the model flags a text and no rule of that family did, so every flag still shows its reasons.
import type { Token } from '../types';

/**
 * Words that carry grammar, not meaning: they can weigh in a model (char grams they share with other words), but
 * "und" or "your" highlighted as the reason for a flag explains nothing.
 */
const GRAMMAR = new Set(
  `der die das den dem des ein eine einen einem einer eines und oder aber für mit von zu zum zur im in am an auf bei
  bis aus nach vor über unter ist sind war hat haben wird werden es er sie wir ihr du ich man sich uns euch dich dir
  mich mir unser unsere unseren unserem euer eure deine dein deinen ihre ihren sein seine so auch noch nur mal da
  wie was wer wenn dass als the a an and or but for with of to in on at by from is are was were be it its this that
  these those you your yours we our ours they their i me my he she his her him them us all any some will would can
  could should just so as if than then there here`.split(/\s+/),
);

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
