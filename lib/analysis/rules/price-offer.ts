// Prices, discounts, coupon codes and money offers ("jetzt 20 % sparen", "19,99 €", "Code SOMMER20", "earn
// money from home"): sales talk in a conversation. A price alone can answer a question, so it weighs little.
import { makeFinding } from '../finding';
import { FREE_WORDS_DE, GAIN_VERBS_DE, MONEY_OFFER_DE, MONEY_WORDS_DE, PRIZES_DE } from '../lexicons/de/promotional';
import { FREE_WORDS_EN, GAIN_VERBS_EN, MONEY_OFFER_EN, MONEY_WORDS_EN, PRIZES_EN } from '../lexicons/en/promotional';
import type { Finding, Rule, RuleInput, RuleMeta, Token } from '../types';
import { promoMatcher, severityFor, wordAhead } from './shared/promotional';

const meta: RuleMeta = {
  id: 'price-offer',
  category: 'promotional',
  languages: 'any',
  defaultSeverity: 'caution',
  messageKeys: [
    'finding.promo.discount',
    'finding.promo.price',
    'finding.promo.couponCode',
    'finding.promo.moneyOffer',
  ],
};

const match = promoMatcher('price-offer', { de: MONEY_OFFER_DE, en: MONEY_OFFER_EN });

const CURRENCY_SIGNS = new Set(['$', '€', '£']);
const CURRENCY_WORDS = new Set(['euro', 'eur', 'dollar', 'dollars', 'bucks', 'usd', 'gbp', 'pfund', 'franken', 'chf']);
const PERCENT_WORDS = new Set(['prozent', 'percent']);
/** Words that make a percentage a discount: "20 % Rabatt", "50% off", "spare 30 %". */
const DISCOUNT_AFTER = new Set([
  'off',
  'rabatt',
  'discount',
  'sparen',
  'günstiger',
  'billiger',
  'reduziert',
  'nachlass',
  'sale',
]);
const DISCOUNT_BEFORE = new Set(['save', 'spare', 'spart', 'sparen', 'sparst', 'jetzt']);
/** "$5 billion", "30k €", "2 Mio. Euro": sums in the news, not a price anyone is offered. */
const MAGNITUDES = new Set([
  'k',
  'm',
  'bn',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'mio',
  'mrd',
  'millionen',
  'milliarden',
]);
const CODE_WORDS = new Set(['code', 'gutscheincode', 'rabattcode', 'promocode', 'coupon', 'voucher', 'gutschein']);

const GAIN = new Set([...GAIN_VERBS_EN, ...GAIN_VERBS_DE]);
const MONEY = new Set([...MONEY_WORDS_EN, ...MONEY_WORDS_DE]);
const FREE = new Set([...FREE_WORDS_EN, ...FREE_WORDS_DE]);
const PRIZES = new Set([...PRIZES_EN, ...PRIZES_DE, ...MONEY]);
/** "earn money online", "win free iTunes cards", "gratis iPhone": a promise of money or prizes. */
const PROMISE = 0.6;

/** The character next to [from, to) after at most one space: where "€" or "%" sits beside a number. */
function charBefore(text: string, at: number): string {
  const c = text.charAt(at - 1);
  return c === ' ' || c === '\u00a0' ? text.charAt(at - 2) : c;
}
function charAfter(text: string, at: number): { c: string; end: number } {
  const c = text.charAt(at);
  if (c === ' ' || c === '\u00a0') return { c: text.charAt(at + 1), end: at + 2 };
  return { c, end: at + 1 };
}

/** "SOMMER20", "SAVE15": what a coupon code looks like (upper-case letters with digits, or all capitals). */
function looksLikeCode(t: Token | undefined): boolean {
  if (!t || (t.kind !== 'word' && t.kind !== 'number') || t.text.length < 4 || t.text.length > 20) return false;
  if (!/^[\p{Lu}\p{N}_-]+$/u.test(t.text) || !/\p{Lu}/u.test(t.text)) return false;
  return /\p{N}/u.test(t.text) || t.text.length >= 5;
}

export const priceOffer: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    const { tokens, text } = input;
    const findings: Finding[] = [];
    const add = (start: number, end: number, key: string, confidence: number, args: Finding['args'] = {}) =>
      findings.push(
        makeFinding(input, meta, { start, end }, key, {
          args: { phrase: text.slice(start, end), ...args },
          confidence,
          severity: severityFor(confidence),
        }),
      );

    // A list of amounts ("6000 € für …, 10000 € für …") is no more a sales pitch than one amount.
    let prices = 0;
    const priceWeight = () => (prices++ === 0 ? 0.4 : 0.1);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'number') {
        const after = charAfter(text, t.end);
        const next = tokens[i + 1];
        const isPercent = after.c === '%' || (next?.kind === 'word' && PERCENT_WORDS.has(next.norm));
        if (isPercent) {
          let start = t.start;
          let end = after.c === '%' ? after.end : (next as Token).end;
          let discount = false;
          const lastUsed = after.c === '%' ? i : i + 1;
          const word = tokens[lastUsed + 1];
          if (word?.kind === 'word' && DISCOUNT_AFTER.has(word.norm) && word.start - end <= 1) {
            end = word.end;
            discount = true;
          }
          const prev = tokens[i - 1];
          if (prev?.kind === 'word' && DISCOUNT_BEFORE.has(prev.norm) && t.start - prev.end <= 1) {
            start = prev.start;
            discount ||= prev.norm !== 'jetzt';
          }
          // A bare percentage is a statistic ("56 % der Kommentare"); only a discount is sales talk.
          if (discount) add(start, end, 'finding.promo.discount', 0.6);
          continue;
        }
        if (next?.kind === 'word' && MAGNITUDES.has(next.norm) && next.start - t.end <= 1) continue;
        const before = charBefore(text, t.start);
        if (CURRENCY_SIGNS.has(before)) {
          const start = text.charAt(t.start - 1) === before ? t.start - 1 : t.start - 2;
          add(start, t.end, 'finding.promo.price', priceWeight());
        } else if (CURRENCY_SIGNS.has(after.c)) {
          add(t.start, after.end, 'finding.promo.price', priceWeight());
        } else if (next?.kind === 'word' && CURRENCY_WORDS.has(next.norm)) {
          add(t.start, next.end, 'finding.promo.price', priceWeight());
        }
        continue;
      }
      if (t.kind === 'word' && CODE_WORDS.has(t.norm)) {
        let j = i + 1;
        if (tokens[j]?.kind === 'punct' && tokens[j]?.text === ':') j++;
        const code = tokens[j];
        if (looksLikeCode(code))
          add(t.start, (code as Token).end, 'finding.promo.couponCode', 0.7, { code: (code as Token).text });
      }
    }

    for (const m of match(input)) {
      if (findings.some((f) => f.start < m.end && m.start < f.end)) continue;
      add(m.start, m.end, 'finding.promo.moneyOffer', m.data.weight ?? 0.5);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word') continue;
      const what = GAIN.has(t.norm) ? MONEY : FREE.has(t.norm) ? PRIZES : null;
      const j = what ? wordAhead(tokens, i, 3, what) : -1;
      if (j < 0) continue;
      // One promise, one finding: "Gratis" from the list grows into "Gratis iPhone".
      let start = t.start;
      let end = (tokens[j] as Token).end;
      let confidence = PROMISE;
      for (let k = findings.length - 1; k >= 0; k--) {
        const f = findings[k] as Finding;
        if (f.start >= end || start >= f.end || f.messageKey !== 'finding.promo.moneyOffer') continue;
        start = Math.min(start, f.start);
        end = Math.max(end, f.end);
        confidence = Math.max(confidence, f.confidence);
        findings.splice(k, 1);
      }
      add(start, end, 'finding.promo.moneyOffer', confidence);
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

export default priceOffer;
