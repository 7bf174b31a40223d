// Pointing people at one's own channel, music, shop or page ("check out my channel", "Schaut euch mein neues
// Video an", "Hier ist meine Werbung"): in someone else's conversation it reads as spam. Suggests removing it.
import { makeFinding } from '../finding';
import { PROMOTED_THINGS_DE, SELF_PROMOTION_DE } from '../lexicons/de/promotional';
import { PROMOTED_THINGS_EN, SELF_PROMOTION_EN } from '../lexicons/en/promotional';
import { clauseHits, promoMatcher, sentenceStart, severityFor } from '../metrics/promotional-kit';
import type { Finding, Rule, RuleInput, RuleMeta } from '../types';

const meta: RuleMeta = { id: 'self-promotion', category: 'spam', languages: 'any', defaultSeverity: 'warn' };

const match = promoMatcher('self-promotion', { de: SELF_PROMOTION_DE, en: SELF_PROMOTION_EN });
const PROMOTED = new Set([...PROMOTED_THINGS_DE, ...PROMOTED_THINGS_EN]);

/** Whether the tokens first..last name something one promotes (\"check out\" + \"channel\"). */
function namesPromotedThing(input: RuleInput, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (PROMOTED.has((input.tokens[i] as { norm: string }).norm)) return true;
  return false;
}

export const selfPromotion: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    const findings: Finding[] = [];
    for (const hit of clauseHits(input, match(input))) {
      // The whole sentence is the advert ("There is a video on my channel about …"): remove it whole.
      const first = sentenceStart(input, hit.first);
      if (hit.data.boost && namesPromotedThing(input, first, hit.last))
        hit.confidence = Math.min(0.95, hit.confidence + hit.data.boost);
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
