// Where analyze() reports a rule that threw. It swallows the exception on purpose: one broken rule must not cost the
// other findings, and the guard fails open. Tests set a reporter to see it; by default nothing listens.
export type RuleErrorReporter = (ruleId: string, error: unknown) => void;

const ignore: RuleErrorReporter = () => {};
let reporter: RuleErrorReporter = ignore;

/** Sets who hears of a rule's exception (none: nobody); returns the reporter it replaces, to put back after. */
export function setRuleErrorReporter(next?: RuleErrorReporter): RuleErrorReporter {
  const previous = reporter;
  reporter = next ?? ignore;
  return previous;
}

export function reportRuleError(ruleId: string, error: unknown): void {
  try {
    reporter(ruleId, error);
  } catch {
    // A reporter that throws must not make analyze() throw: the guard would no longer fail open.
  }
}
