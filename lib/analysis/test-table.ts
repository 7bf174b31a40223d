// Table-test helper for rules: runs one rule on a text with its context and returns what a test compares,
// including every suggestion applied to the text (suggestions are tested by applying them).
import { applySuggestion } from './finding';
import { buildInput } from './input';
import type { AnalysisContext, Finding, Rule } from './types';

export interface CheckedFinding {
  actual: string;
  start: number;
  end: number;
  messageKey: string;
  severity: Finding['severity'];
  /** The text with each suggestion applied, in order. */
  applied: string[];
}

export function runRule(rule: Rule, text: string, context: AnalysisContext = {}): CheckedFinding[] {
  const input = buildInput(text, context);
  return rule.check(input).map((f) => {
    // Offsets and actual must agree, whatever the rule did.
    if (text.slice(f.start, f.end) !== f.actual) throw new Error(`${rule.meta.id}: actual does not match its span`);
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
