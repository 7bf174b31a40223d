// Table-test helper for the promotional rules (used by their .test.ts files only, never by the engine):
// builds the RuleInput analyze() would build, and checks spans, message keys and applied suggestions exactly.
import { expect, it } from 'vitest';
import { applySuggestion } from '../finding';
import { activeLanguages, detectLanguage } from '../language';
import { tokenize } from '../tokenize';
import type { AnalysisContext, Finding, Rule, RuleInput } from '../types';

export function inputFor(text: string, context: AnalysisContext = {}): RuleInput {
  const tokens = tokenize(text);
  const lang = detectLanguage(text, tokens, context.langHint);
  return { text, lang, languages: activeLanguages(lang, tokens), tokens, context };
}

export interface Expected {
  /** text.slice(start, end) of the finding; its start is where it first occurs unless `at` says otherwise. */
  actual: string;
  at?: number;
  key: string;
  /** The text after applying the first suggestion (omit to skip; null: the finding offers none). */
  applied?: string | null;
  severity?: Finding['severity'];
}

export interface Case {
  text: string;
  hint: 'de' | 'en';
  context?: AnalysisContext;
  findings: Expected[];
}

/** One `it` per row: the rule's findings equal the expected ones, in order, spans and suggestions exact. */
export function table(rule: Rule, cases: readonly Case[]): void {
  for (const c of cases) {
    const label = `${c.findings.length ? 'flags' : 'accepts'} [${c.hint}] ${JSON.stringify(c.text).slice(0, 80)}`;
    it(label, () => {
      const input = inputFor(c.text, { langHint: c.hint, ...c.context });
      const found = rule.check(input);
      expect(
        found.map((f) => f.actual),
        'actual texts',
      ).toEqual(c.findings.map((e) => e.actual));
      for (const [i, e] of c.findings.entries()) {
        const f = found[i] as Finding;
        const start = e.at ?? c.text.indexOf(e.actual);
        expect(f.ruleId).toBe(rule.meta.id);
        expect({ start: f.start, end: f.end }).toEqual({ start, end: start + e.actual.length });
        expect(c.text.slice(f.start, f.end)).toBe(f.actual);
        expect(f.messageKey).toBe(e.key);
        if (e.severity) expect(f.severity).toBe(e.severity);
        if (e.applied === null) expect(f.suggestions).toEqual([]);
        else if (e.applied !== undefined) expect(applySuggestion(c.text, f, f.suggestions[0] ?? '')).toBe(e.applied);
      }
    });
  }
}
