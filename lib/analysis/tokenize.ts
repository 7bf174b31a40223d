// One linear pass that splits text into tokens with UTF-16 offsets: words, numbers, URLs, e-mail addresses,
// @mentions, #hashtags, emoji, emoticons and punctuation runs. No alternative has nested quantifiers that
// could re-scan input, so no text makes it backtrack; spaces and other symbols are skipped.
import type { Token, TokenKind } from './types';

type RawKind = TokenKind | 'dotted';

const PATTERNS: [RawKind, string][] = [
  ['url', String.raw`(?:https?:\/\/|www\.)[^\s<>"'()\[\]{}]+`],
  ['email', String.raw`[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`],
  ['mention', String.raw`@[\p{L}\p{N}_]+`],
  ['hashtag', String.raw`#[\p{L}\p{N}_]+`],
  // Dotted runs ("shop.example.com/sale", "z.B.", "1.000,50") are consumed whole and classified after.
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
  ['punct', String.raw`[!?¡¿.,;:…‽]+`],
];

const KINDS = PATTERNS.map(([kind]) => kind);
const TOKEN_RE = new RegExp(PATTERNS.map(([, source]) => `(${source})`).join('|'), 'gu');

/** Endings that make a dotted run a web address even without "http" or "www". */
const TLDS = new Set(
  'com de net org info biz shop store io ly me at ch eu co tv app link online site xyz gl gg ru tk us uk fr it nl be pl es'.split(
    ' ',
  ),
);
const NUMERIC = /^[\p{N},:]+$/u;
const PART = /[\p{L}\p{M}\p{N}-]+|\./gu;

export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

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
  // Abbreviations and run-together sentences ("z.B.", "gut.Danke"): words and full stops as usual.
  PART.lastIndex = 0;
  for (let m = PART.exec(host); m !== null; m = PART.exec(host)) {
    const kind: TokenKind = m[0] === '.' ? 'punct' : NUMERIC.test(m[0]) ? 'number' : 'word';
    push(tokens, m[0], kind, start + m.index);
  }
}

export function tokenize(text: string): Token[] {
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
    // A web address at the end of a sentence ("see www.x.de.") leaves the full stop outside.
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
