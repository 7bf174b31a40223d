// Builds findings the same way for every rule, so offsets and the "actual" text can never disagree.
import type { Finding, RuleInput, RuleMeta } from './types';

export function makeFinding(
  input: RuleInput,
  meta: RuleMeta,
  span: { start: number; end: number },
  messageKey: string,
  options: { args?: Finding['args']; suggestions?: string[]; confidence?: number; severity?: Finding['severity'] } = {},
): Finding {
  const start = Math.max(0, Math.min(span.start, input.text.length));
  const end = Math.max(start, Math.min(span.end, input.text.length));
  return {
    ruleId: meta.id,
    category: meta.category,
    severity: options.severity ?? meta.defaultSeverity,
    start,
    end,
    actual: input.text.slice(start, end),
    messageKey,
    args: options.args ?? {},
    suggestions: options.suggestions ?? [],
    confidence: Math.max(0, Math.min(1, options.confidence ?? 0.8)),
  };
}

/** Applies one suggestion to the text: what the UI does when the user accepts it (and what tests compare). */
export function applySuggestion(text: string, finding: Pick<Finding, 'start' | 'end'>, replacement: string): string {
  return text.slice(0, finding.start) + replacement + text.slice(finding.end);
}
