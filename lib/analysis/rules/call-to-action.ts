// Sales calls to action ("Jetzt kaufen!", "Kaufen Sie unser Produkt X!", "buy now", "sign up today"): orders
// to buy read as advertising in a conversation. The seed advice: ask instead ("Wie finden Sie unser Produkt X?").
import { makeFinding } from '../finding';
import { CALL_TO_ACTION_DE } from '../lexicons/de/promotional';
import { CALL_TO_ACTION_EN } from '../lexicons/en/promotional';
import type { PromoPhrase } from '../lexicons/promotional';
import type { Finding, Rule, RuleInput, RuleMeta, Token } from '../types';
import {
  capitalize,
  clauseEnd,
  isInitial,
  promoMatcher,
  severityFor,
  startsSentence,
  uiLanguage,
} from './shared/promotional';

const meta: RuleMeta = {
  id: 'call-to-action',
  category: 'promotional',
  languages: 'any',
  defaultSeverity: 'warn',
  messageKeys: ['finding.promo.callToAction'],
};

const match = promoMatcher('call-to-action', { de: CALL_TO_ACTION_DE, en: CALL_TO_ACTION_EN });

/** What the rewrite asks, per form of address: a question invites where an order pushes. */
const QUESTION: Record<NonNullable<PromoPhrase['object']>, (object: string) => string> = {
  sie: (o) => `Wie finden Sie ${o}?`,
  du: (o) => `Wie findest du ${o}?`,
  ihr: (o) => `Wie findet ihr ${o}?`,
  en: (o) => `What do you think of ${o}?`,
};
/** The phrase's own last word when it already belongs to the object ("buy our" + "blender"). */
const DETERMINERS = new Set(['our', 'my', 'these', 'this', 'the']);
/** Time words that end an order but do not belong in the question ("… today!", "… jetzt!"). */
const TRAILING_TIME = new Set(['today', 'now', 'jetzt', 'heute', 'sofort', 'gleich']);
const DEFAULT_SUGGESTION = { de: 'Was meint ihr dazu?', en: 'What do you think?' };
/** Without an object to ask about, the question keeps at least the order's form of address. */
const ADDRESSED: Record<NonNullable<PromoPhrase['object']>, string> = {
  sie: 'Was meinen Sie dazu?',
  du: 'Was meinst du dazu?',
  ihr: 'Was meint ihr dazu?',
  en: 'What do you think?',
};

function clauseIsQuestion(input: RuleInput, last: number): boolean {
  const t = input.tokens[last];
  return t?.kind === 'punct' && t.text.includes('?');
}

/** Index of the last token of a run of "!" right after the phrase, so "Jetzt kaufen!!!" is replaced whole. */
function withBang(tokens: readonly Token[], last: number): number {
  const next = tokens[last + 1];
  return next && next.kind === 'punct' && /^[!.]+$/.test(next.text) && next.start === (tokens[last] as Token).end
    ? last + 1
    : last;
}

export const callToAction: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    const findings: Finding[] = [];
    const { tokens, text } = input;
    for (const m of match(input)) {
      const { data } = m;
      const clauseLast = clauseEnd(input, m.first);
      // "Wo kaufen Sie sonst ein?" asks; only an order pushes.
      if (clauseIsQuestion(input, clauseLast)) continue;
      if (data.initial && !isInitial(input, m.first)) continue;
      const confidence = data.weight ?? 0.6;
      let last = withBang(tokens, m.last);
      let suggestion =
        data.suggestion ?? (data.object ? ADDRESSED[data.object] : DEFAULT_SUGGESTION[uiLanguage(input, m.lang)]);
      if (data.object) {
        // "Kaufen Sie unser Produkt X!" -> "Wie finden Sie unser Produkt X?": the object stays, the order goes.
        let objectEnd = tokens[clauseLast]?.kind === 'punct' ? clauseLast - 1 : clauseLast;
        while (objectEnd > m.last && TRAILING_TIME.has((tokens[objectEnd] as Token).norm)) objectEnd--;
        const objectStart = DETERMINERS.has((tokens[m.last] as Token).norm) ? m.last : m.last + 1;
        if (objectEnd > m.last) {
          const object = text.slice((tokens[objectStart] as Token).start, (tokens[objectEnd] as Token).end);
          last = clauseLast;
          suggestion = QUESTION[data.object](object);
        } else if (tokens[clauseLast]?.kind === 'punct' || objectEnd < clauseLast) {
          // "Kaufen Sie jetzt!": nothing to ask about, but the whole order goes.
          last = clauseLast;
        }
      }
      if (!startsSentence(input, m.first)) suggestion = suggestion.charAt(0).toLowerCase() + suggestion.slice(1);
      else suggestion = capitalize(suggestion);
      const span = { start: m.start, end: (tokens[last] as Token).end };
      findings.push(
        makeFinding(input, meta, span, 'finding.promo.callToAction', {
          args: { phrase: text.slice(m.start, m.end) },
          suggestions: [suggestion],
          confidence,
          severity: severityFor(confidence),
        }),
      );
    }
    return findings;
  },
};

export default callToAction;
