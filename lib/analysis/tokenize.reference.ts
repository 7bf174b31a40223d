// Test oracle only, never imported at run time: the tokenizer's grammar written as one regex alternation (the
// first implementation). tokenize.test.ts checks the fast scanner against it on random text.
import { normalizeWord } from './tokenize';
import type { Token, TokenKind } from './types';

type RawKind = TokenKind | 'dotted';

const PATTERNS: [RawKind, string][] = [
  ['url', String.raw`(?:[hH][tT][tT][pP][sS]?:\/\/|[wW][wW][wW]\.)[^\s<>"'()\[\]{}]+`],
  ['email', String.raw`[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`],
  ['mention', String.raw`@[\p{L}\p{N}_]+`],
  ['hashtag', String.raw`#[\p{L}\p{N}_]+`],
  ['dotted', String.raw`[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)+(?:\/[^\s<>"'()\[\]{}]*)?`],
  ['number', String.raw`\p{N}+(?:[,:]\p{N}+)*`],
  ['word', String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*`],
  [
    'emoji',
    String.raw`(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}\uFE0F?[\u{1F3FB}-\u{1F3FF}]?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*)`,
  ],
  [
    'emoticon',
    String.raw`(?:<3|[:;=8][\-o*']?[)\](\[dDpP\/\\|}{@3*]|[:;=][\-']?[cCoOsSlLxX](?![\p{L}\p{N}])|[)(][\-o']?[:;=])`,
  ],
  ['punct', '[!?¡¿.,;:…‽]+'],
];
const KINDS = PATTERNS.map(([kind]) => kind);
const TOKEN_RE = new RegExp(PATTERNS.map(([, source]) => `(${source})`).join('|'), 'gu');
const TLDS = new Set(
  'com de net org info biz shop store io ly me at ch eu co tv app link online site xyz gl gg ru tk us uk fr it nl be pl es'.split(
    ' ',
  ),
);
const NUMERIC = /^[\p{N},:]+$/u;
const PART = /[\p{L}\p{M}\p{N}-]+|\./gu;

function push(tokens: Token[], text: string, kind: TokenKind, start: number): void {
  tokens.push({ text, norm: normalizeWord(text), kind, start, end: start + text.length });
}

function pushDotted(tokens: Token[], value: string, start: number): void {
  const host = value.split('/')[0] ?? value;
  const labels = host.split('.');
  const last = labels[labels.length - 1]?.toLowerCase() ?? '';
  if (TLDS.has(last) && labels.length >= 2 && /\p{L}/u.test(labels[0] ?? '')) {
    push(tokens, value, 'url', start);
    return;
  }
  if (NUMERIC.test(host.replace(/\./g, '')) && host === value) {
    push(tokens, value, 'number', start);
    return;
  }
  PART.lastIndex = 0;
  for (let m = PART.exec(host); m !== null; m = PART.exec(host)) {
    const kind: TokenKind = m[0] === '.' ? 'punct' : NUMERIC.test(m[0]) ? 'number' : 'word';
    push(tokens, m[0], kind, start + m.index);
  }
}

export function tokenizeReference(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let kind: RawKind = 'word';
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        kind = KINDS[g - 1] ?? 'word';
        break;
      }
    }
    let value = m[0];
    if (kind === 'url' || kind === 'dotted') {
      value = value.replace(/[.,;:!?…]+$/u, '');
      TOKEN_RE.lastIndex = m.index + value.length;
    }
    if (value === '') continue;
    if (kind === 'dotted') pushDotted(tokens, value, m.index);
    else push(tokens, value, kind, m.index);
  }
  return tokens;
}
