// Builds a rule from German and English phrase lists: each match becomes a finding with the list's suggestion.
// Lists compile on the first text (PhraseMatcher); the rule itself is one pass over the tokens per language.
import { makeFinding } from '../../finding';
import type { PhraseData } from '../../lexicons/types';
import { PhraseMatcher } from '../../match/phrases';
import type { Finding, Rule, RuleInput, RuleMeta, Severity } from '../../types';

export interface PhraseRuleOptions {
  /** The rule's meta but its message keys: a phrase rule has one, `messageKey`. */
  meta: Omit<RuleMeta, 'messageKeys'>;
  lists: Partial<Record<'de' | 'en', readonly PhraseData[]>>;
  messageKey: string;
  confidence: number;
  /** Lets a rule raise or lower severity from context (e.g. a reply to a complaint). */
  severity?: (input: RuleInput) => Severity;
}

export function phraseRule(options: PhraseRuleOptions): Rule {
  const meta: RuleMeta = { ...options.meta, messageKeys: [options.messageKey] };
  const matchers = Object.fromEntries(
    Object.entries(options.lists).map(([lang, list]) => [
      lang,
      new PhraseMatcher((list ?? []).map((entry) => ({ phrase: entry.phrase, data: entry }))),
    ]),
  ) as Partial<Record<'de' | 'en', PhraseMatcher<PhraseData>>>;

  return {
    meta,
    check(input: RuleInput): Finding[] {
      const findings: Finding[] = [];
      const severity = options.severity?.(input) ?? meta.defaultSeverity;
      for (const lang of input.languages) {
        for (const match of matchers[lang]?.findAll(input.tokens) ?? []) {
          const suggestion = match.entry.data.suggestion;
          findings.push(
            makeFinding(input, meta, match, options.messageKey, {
              args: { phrase: input.text.slice(match.start, match.end) },
              suggestions: suggestion === undefined ? [] : [suggestion],
              confidence: options.confidence,
              severity,
            }),
          );
        }
      }
      return findings;
    },
  };
}

/** A set of words and phrases to test for presence (acknowledgment, disclosure, praise). */
export function phraseSet(phrases: readonly string[]): PhraseMatcher<string> {
  return new PhraseMatcher(phrases.map((phrase) => ({ phrase, data: phrase })));
}
