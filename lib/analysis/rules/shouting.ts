// Shouting: runs of capital letters, "!!!" and stretched words ("pleeeease"). Loudness alone is no advert
// (fans shout too), so these findings only inform and add a little to the promotional score.
import { makeFinding } from '../finding';
import type { Finding, Rule, RuleInput, RuleMeta, Token } from '../types';
import { severityFor, startsSentence } from './shared/promotional';

const meta: RuleMeta = {
  id: 'shouting',
  category: 'spam',
  languages: 'any',
  defaultSeverity: 'info',
  messageKeys: ['finding.promo.capsRun', 'finding.promo.exclamationRun', 'finding.promo.stretchedWord'],
};

/** A long text shouts in many places; a handful of findings says it, more only clutters the list. */
const MAX_PER_KIND = 5;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/gu;

function isCapsWord(t: Token): boolean {
  if (t.kind !== 'word' || t.text.length < 2) return false;
  // Most words have a lower-case ASCII letter early on: rule them out without a regular expression.
  let ascii = true;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) ascii = false;
  }
  if (ascii) return t.norm !== t.text;
  return UPPER.test(t.text) && !LOWER.test(t.text);
}

/** Sentence case for English: lower-case, capitals after sentence ends, "I" kept. */
function sentenceCase(s: string, capitalFirst: boolean): string {
  let out = '';
  let capital = capitalFirst;
  for (const ch of s.toLowerCase()) {
    if (capital && /\p{L}/u.test(ch)) {
      out += ch.toUpperCase();
      capital = false;
    } else out += ch;
    if (ch === '.' || ch === '!' || ch === '?') capital = true;
  }
  return out.replace(/\bi\b/g, 'I').replace(/\bi'/g, "I'");
}

/** Longest run of one repeated letter ("pleeeease": 4); digits ("1111") do not count. */
function longestRepeat(norm: string): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    run = c === norm.charCodeAt(i - 1) && (c < 48 || c > 57) ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

export const shouting: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    const { tokens, text } = input;
    const findings: Finding[] = [];
    let totalLetters = -1;
    const letterCount = () => {
      if (totalLetters < 0) totalLetters = text.length > 100_000 ? 0 : (text.match(LETTER)?.length ?? 0);
      return totalLetters;
    };

    // Capital runs: three or more all-caps words in a row (punctuation between them does not break a run).
    let caps = 0;
    for (let i = 0; i < tokens.length && caps < MAX_PER_KIND; ) {
      if (!isCapsWord(tokens[i] as Token)) {
        i++;
        continue;
      }
      let j = i;
      let last = i;
      let words = 0;
      let letters = 0;
      while (j < tokens.length) {
        const t = tokens[j] as Token;
        if (isCapsWord(t)) {
          words++;
          letters += t.text.length;
          last = j;
        } else if (t.kind === 'word') break;
        j++;
      }
      if (words >= 3 && letters >= 12) {
        const span = { start: (tokens[i] as Token).start, end: (tokens[last] as Token).end };
        const share = letterCount() > 0 ? letters / letterCount() : 0;
        const confidence = share >= 0.7 && letters >= 20 ? 0.3 : 0.2;
        const suggestions =
          input.lang === 'en' ? [sentenceCase(text.slice(span.start, span.end), startsSentence(input, i))] : [];
        findings.push(
          makeFinding(input, meta, span, 'finding.promo.capsRun', {
            suggestions,
            confidence,
            severity: severityFor(confidence),
          }),
        );
        caps++;
      }
      i = last + 1;
    }

    let bangs = 0;
    let stretched = 0;
    for (const t of tokens) {
      if (t.kind === 'punct' && bangs < MAX_PER_KIND) {
        if (t.text.length < 3) continue;
        let count = 0;
        for (const ch of t.text) if (ch === '!') count++;
        if (count >= 3) {
          findings.push(
            makeFinding(input, meta, t, 'finding.promo.exclamationRun', {
              args: { count },
              suggestions: [t.text.includes('?') ? '?' : '!'],
              confidence: 0.15,
              severity: 'info',
            }),
          );
          bangs++;
        }
      } else if (t.kind === 'word' && stretched < MAX_PER_KIND && t.text.length >= 4 && longestRepeat(t.norm) >= 4) {
        findings.push(
          makeFinding(input, meta, t, 'finding.promo.stretchedWord', {
            args: { word: t.text },
            confidence: 0.15,
            severity: 'info',
          }),
        );
        stretched++;
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

export default shouting;
