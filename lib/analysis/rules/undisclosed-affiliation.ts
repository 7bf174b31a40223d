// Praising or defending the user's own brand without saying they work there: the Jamba case (seed 004) shows
// such employees get exposed. Disclosure ("ich arbeite bei …", "Disclosure:", "#ad", a brand's "wir") clears it.
import { suggestionLanguage } from '../context';
import { makeFinding } from '../finding';
import { DISCLOSURE_DE, DISMISSIVE_DE, PRAISE_DE } from '../lexicons/de/conversation';
import { DISCLOSURE_EN, DISMISSIVE_EN, PRAISE_EN } from '../lexicons/en/conversation';
import { PhraseMatcher } from '../match/phrases';
import { scoreTone } from '../metrics/tone';
import type { AnalysisContext, Finding, Rule, RuleInput, RuleMeta, Token } from '../types';
import { phraseSet } from './shared/phrase-rule';

const meta: RuleMeta = {
  id: 'undisclosed-affiliation',
  category: 'disclosure',
  languages: ['de', 'en'],
  defaultSeverity: 'warn',
  messageKeys: ['finding.undisclosed-affiliation'],
};

const DISCLOSURE = { de: phraseSet(DISCLOSURE_DE), en: phraseSet(DISCLOSURE_EN) };
const SUPPORT = {
  de: phraseSet([...PRAISE_DE, ...DISMISSIVE_DE.map((d) => d.phrase)]),
  en: phraseSet([...PRAISE_EN, ...DISMISSIVE_EN.map((d) => d.phrase)]),
};

type Brand = NonNullable<AnalysisContext['brand']>;
const brandCache = new WeakMap<Brand, { names: PhraseMatcher<string>; domains: string[] }>();

function compile(brand: Brand) {
  let compiled = brandCache.get(brand);
  if (!compiled) {
    const names = [...brand.names, ...(brand.handles ?? []).map((h) => (h.startsWith('@') ? h : `@${h}`))]
      .map((n) => n.trim())
      .filter(Boolean);
    compiled = {
      names: new PhraseMatcher(names.map((phrase) => ({ phrase, data: brand.names[0] ?? phrase }))),
      domains: (brand.domains ?? []).map((d) => d.trim().toLowerCase()).filter(Boolean),
    };
    brandCache.set(brand, compiled);
  }
  return compiled;
}

function mentions(input: RuleInput, brand: Brand): { start: number; end: number }[] {
  const { names, domains } = compile(brand);
  const spans: { start: number; end: number }[] = names.findAll(input.tokens);
  const isBrandUrl = (t: Token) => t.kind === 'url' && domains.some((d) => t.norm.includes(d));
  for (const t of input.tokens) if (isBrandUrl(t)) spans.push(t);
  return spans.sort((a, b) => a.start - b.start);
}

export const undisclosedAffiliation: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    const brand = input.context.brand;
    if (input.context.mode === 'item' || !brand?.names.length) return [];
    const found = mentions(input, brand);
    const first = found[0];
    if (!first) return [];
    if (input.languages.some((l) => DISCLOSURE[l].findAll(input.tokens).length > 0)) return [];
    const supports =
      input.languages.some((l) => SUPPORT[l].findAll(input.tokens).length > 0) || scoreTone(input).score >= 0.5;
    if (!supports) return [];
    const name = brand.names[0] ?? '';
    const actual = input.text.slice(first.start, first.end);
    const disclosed =
      suggestionLanguage(input) === 'de'
        ? `${actual} (Transparenz: Ich arbeite bei ${name})`
        : `${actual} (disclosure: I work at ${name})`;
    return [
      makeFinding(input, meta, first, 'finding.undisclosed-affiliation', {
        args: { brand: name },
        suggestions: [disclosed],
        confidence: 0.7,
      }),
    ];
  },
};
