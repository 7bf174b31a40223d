// Asks for subscribers, followers, likes, shares and votes ("Folge mir auch auf Facebook", "sub 4 sub",
// "link in bio"): the auto-DM and comment-spam pattern the seed articles call annoying. Suggests a question.
import { makeFinding } from '../finding';
import { ASKS_DE, AUDIENCE_DE, CHASE_DE, COUNTS_DE, ENGAGEMENT_ASK_DE, PLEAS_DE } from '../lexicons/de/promotional';
import { ASKS_EN, AUDIENCE_EN, CHASE_EN, COUNTS_EN, ENGAGEMENT_ASK_EN, PLEAS_EN } from '../lexicons/en/promotional';
import type { Finding, Rule, RuleInput, RuleMeta, Token } from '../types';
import {
  clauseEnd,
  clauseHits,
  type PromoMatch,
  patternMatch,
  promoMatcher,
  severityFor,
  startsSentence,
  uiLanguage,
  wordAhead,
} from './shared/promotional';

const meta: RuleMeta = {
  id: 'engagement-ask',
  category: 'spam',
  languages: 'any',
  defaultSeverity: 'warn',
  messageKeys: ['finding.promo.engagementAsk', 'finding.promo.audienceGoal'],
};

const match = promoMatcher('engagement-ask', { de: ENGAGEMENT_ASK_DE, en: ENGAGEMENT_ASK_EN });

/** "a total subscribe": the word as a noun is talk about subscribing, not an ask. */
const NOUN_MARKERS = new Set(['a', 'an', 'total']);
/** Audience counts a writer may be chasing: "help me reach 100 subscribers", "100 Abonnenten". */
const AUDIENCE = new Set([
  'sub',
  'subs',
  'subscribers',
  'subscriber',
  'followers',
  'follower',
  'likes',
  'abos',
  'abonnenten',
  'follower*',
]);
const CHASE = new Set([
  'get',
  'reach',
  'hit',
  'getting',
  'reaching',
  'to',
  'for',
  'goal',
  'with',
  'have',
  'got',
  'erreichen',
  'bekomme',
  'knacken',
  'auf',
  'mit',
]);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'ich', 'mir', 'mich', 'mein', 'meine', 'wir', 'uns']);

const QUESTION = {
  de: {
    du: 'Was interessiert dich hier am meisten?',
    ihr: 'Was interessiert euch hier am meisten?',
    sie: 'Was interessiert Sie hier am meisten?',
  },
  en: {
    du: 'What would you like to see next?',
    ihr: 'What would you like to see next?',
    sie: 'What would you like to see next?',
  },
};
/** Single words of the ask ("subscribe") after a subject or "to" describe subscribing: "How do I subscribe?". */
const BARE_ASKS = new Set(['subscribe', 'suscribe', 'subcribe', 'subscibe', 'subsribe', 'sucscribe']);
const DESCRIBING = new Set([
  'i',
  'we',
  'they',
  'he',
  'she',
  'to',
  'do',
  'does',
  'did',
  'not',
  "don't",
  "didn't",
  'never',
  'unsubscribe',
]);

const PLEAS = new Set([...PLEAS_EN, ...PLEAS_DE]);
const PLEA_ASKS = new Set([...ASKS_EN, ...ASKS_DE]);
const PEOPLE = new Set([...AUDIENCE_EN, ...AUDIENCE_DE]);
const WANTED_AUDIENCE = new Set([...PEOPLE, ...COUNTS_EN, ...COUNTS_DE]);
const WANTS = new Set([...CHASE_EN, ...CHASE_DE]);
/** "please like", "subscribe plz", "bitte teilen": a plea next to an ask is an ask, whatever follows it. */
const PLEA = 0.6;

function pleas(input: RuleInput): PromoMatch[] {
  const { tokens } = input;
  const out: PromoMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !PLEAS.has(t.norm)) continue;
    const ask = wordAhead(tokens, i, 2, PLEA_ASKS);
    const before = (tokens[i - 1]?.norm ?? '') as string;
    if (ask >= 0) out.push(patternMatch(input, i, ask, 'please …', PLEA));
    else if (PLEA_ASKS.has(before) || PEOPLE.has(before)) out.push(patternMatch(input, i - 1, i, '… please', PLEA));
  }
  return out;
}

/** "If I get 100 subscribers …", "help me reach 1.000 subs": a number of followers the writer wants. */
function audienceGoals(input: RuleInput): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const { tokens } = input;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !AUDIENCE.has(t.norm) || tokens[i - 1]?.kind !== 'number') continue;
    const chase = tokens[i - 2];
    if (!chase || !CHASE.has(chase.norm)) continue;
    let mine = false;
    for (let j = Math.max(0, i - 8); j < i - 1; j++) if (FIRST_PERSON.has((tokens[j] as Token).norm)) mine = true;
    if (mine) out.push({ first: i - 2, last: i });
  }
  // Without a number: "I would appreciate some subs", "we need more views", "ich brauche noch Abonnenten".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !WANTS.has(t.norm)) continue;
    let audience = wordAhead(tokens, i, 3, WANTED_AUDIENCE);
    // "Can we reach 3 billion views?": fans wondering about the video's count; "Can I get subscribers?" asks.
    if (audience >= 0 && tokens[clauseEnd(input, audience)]?.text.includes('?'))
      audience = wordAhead(tokens, i, 5, PEOPLE);
    if (audience < 0 || out.some((g) => g.last === audience)) continue;
    let mine = false;
    for (let j = Math.max(0, i - 6); j < i; j++) if (FIRST_PERSON.has((tokens[j] as Token).norm)) mine = true;
    if (mine) out.push({ first: i, last: audience });
  }
  return out;
}

export const engagementAsk: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    const { tokens, text } = input;
    const matches = [...match(input), ...pleas(input)].filter((m) => {
      if (!BARE_ASKS.has(m.data.phrase)) return true;
      const prev = tokens[m.first - 1];
      return !(prev && (NOUN_MARKERS.has(prev.norm) || DESCRIBING.has(prev.norm)));
    });
    const findings: Finding[] = [];
    for (const hit of clauseHits(input, matches)) {
      const lang = uiLanguage(input, hit.lang);
      const form = hit.data.address ?? 'du';
      const question = QUESTION[lang][form];
      findings.push(
        makeFinding(input, meta, hit, 'finding.promo.engagementAsk', {
          args: { phrase: text.slice(hit.phraseStart, hit.phraseEnd) },
          suggestions: [
            startsSentence(input, hit.first) ? question : question.charAt(0).toLowerCase() + question.slice(1),
            '',
          ],
          confidence: hit.confidence,
          severity: severityFor(hit.confidence),
        }),
      );
    }
    for (const goal of audienceGoals(input)) {
      const span = { start: (tokens[goal.first] as Token).start, end: (tokens[goal.last] as Token).end };
      const overlap = findings.find((f) => f.start < span.end && span.start < f.end);
      if (overlap) {
        // "Help me get 10000 subscribers": the goal makes the ask around it sure.
        overlap.confidence = Math.max(overlap.confidence, 0.6);
        overlap.severity = severityFor(overlap.confidence);
        continue;
      }
      findings.push(
        makeFinding(input, meta, span, 'finding.promo.audienceGoal', {
          args: { phrase: text.slice(span.start, span.end) },
          confidence: 0.6,
          severity: severityFor(0.6),
        }),
      );
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

export default engagementAsk;
