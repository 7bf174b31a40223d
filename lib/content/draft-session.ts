// The guard's memory for one composer: which texts it already warned about (each is stopped only once) and how
// the draft ended, for the history: posted clean, edited after a warning, posted anyway, or abandoned.
import type { DraftOutcome } from '../db/drafts';

/** Texts that differ only in spacing are the same draft to a reader. */
export const textKey = (text: string) => text.replace(/\s+/g, ' ').trim();

export type SubmitDecision = { action: 'stop' } | { action: 'pass'; outcome: Exclude<DraftOutcome, 'abandoned'> };

export class DraftSession {
  private readonly warned = new Set<string>();
  /** True from the first warning until the draft is posted or given up. */
  private pendingWarning = false;

  /** A submit of `text`; `atThreshold` says whether its verdict would stop it. */
  submit(text: string, atThreshold: boolean): SubmitDecision {
    const key = textKey(text);
    if (atThreshold && !this.warned.has(key)) {
      this.warned.add(key);
      this.pendingWarning = true;
      return { action: 'stop' };
    }
    const outcome = !this.pendingWarning ? 'clean' : this.warned.has(key) ? 'anyway' : 'edited';
    this.reset();
    return { action: 'pass', outcome };
  }

  /** A stop that could not be shown (the guard failed open): as if the text had not been warned about. */
  undoStop(text: string): void {
    this.warned.delete(textKey(text));
    this.pendingWarning = this.warned.size > 0;
  }

  /** Whether a warning is still open (shown, and the draft neither posted nor given up). */
  get warning(): boolean {
    return this.pendingWarning;
  }

  /** The draft was emptied, its box went away, or the page was left after a warning: 'abandoned', once. */
  abandon(): 'abandoned' | null {
    if (!this.pendingWarning) return null;
    this.reset();
    return 'abandoned';
  }

  private reset(): void {
    this.pendingWarning = false;
    this.warned.clear();
  }
}
