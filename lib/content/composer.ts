// One composer the user writes in: reads the draft through its editor driver, analyses it at the start of the frame
// that shows an edit (edits before it coalesce), keeps the last result so a submit never waits, remembers the caret.
import { analyze } from '../analysis/index';
import type { AnalysisContext, AnalysisResult } from '../analysis/types';
import type { EditorDriver, TextSelection } from '../editors/types';
import { clip, DRAFT_ANALYSED_CHARS } from '../limits';
import type { ComposerSpec } from '../sites/types';
import { DraftSession } from './draft-session';

export type ComposerKind = ComposerSpec['kind'];

/** Above this length, analysis waits for a pause in typing instead of running after each edit. */
const LONG_DRAFT = 5000;
const LONG_DRAFT_WAIT_MS = 150;

export interface ComposerHooks {
  /** The context for analysing `text` in this box. */
  context: (composer: Composer, text: string) => AnalysisContext;
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
  /** The account this box posts as, where the page says (read once: a box does not change hands). */
  account: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private frame: number | null = null;
  private readonly mutations: MutationObserver | null = null;

  constructor(
    readonly id: number,
    readonly element: HTMLElement,
    readonly driver: EditorDriver,
    readonly kind: ComposerKind,
    private readonly hooks: ComposerHooks,
  ) {
    // Editors fire no input event for much of what they do: Lexical and Draft.js handle Backspace, undo and
    // their own clearing after a post in keydown/beforeinput and write the DOM themselves. Their DOM is the
    // truth, so a change to it schedules the check. A textarea's value is not in the DOM: its input events are.
    if (driver.kind !== 'textarea') {
      this.mutations = new MutationObserver(() => this.schedule());
      this.mutations.observe(element, { childList: true, characterData: true, subtree: true });
    }
  }

  readText(): string {
    return this.driver.getText(this.element);
  }

  get truncated(): boolean {
    return this.text.length > DRAFT_ANALYSED_CHARS;
  }

  /**
   * After an edit: analysis runs in the animation-frame callback of the frame that will show the edit, so the hub
   * can draw the badge before that frame paints (not inside the site's input handling, and not a frame late; a
   * plain task would wait, as Chromium renders before timers after input). Long drafts wait for a pause in typing.
   * Edits before it runs (one keystroke's several mutations, fast typing) are checked once.
   */
  schedule(): void {
    if (this.frame !== null || this.timer !== null) return;
    const run = () => {
      this.frame = null;
      this.timer = null;
      this.refresh();
    };
    if (this.roughLength() > LONG_DRAFT) this.timer = setTimeout(run, LONG_DRAFT_WAIT_MS);
    else this.frame = requestAnimationFrame(run);
  }

  /** A cheap upper bound of the draft's length: reading the full text model waits for the check itself. */
  private roughLength(): number {
    if (this.driver.kind === 'textarea') return (this.element as HTMLTextAreaElement).value.length;
    return this.element.textContent?.length ?? 0;
  }

  /** A textarea the site emptied or filled from script fires no event: compare its value when drawing. */
  checkValue(): void {
    if (this.driver.kind === 'textarea' && this.readText() !== this.analysedText) this.schedule();
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
    // Only the start of a huge paste is analysed, so a 1 MB draft cannot freeze the page; the card says so.
    const limited = clip(text, DRAFT_ANALYSED_CHARS);
    this.result = analyze(limited, { ...this.hooks.context(this, limited), mode: 'draft' });
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
    this.mutations?.disconnect();
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    if (this.timer !== null) clearTimeout(this.timer);
    this.frame = null;
    this.timer = null;
  }
}
