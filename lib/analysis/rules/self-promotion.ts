// Pointing people at one's own channel, music, shop or page ("check out my channel", "Schaut euch mein neues
// Video an", "Hier ist meine Werbung"): in someone else's conversation it reads as spam. Suggests removing it.
import { makeFinding } from '../finding';
import {
  CREATORS_DE,
  CROWDS_DE,
  GREETINGS_DE,
  MAKERS_DE,
  NOT_OWN_DE,
  OWN_MODIFIERS_DE,
  OWNERS_DE,
  PROMOTED_THINGS_DE,
  SELF_PROMOTION_DE,
  VOCATIVES_DE,
  WORKS_DE,
} from '../lexicons/de/promotional';
import {
  CREATORS_EN,
  CROWDS_EN,
  GREETINGS_EN,
  MAKERS_EN,
  NOT_OWN_EN,
  OWN_MODIFIERS_EN,
  OWNERS_EN,
  PROMOTED_THINGS_EN,
  SELF_PROMOTION_EN,
  VOCATIVES_EN,
  WORKS_EN,
} from '../lexicons/en/promotional';
import type { Finding, Rule, RuleInput, RuleMeta, Token } from '../types';
import {
  clauseHits,
  type PromoMatch,
  patternMatch,
  promoMatcher,
  sentenceStart,
  severityFor,
  wordAhead,
} from './shared/promotional';

const meta: RuleMeta = {
  id: 'self-promotion',
  category: 'spam',
  languages: 'any',
  defaultSeverity: 'warn',
  messageKeys: ['finding.promo.selfPromotion'],
};

const match = promoMatcher('self-promotion', { de: SELF_PROMOTION_DE, en: SELF_PROMOTION_EN });
const PROMOTED = new Set([...PROMOTED_THINGS_DE, ...PROMOTED_THINGS_EN]);

const OWNERS = new Set([...OWNERS_EN, ...OWNERS_DE]);
const MODIFIERS = new Set([...OWN_MODIFIERS_EN, ...OWN_MODIFIERS_DE]);
const CREATORS = new Set([...CREATORS_EN, ...CREATORS_DE]);
const MAKERS = new Set([...MAKERS_EN, ...MAKERS_DE]);
const WORKS = new Set([...WORKS_EN, ...WORKS_DE]);
const NOT_OWN = new Set([...NOT_OWN_EN, ...NOT_OWN_DE]);

/** "my new channel" alone does not flag; with a word like new/own/first between, it is the pitch of a creator. */
const OWN_WORK = 0.45;
const OWN_NEW_WORK = 0.6;
/** "I make videos", "wir laden jeden Freitag Songs hoch": a creator introducing their work. */
const MAKER = 0.45;

/**
 * The writer's own work, found by position rather than as fixed phrases: "my [new|own|first …] songs",
 * "meinen neuen Kanal", "I [just|also] upload covers", "ich mache Videos". "My favourite song" (favourite is no
 * modifier of one's work) and "I made this video my ringtone" (this: someone else's) stay out.
 */
function ownWork(input: RuleInput): PromoMatch[] {
  const { tokens } = input;
  const out: PromoMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (OWNERS.has(t.norm)) {
      let j = i + 1;
      while (j <= i + 3 && MODIFIERS.has(tokens[j]?.norm ?? '')) j++;
      if (WORKS.has(tokens[j]?.norm ?? ''))
        out.push(patternMatch(input, i, j, 'my … work', j > i + 1 ? OWN_NEW_WORK : OWN_WORK));
    } else if (CREATORS.has(t.norm)) {
      const verb = wordAhead(tokens, i, 3, MAKERS);
      const work = verb < 0 ? -1 : wordAhead(tokens, verb, 3, WORKS, NOT_OWN);
      if (work >= 0) out.push(patternMatch(input, i, work, 'I make … work', MAKER));
    }
  }
  return out;
}

const GREETINGS = new Set([...GREETINGS_EN, ...GREETINGS_DE]);
const CROWDS = new Set([...CROWDS_EN, ...CROWDS_DE]);
const VOCATIVES = new Set([...VOCATIVES_EN, ...VOCATIVES_DE]);
/** How much a crowd greeting before it adds to a pointer to one's own work. */
const GREETING_BOOST = 0.15;

/**
 * Whether the text speaks to the whole comment section: it opens with "Hey guys!", "Hi everyone,", "Hallo
 * zusammen", or calls on it after a comma ("Check this out, everybody!").
 */
function greetsCrowd(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i < 3 && GREETINGS.has(t.norm) && CROWDS.has(tokens[i + 1]?.norm ?? '')) return true;
    if (VOCATIVES.has(t.norm) && tokens[i - 1]?.text === ',') return true;
  }
  return false;
}

/** Whether the tokens first..last name something one promotes (\"check out\" + \"channel\"). */
function namesPromotedThing(input: RuleInput, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (PROMOTED.has((input.tokens[i] as { norm: string }).norm)) return true;
  return false;
}

export const selfPromotion: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    const findings: Finding[] = [];
    const greeted = greetsCrowd(input.tokens) ? GREETING_BOOST : 0;
    for (const hit of clauseHits(input, [...match(input), ...ownWork(input)])) {
      // The whole sentence is the advert ("There is a video on my channel about …"): remove it whole.
      const first = sentenceStart(input, hit.first);
      if (hit.data.boost && namesPromotedThing(input, first, hit.last))
        hit.confidence = Math.min(0.95, hit.confidence + hit.data.boost);
      if (greeted) hit.confidence = Math.min(0.95, Math.round((hit.confidence + greeted) * 100) / 100);
      const start = input.tokens[first]?.start ?? hit.start;
      const prev = findings[findings.length - 1];
      if (prev && start < prev.end) {
        prev.confidence = Math.max(prev.confidence, hit.confidence);
        prev.severity = severityFor(prev.confidence);
        continue;
      }
      findings.push(
        makeFinding(input, meta, { start, end: hit.end }, 'finding.promo.selfPromotion', {
          args: { phrase: input.text.slice(hit.phraseStart, hit.phraseEnd) },
          // The clause is an advert for the writer; the conversation loses nothing when it goes.
          suggestions: [''],
          confidence: hit.confidence,
          severity: severityFor(hit.confidence),
        }),
      );
    }
    return findings;
  },
};

export default selfPromotion;
