// One composer the user writes in: reads the draft through its editor driver, analyses it in the frame after an
// input (fast typing coalesces), keeps the last result so a submit never waits, and remembers the caret for "Edit".
import { analyze } from '../analysis/index';
import type { AnalysisContext, AnalysisResult } from '../analysis/types';
import type { EditorDriver, TextSelection } from '../editors/types';
import type { ComposerSpec } from '../sites/types';
import { DraftSession } from './draft-session';

export type ComposerKind = ComposerSpec['kind'];

/** Above this length, analysis waits for a pause in typing instead of the next frame. */
const LONG_DRAFT = 5000;
const LONG_DRAFT_WAIT_MS = 150;
/** Only this much of a huge paste is analysed, so a 1 MB draft cannot freeze the page; the card says so. */
export const MAX_ANALYSED = 20_000;

export interface ComposerHooks {
  context: (composer: Composer) => AnalysisContext;
  analysed: (composer: Composer) => void;
}

export class Composer {
  readonly session = new DraftSession();
  /** The text the last analysis saw, and its result. */
  text = '';
  result: AnalysisResult | null = null;
  private analysedText: string | null = null;
  /** The last non-blank draft: what an abandoned warning is recorded with after the box was emptied. */
  lastDraft = '';
  private saved: TextSelection | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private frame: number | null = null;

  constructor(
    readonly id: number,
    readonly element: HTMLElement,
    readonly driver: EditorDriver,
    readonly kind: ComposerKind,
    private readonly hooks: ComposerHooks,
  ) {}

  readText(): string {
    return this.driver.getText(this.element);
  }

  get truncated(): boolean {
    return this.text.length > MAX_ANALYSED;
  }

  /** After an input: analysis follows in the next frame, or after a pause for long drafts. */
  schedule(): void {
    if (this.frame !== null || this.timer !== null) return;
    const run = () => {
      this.frame = null;
      this.timer = null;
      this.refresh();
    };
    // The element's text length is a cheap upper bound; reading the full model waits for the frame.
    if ((this.element.textContent?.length ?? 0) > LONG_DRAFT) this.timer = setTimeout(run, LONG_DRAFT_WAIT_MS);
    else this.frame = requestAnimationFrame(run);
  }

  /** Reads and analyses now, when the text changed; tells the hub. */
  refresh(force = false): void {
    if (!this.element.isConnected) return;
    const text = this.readText();
    if (!force && text === this.analysedText) return;
    this.analyse(text);
    this.hooks.analysed(this);
  }

  /** The analysis of `text`: the cached one when nothing changed, so a submit does not wait for the engine. */
  analyse(text: string): AnalysisResult {
    if (this.result && text === this.analysedText) return this.result;
    const limited = text.length > MAX_ANALYSED ? text.slice(0, MAX_ANALYSED) : text;
    this.result = analyze(limited, { ...this.hooks.context(this), mode: 'draft' });
    this.analysedText = text;
    this.text = text;
    if (text.trim()) this.lastDraft = text;
    return this.result;
  }

  /** Forgets the cached analysis (the context changed: thread read, history arrived, settings changed). */
  invalidate(): void {
    this.analysedText = null;
    this.schedule();
  }

  saveSelection(): void {
    this.saved = this.driver.getSelection(this.element);
  }

  /** Focus back in the editor with the caret (or selection) where it was when the card opened. */
  restoreSelection(): void {
    this.element.focus({ preventScroll: true });
    if (this.saved) this.driver.setSelection(this.element, this.saved);
  }

  dispose(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    if (this.timer !== null) clearTimeout(this.timer);
    this.frame = null;
    this.timer = null;
  }
}
