// Links that promote: a comment that is little more than a link, referral and affiliate links, link
// shorteners, profile, crowdfunding and shop pages, and addresses spelled with spaces to dodge filters.
// One link in a helpful answer stays a quiet hint; it takes a link-only text or a promoting kind of link to flag.
import { makeFinding } from '../finding';
import { ASKS_DE, LINK_COMMERCE_DE, PLEAS_DE } from '../lexicons/de/promotional';
import { ASKS_EN, LINK_COMMERCE_EN, PLEAS_EN } from '../lexicons/en/promotional';
import {
  APPEAL_HOSTS,
  PROFILE_HOSTS,
  REFERRAL_MARKERS,
  SHOP_HOSTS,
  SHORTENER_HOSTS,
  SPACED_TLDS,
  VIDEO_HOSTS,
} from '../lexicons/promotional';
import type { Finding, Rule, RuleInput, RuleMeta, Token } from '../types';
import { isInitial, severityFor, wordCount } from './shared/promotional';

const meta: RuleMeta = {
  id: 'promotional-link',
  category: 'spam',
  languages: 'any',
  defaultSeverity: 'caution',
  messageKeys: [
    'finding.promo.linkOnly',
    'finding.promo.link',
    'finding.promo.referralLink',
    'finding.promo.shortLink',
    'finding.promo.hiddenLink',
  ],
};

const REFERRAL = new Set(REFERRAL_MARKERS);
const ASK_VERBS = new Set([...ASKS_EN, ...ASKS_DE]);
const COMMERCE = new Set([...LINK_COMMERCE_EN, ...LINK_COMMERCE_DE, ...PLEAS_EN, ...PLEAS_DE]);
const SPACED = new Set(SPACED_TLDS);
/** Big stores run one shop per country (amazon.fr, ebay.it): match them by name, not by full host. */
const STORE_NAMES = new Set(['amazon', 'ebay', 'etsy', 'aliexpress']);

type Kind = 'video' | 'shortener' | 'profile' | 'appeal' | 'shop' | 'other';

function hostOf(url: string): string {
  let rest = url.toLowerCase();
  const scheme = rest.indexOf('://');
  if (scheme >= 0) rest = rest.slice(scheme + 3);
  let end = rest.length;
  for (const sep of ['/', '?', '#', ':']) {
    const at = rest.indexOf(sep);
    if (at >= 0 && at < end) end = at;
  }
  rest = rest.slice(0, end);
  return rest.startsWith('www.') ? rest.slice(4) : rest;
}

function inList(host: string, list: readonly string[]): boolean {
  for (const domain of list) if (host === domain || host.endsWith(`.${domain}`)) return true;
  return false;
}

function kindOf(host: string): Kind {
  if (inList(host, VIDEO_HOSTS)) return 'video';
  if (inList(host, SHORTENER_HOSTS)) return 'shortener';
  if (inList(host, PROFILE_HOSTS)) return 'profile';
  if (inList(host, APPEAL_HOSTS)) return 'appeal';
  const labels = host.split('.');
  if (inList(host, SHOP_HOSTS) || STORE_NAMES.has(labels[labels.length - 2] ?? '')) return 'shop';
  return 'other';
}

/** The address without its referral and tracking parameters, or null when it has none. */
function withoutReferral(url: string): string | null {
  const q = url.search(/[?#]/);
  if (q < 0) return null;
  const params = url.slice(q + 1).split(/[&;#?]/);
  const keep: string[] = [];
  let dropped = false;
  for (const raw of params) {
    const param = raw.startsWith('amp;') ? raw.slice(4) : raw;
    if (param === '' || param === 'amp') continue;
    const key = (param.split('=')[0] ?? '').toLowerCase();
    if (REFERRAL.has(key) || key.startsWith('utm_')) dropped = true;
    else keep.push(param);
  }
  if (!dropped) return null;
  return keep.length ? `${url.slice(0, q)}?${keep.join('&')}` : url.slice(0, q);
}

/** Words of a helpful answer that points to documentation: "hier findest du die Anleitung", "see the FAQ". */
const HELP_WORDS = new Set([
  'anleitung',
  'docs',
  'documentation',
  'faq',
  'find',
  'findest',
  'finden',
  'guide',
  'handbuch',
  'infos',
  'manual',
  'siehe',
]);

/** A reply to someone, or words of an answer: then a link is likely the answer, not an advert. */
function answersSomeone(input: RuleInput): boolean {
  if (input.context.replyTo) return true;
  for (const t of input.tokens) if (t.kind === 'word' && HELP_WORDS.has(t.norm)) return true;
  return false;
}

/**
 * Whether the words around the links ask for a click or sell: an order ("Watch this trailer!", "Bitte abstimmen"),
 * or a word of sale, fundraising or pleading anywhere ("I sell … on eBay", "please"). A link shared with a remark
 * ("Morning view", "Great article on pricing") has none, and stays a hint.
 */
function asksForClick(input: RuleInput): boolean {
  const { tokens } = input;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (COMMERCE.has(t.norm)) return true;
    if (ASK_VERBS.has(t.norm) && isInitial(input, i)) return true;
  }
  return false;
}

/** How much a link's kind promotes by itself: profiles, fundraisers, shops and shorteners ask for something. */
const KIND_WEIGHT: Record<Kind, number> = {
  video: 0,
  shortener: 0.3,
  profile: 0.25,
  appeal: 0.3,
  shop: 0.25,
  other: 0,
};
/** A link with nothing around it, with a word or two ("Nice! <link>"), in a short remark, in a longer text. */
const BASE_BY_WORDS = [0.7, 0.45, 0.45, 0.3, 0.25];
function baseFor(words: number): number {
  return BASE_BY_WORDS[words <= 2 ? words : words <= 8 ? 3 : 4] as number;
}
/** An order or sale beside a link: together they make the ask a link-only comment makes by itself. */
const ASK_WEIGHT = 0.25;

export const promotionalLink: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    const { tokens, text } = input;
    const findings: Finding[] = [];
    const urls: Token[] = [];
    let dots = false;
    for (const t of tokens) {
      if (t.kind === 'url') urls.push(t);
      else if (t.kind === 'punct' && (t.text === '.' || t.text === '?')) dots = true;
    }
    if (!urls.length && !dots) return findings;
    const words = urls.length ? wordCount(tokens) : 0;
    // Many links are a link farm; two are often a source and its article ("latimes.com: <link>").
    // The same address twice (an HTML anchor and its text) is one link.
    const distinct = new Set(urls.map((u) => u.norm)).size;
    const several = distinct >= 3 ? 0.15 : distinct === 2 ? 0.05 : 0;
    const helpful = urls.length && answersSomeone(input) ? 0.15 : 0;
    const ask = urls.length && asksForClick(input) ? ASK_WEIGHT : 0;

    for (const url of urls) {
      const host = hostOf(url.text);
      const kind = kindOf(host);
      const clean = withoutReferral(url.text);
      // How much the text says besides its links decides whether the link serves the words or the words the link.
      const base = (kind === 'video' ? 0.25 : baseFor(words)) - helpful;
      let confidence = base + KIND_WEIGHT[kind] + several + ask + (clean !== null ? 0.3 : 0);
      confidence = Math.round(Math.min(0.95, confidence) * 100) / 100;
      const key =
        clean !== null
          ? 'finding.promo.referralLink'
          : kind === 'shortener'
            ? 'finding.promo.shortLink'
            : kind !== 'video' && words <= 2
              ? 'finding.promo.linkOnly'
              : 'finding.promo.link';
      findings.push(
        makeFinding(input, meta, url, key, {
          args: { host },
          suggestions: clean !== null ? [clean] : [],
          confidence,
          // A link in an answer is a hint to explain it, never a reason to hold the post back.
          severity: helpful && confidence < 0.5 ? 'info' : severityFor(confidence),
        }),
      );
    }

    // "kidsshop . com", "tv. example. com/vote": an address broken up by spaces only hides from link filters.
    for (let i = 0; i + 2 < tokens.length; i++) {
      const dot = tokens[i + 1] as Token;
      if (dot.text !== '.') continue;
      const a = tokens[i] as Token;
      const tld = tokens[i + 2] as Token;
      // Written addresses are lower-case; "etc. TV", "gg. RU" and ".NET" are abbreviations and names.
      if (a.kind !== 'word' || tld.kind !== 'word' || tld.text !== tld.norm || !SPACED.has(tld.norm)) continue;
      if (a.text.length < 3) continue;
      if (a.end === dot.start && dot.end === tld.start) continue;
      findings.push(
        makeFinding(input, meta, { start: a.start, end: tld.end }, 'finding.promo.hiddenLink', {
          args: { host: `${a.norm}.${tld.norm}` },
          confidence: 0.7,
          severity: severityFor(0.7),
        }),
      );
      i += 2;
    }

    // "watch?v=abc123": a video address pasted without its domain.
    for (let i = 0; i + 2 < tokens.length; i++) {
      const a = tokens[i] as Token;
      if (a.norm !== 'watch') continue;
      const q = tokens[i + 1] as Token;
      const v = tokens[i + 2] as Token;
      if (q.text !== '?' || v.norm !== 'v' || a.end !== q.start || text.charAt(v.end) !== '=') continue;
      let end = v.end + 1;
      while (end < text.length && end - v.end < 40 && /[\w-]/.test(text.charAt(end))) end++;
      findings.push(
        makeFinding(input, meta, { start: a.start, end }, 'finding.promo.hiddenLink', {
          args: { host: 'watch?v=' },
          confidence: 0.45,
          severity: severityFor(0.45),
        }),
      );
    }
    return findings.sort((x, y) => x.start - y.start);
  },
};

export default promotionalLink;
