// Asks for subscribers, followers, likes, shares and votes ("Folge mir auch auf Facebook", "sub 4 sub",
// "link in bio"): the auto-DM and comment-spam pattern the seed articles call annoying. Suggests a question.
import { makeFinding } from '../finding';
import { ENGAGEMENT_ASK_DE } from '../lexicons/de/promotional';
import { ENGAGEMENT_ASK_EN } from '../lexicons/en/promotional';
import { clauseHits, promoMatcher, severityFor, startsSentence, uiLanguage } from '../metrics/promotional-kit';
import type { Finding, Rule, RuleInput, RuleMeta, Token } from '../types';

const meta: RuleMeta = { id: 'engagement-ask', category: 'spam', languages: 'any', defaultSeverity: 'warn' };

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
  return out;
}

export const engagementAsk: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    const { tokens, text } = input;
    const matches = match(input).filter((m) => {
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
      if (findings.some((f) => f.start < span.end && span.start < f.end)) continue;
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
