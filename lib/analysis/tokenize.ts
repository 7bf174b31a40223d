// One linear pass that splits text into tokens with UTF-16 offsets: words, numbers, URLs, e-mail addresses,
// @mentions, #hashtags, emoji, emoticons and punctuation runs. A hand-written scanner that looks at each
// character a bounded number of times (no regex alternation re-scanning words), so no input can make it slow.
import type { Token, TokenKind } from './types';

// Character classes, computed once per BMP code point on first sight (a table, so content scripts do not pay
// for 65,536 regex tests at start-up). Astral characters are classified on the spot; they are mostly emoji.
const LETTER = 1;
const MARK = 2;
const DIGIT = 4;
const PICTO = 8;
const KNOWN = 128;
const table = new Uint8Array(0x10000);
const L_RE = /\p{L}/u;
const M_RE = /\p{M}/u;
const N_RE = /\p{N}/u;
const PICTO_RE = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (
    (L_RE.test(ch) ? LETTER : 0) |
    (M_RE.test(ch) ? MARK : 0) |
    (N_RE.test(ch) ? DIGIT : 0) |
    (PICTO_RE.test(ch) ? PICTO : 0)
  );
}

function classOf(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return LETTER;
    if (cp >= 48 && cp <= 57) return DIGIT;
    return 0;
  }
  if (cp > 0xffff) return classify(cp);
  let c = table[cp] ?? 0;
  if (c === 0) {
    c = classify(cp) | KNOWN;
    table[cp] = c;
  }
  return c & ~KNOWN;
}

const isLN = (c: number) => (c & (LETTER | DIGIT)) !== 0;
const isLMN = (c: number) => (c & (LETTER | MARK | DIGIT)) !== 0;

/** Code point at i and its length in UTF-16 units. */
function cpAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

const URL_STOP_ASCII = new Set([...' \t\n\r\f\v<>"\'()[]{}'].map((c) => c.charCodeAt(0)));
const SPACE_RE = /\s/;
const isUrlStop = (code: number) => (code < 0x80 ? URL_STOP_ASCII.has(code) : SPACE_RE.test(String.fromCharCode(code)));
/** What a trailing run may not keep: a full stop after an address belongs to the sentence. */
const TRAILING = new Set([...'.,;:!?…'].map((c) => c.charCodeAt(0)));
const EMAIL_LOCAL_EXTRA = new Set([...'_%+-'].map((c) => c.charCodeAt(0)));
const PUNCT = new Set([...'!?¡¿.,;:…‽'].map((c) => c.charCodeAt(0)));
const APOSTROPHE_OR_HYPHEN = new Set([0x27, 0x2019, 0x2d]);
const DOT = 0x2e;
const HYPHEN = 0x2d;
const SLASH = 0x2f;
const AT = 0x40;
const HASH = 0x23;
const UNDERSCORE = 0x5f;

// Emoji sequences and emoticons are short and rare: sticky regexes at the position are cheap enough.
const EMOJI_RE =
  /(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}\uFE0F?[\u{1F3FB}-\u{1F3FF}]?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*)/uy;
const EMOTICON_RE = /(?:<3|[:;=8][-o*']?[)\]([dDpP/\\|}{@3*]|[:;=][-']?[cCoOsSlLxX](?![\p{L}\p{N}])|[)(][-o']?[:;=])/uy;
const EMOTICON_START = new Set([...'<:;=)('].map((c) => c.charCodeAt(0)));

/** Endings that make a dotted run a web address even without "http" or "www". */
const TLDS = new Set(
  'com de net org info biz shop store io ly me at ch eu co tv app link online site xyz gl gg ru tk us uk fr it nl be pl es'.split(
    ' ',
  ),
);
const NUMERIC = /^[\p{N},:]+$/u;

export function normalizeWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function push(tokens: Token[], text: string, kind: TokenKind, start: number): void {
  tokens.push({ text, norm: normalizeWord(text), kind, start, end: start + text.length });
}

/** Index after a run of characters whose class satisfies `ok` (plus extra code units). */
function scanWhile(text: string, i: number, ok: (c: number, cp: number) => boolean): number {
  while (i < text.length) {
    const cp = cpAt(text, i);
    if (!ok(classOf(cp), cp)) break;
    i += width(cp);
  }
  return i;
}

const lnHyphen = (c: number, cp: number) => isLN(c) || cp === HYPHEN;
const emailLocal = (c: number, cp: number) => isLN(c) || EMAIL_LOCAL_EXTRA.has(cp);

/** Dot-separated labels after `i` (each ".label" with at least one character); returns the end, or -1 if none. */
function scanLabels(
  text: string,
  i: number,
  label: (c: number, cp: number) => boolean,
  ends: { count: number },
): number {
  let end = i;
  ends.count = 0;
  while (text.charCodeAt(end) === DOT) {
    const next = scanWhile(text, end + 1, label);
    if (next === end + 1) break;
    end = next;
    ends.count++;
  }
  return end;
}

function tryUrl(text: string, i: number): number {
  const first = text.charCodeAt(i) | 0x20;
  if (first !== 0x68 && first !== 0x77) return -1; // only "h…" and "w…" can start one
  const head = text.slice(i, i + 8).toLowerCase();
  if (!(head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.'))) return -1;
  const prefix = head.startsWith('www.') ? 4 : head.startsWith('https://') ? 8 : 7;
  let end = i + prefix;
  while (end < text.length && !isUrlStop(text.charCodeAt(end))) end++;
  return end > i + prefix ? end : -1;
}

function tryEmail(text: string, i: number): number {
  const labels = { count: 0 };
  let end = scanWhile(text, i, emailLocal);
  if (end === i) return -1;
  end = scanLabels(text, end, emailLocal, labels);
  if (text.charCodeAt(end) !== AT) return -1;
  const domainStart = end + 1;
  const domainEnd = scanWhile(text, domainStart, lnHyphen);
  if (domainEnd === domainStart) return -1;
  const final = scanLabels(text, domainEnd, lnHyphen, labels);
  return labels.count > 0 ? final : -1;
}

function tryDotted(text: string, i: number): number {
  if (!isLN(classOf(cpAt(text, i)))) return -1;
  const labels = { count: 0 };
  const first = scanWhile(text, i, lnHyphen);
  const end = scanLabels(text, first, lnHyphen, labels);
  if (labels.count === 0) return -1;
  if (text.charCodeAt(end) !== SLASH) return end;
  let path = end + 1;
  while (path < text.length && !isUrlStop(text.charCodeAt(path))) path++;
  return path;
}

function scanNumber(text: string, i: number): number {
  const digit = (c: number) => (c & DIGIT) !== 0;
  let end = scanWhile(text, i, digit);
  for (;;) {
    const sep = text.charCodeAt(end);
    if (sep !== 0x2c && sep !== 0x3a) break;
    const next = scanWhile(text, end + 1, digit);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

function scanWord(text: string, i: number): number {
  let end = scanWhile(text, i, isLMN);
  while (APOSTROPHE_OR_HYPHEN.has(text.charCodeAt(end))) {
    const next = scanWhile(text, end + 1, isLMN);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

function scanTag(text: string, i: number): number {
  return scanWhile(text, i + 1, (c, cp) => isLN(c) || cp === UNDERSCORE);
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
  let offset = 0;
  for (const [index, label] of host.split('.').entries()) {
    if (index > 0) {
      push(tokens, '.', 'punct', start + offset);
      offset++;
    }
    if (label) push(tokens, label, NUMERIC.test(label) ? 'number' : 'word', start + offset);
    offset += label.length;
  }
}

const trimTrailingPunct = (text: string, start: number, end: number) => {
  let e = end;
  while (e > start && TRAILING.has(text.charCodeAt(e - 1))) e--;
  return e;
};

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = cpAt(text, i);
    const c = classOf(cp);

    if (isLMN(c) || EMAIL_LOCAL_EXTRA.has(cp)) {
      // Alternatives in the order the original grammar tried them: URL, e-mail, dotted run, number, word.
      const url = tryUrl(text, i);
      if (url > 0) {
        const end = trimTrailingPunct(text, i, url);
        push(tokens, text.slice(i, end), 'url', i);
        i = end;
        continue;
      }
      // An e-mail address or a dotted run needs "@" or "." right after the first run of word characters;
      // most words have neither, and skip both attempts.
      const after = text.charCodeAt(scanWhile(text, i, emailLocal));
      if (after === AT || after === DOT) {
        const email = tryEmail(text, i);
        if (email > 0) {
          push(tokens, text.slice(i, email), 'email', i);
          i = email;
          continue;
        }
        const dotted = tryDotted(text, i);
        if (dotted > 0) {
          const end = trimTrailingPunct(text, i, dotted);
          pushDotted(tokens, text.slice(i, end), i);
          i = end;
          continue;
        }
      }
      if (c & DIGIT && !(c & LETTER)) {
        const end = scanNumber(text, i);
        push(tokens, text.slice(i, end), 'number', i);
        i = end;
        continue;
      }
      if (isLMN(c)) {
        const end = scanWord(text, i);
        push(tokens, text.slice(i, end), 'word', i);
        i = end;
        continue;
      }
      i += width(cp);
      continue;
    }

    if ((cp === AT || cp === HASH) && i + 1 < text.length) {
      const end = scanTag(text, i);
      if (end > i + 1) {
        push(tokens, text.slice(i, end), cp === AT ? 'mention' : 'hashtag', i);
        i = end;
        continue;
      }
    }

    if (c & PICTO) {
      EMOJI_RE.lastIndex = i;
      const m = EMOJI_RE.exec(text);
      if (m && m[0].length > 0) {
        push(tokens, m[0], 'emoji', i);
        i += m[0].length;
        continue;
      }
    }

    if (EMOTICON_START.has(cp)) {
      EMOTICON_RE.lastIndex = i;
      const m = EMOTICON_RE.exec(text);
      if (m) {
        push(tokens, m[0], 'emoticon', i);
        i += m[0].length;
        continue;
      }
    }

    if (PUNCT.has(cp)) {
      let end = i + 1;
      while (end < text.length && PUNCT.has(text.charCodeAt(end))) end++;
      push(tokens, text.slice(i, end), 'punct', i);
      i = end;
      continue;
    }
    i += width(cp);
  }
  return tokens;
}
