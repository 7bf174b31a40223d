// The guard's decision about one submit, over its steps passed in, so Node tests cover every path and the fail-open
// ones first: a script's event is never judged, and whatever throws, the site's own submit goes ahead untouched.
import type { DraftOutcome } from '../db/drafts';
import type { DraftSession } from './draft-session';
import type { DraftVerdict } from './draft-verdict';

/** What the guard needs of a keydown or click event. */
export interface SubmitEvent {
  readonly isTrusted: boolean;
  preventDefault(): void;
  stopImmediatePropagation(): void;
}

export interface GuardSteps {
  /** The site is switched on and our layer is in the page. */
  active(): boolean;
  /** The draft as it is now: read before the site's own handler empties the editor. */
  readText(): string;
  verdict(text: string): DraftVerdict;
  /** Whether this verdict is at the user's threshold. */
  stops(verdict: DraftVerdict): boolean;
  session: Pick<DraftSession, 'submit' | 'undoStop'>;
  /** Draws the card at once; true only when the user can see it (hit-tested), so a hidden card never holds a post. */
  showCard(): boolean;
  /** Takes the card back after a stop that could not be shown. */
  hideCard(): void;
  record(outcome: Exclude<DraftOutcome, 'abandoned'>, text: string, verdict: DraftVerdict): void;
  warn(error: unknown): void;
}

/** What happened, for the caller's bookkeeping and the tests; only 'held' touched the event. */
export type GuardResult = 'untrusted' | 'inactive' | 'passed' | 'held' | 'failed';

export function guardSubmit(event: SubmitEvent, steps: GuardSteps): GuardResult {
  // A page's script can dispatch keys and clicks: they are not the user posting, and a card they raised (or did not)
  // would tell the script what we think of a text it chose.
  if (!event.isTrusted) return 'untrusted';
  let stopped: string | null = null;
  try {
    if (!steps.active()) return 'inactive';
    const text = steps.readText();
    if (!text.trim()) return 'inactive';
    const verdict = steps.verdict(text);
    const decision = steps.session.submit(text, steps.stops(verdict));
    if (decision.action === 'pass') {
      recordSafely(steps, decision.outcome, text, verdict);
      return 'passed';
    }
    stopped = text;
    if (!steps.showCard()) throw new Error('Listen First: the guard card is not visible');
    // Only now, with the card confirmed on screen, is the site's submit held.
    event.preventDefault();
    event.stopImmediatePropagation();
    return 'held';
  } catch (error) {
    if (stopped !== null) undo(steps, stopped);
    steps.warn(error);
    return 'failed';
  }
}

/** The history is a convenience: a failure to record never changes what happens to the post. */
function recordSafely(
  steps: GuardSteps,
  outcome: Exclude<DraftOutcome, 'abandoned'>,
  text: string,
  verdict: DraftVerdict,
): void {
  try {
    steps.record(outcome, text, verdict);
  } catch (error) {
    steps.warn(error);
  }
}

/** The user saw no warning: the post that goes through now is not "posted anyway", and no card stays behind. */
function undo(steps: GuardSteps, text: string): void {
  try {
    steps.session.undoStop(text);
  } catch (error) {
    steps.warn(error);
  }
  try {
    steps.hideCard();
  } catch (error) {
    steps.warn(error);
  }
}
