// What the in-page draft UI shows for each composer: plain data built by the hub, rendered by components/.
import type { Category, Severity, Verdict } from '../analysis/types';

export interface FindingView {
  /** Index into the composer's findings: what the UI's callbacks name. */
  index: number;
  ruleId: string;
  category: Category;
  severity: Severity;
  /** The flagged words ('' for a note about the whole draft). */
  actual: string;
  message: string;
  suggestions: string[];
  confidence: number;
}

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** The line boxes of flagged words of one severity, relative to the composer's box. */
export interface MarkView {
  severity: Severity;
  rects: Box[];
}

export interface ComposerView {
  id: number;
  kind: 'comment' | 'reply' | 'post';
  /** The editable's box in viewport coordinates. */
  box: Box;
  verdict: Verdict;
  findings: FindingView[];
  marks: MarkView[];
  /** How many characters were checked when a huge draft was cut; null when all of it was. */
  truncated: number | null;
  /** The findings list is open (badge clicked). */
  open: boolean;
  /** The guard stopped a submit: the card with "Edit" and "Post anyway" shows. */
  stopped: boolean;
  /** A first submit of this draft would be stopped: its verdict is at the user's threshold, and the guard is on. */
  guarded: boolean;
  /** The rule the user just silenced from this box's list: a note with an Undo shows where its findings were. */
  silenced: string | null;
  /** "Listen first": replies in the thread the user has not had on screen, shown while this box has the focus. */
  unread: UnreadView | null;
}

export interface UnreadView {
  /** Others' comments never on screen (in this visit or an earlier one). */
  count: number;
  /** Questions and complaints among them that wait for an answer. */
  waiting: number;
}

export interface ComposerActions {
  toggle(id: number): void;
  close(id: number): void;
  apply(id: number, index: number, replacement: string): void;
  ignore(id: number, phrase: string): void;
  /** "Don't flag this kind": switches the finding's rule off in the settings. */
  silence(id: number, ruleId: string): void;
  /** Undo of the last silence from this box: the rule runs again. */
  unsilence(id: number): void;
  edit(id: number): void;
  postAnyway(id: number): void;
  /** The note's button: the side panel with the thread's brief. */
  openBrief(id: number): void;
  /** The note's close button: no note in this thread until a reply comes that was not counted. */
  dismissUnread(id: number): void;
}
