// The one table-test helper for rules (their .test.ts files only, never the engine): runs a rule on the input
// analyze() would build, checks what every finding must keep, and compares findings with expected rows, spans
// exact and suggestions applied (suggestions are tested by applying them).
import { expect, it } from 'vitest';
import { applySuggestion } from '../../finding';
import { buildInput } from '../../input';
import { tokenize } from '../../tokenize';
import type { AnalysisContext, Finding, Rule, RuleInput } from '../../types';

type ListLanguages = readonly ('de' | 'en')[];

/**
 * What analyze() gives a rule. `languages` pins the word lists instead of detecting them, to test one language's
 * list on its own (the text's language is then the first of them).
 */
export function inputFor(text: string, context: AnalysisContext = {}, languages?: ListLanguages): RuleInput {
  if (!languages) return buildInput(text, context);
  // Nothing to detect: a 1 MB property-test string then costs its tokens only.
  return { text, lang: languages[0] ?? 'und', languages, tokens: tokenize(text), context };
}

export interface CheckedFinding {
  actual: string;
  start: number;
  end: number;
  messageKey: string;
  severity: Finding['severity'];
  /** The text with each suggestion applied, in order. */
  applied: string[];
}

/** Runs one rule and returns what a test compares, after checking what any finding of it must keep. */
export function runRule(
  rule: Rule,
  text: string,
  context: AnalysisContext = {},
  languages?: ListLanguages,
): CheckedFinding[] {
  return rule.check(inputFor(text, context, languages)).map((f) => {
    const where = `${rule.meta.id} at ${f.start}..${f.end}`;
    expect(f.ruleId, where).toBe(rule.meta.id);
    expect(f.category, where).toBe(rule.meta.category);
    // A key the rule does not declare escapes the registry's check that both UI languages explain it.
    expect(rule.meta.messageKeys, `${where}: undeclared message key`).toContain(f.messageKey);
    // Offsets and actual must agree, whatever the rule did.
    expect(f.actual, where).toBe(text.slice(f.start, f.end));
    return {
      actual: f.actual,
      start: f.start,
      end: f.end,
      messageKey: f.messageKey,
      severity: f.severity,
      applied: f.suggestions.map((s) => applySuggestion(text, f, s)),
    };
  });
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
  /** The page's language (analyze()'s langHint); the rule gets the languages detected from text and hint. */
  hint?: 'de' | 'en';
  /** The word lists to apply instead of detected ones (see inputFor). */
  languages?: ListLanguages;
  context?: AnalysisContext;
  findings: Expected[];
}

/** One `it` per row: the rule's findings equal the expected ones, in order, spans and suggestions exact. */
export function table(rule: Rule, cases: readonly Case[]): void {
  for (const c of cases) {
    const langs = c.languages ? c.languages.join('+') : (c.hint ?? 'detected');
    const label = `${c.findings.length ? 'flags' : 'accepts'} [${langs}] ${JSON.stringify(c.text).slice(0, 80)}`;
    it(label, () => {
      const context = c.hint === undefined ? c.context : { langHint: c.hint, ...c.context };
      const found = runRule(rule, c.text, context, c.languages);
      expect(
        found.map((f) => f.actual),
        'actual texts',
      ).toEqual(c.findings.map((e) => e.actual));
      for (const [i, e] of c.findings.entries()) {
        const f = found[i] as CheckedFinding;
        const start = e.at ?? c.text.indexOf(e.actual);
        expect({ start: f.start, end: f.end }).toEqual({ start, end: start + e.actual.length });
        expect(f.messageKey).toBe(e.key);
        if (e.severity) expect(f.severity).toBe(e.severity);
        if (e.applied === null) expect(f.applied).toEqual([]);
        else if (e.applied !== undefined) expect(f.applied[0]).toBe(e.applied);
      }
    });
  }
}
