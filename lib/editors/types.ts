// The contract of an editor driver: how to read a composer's draft and map text offsets back to the DOM, per
// editor framework (Harper's split): the site says where the editor is, the driver says how to read it.

export type EditorKind = 'lexical' | 'draft' | 'prosemirror' | 'quill' | 'contenteditable' | 'textarea';

/** Where the user's caret or selection is, as text offsets: what "Edit" puts back. */
export interface TextSelection {
  start: number;
  end: number;
}

export interface EditorDriver {
  kind: EditorKind;
  /** Whether this driver reads the given editable element (checked in order; the generic drivers come last). */
  matches(element: Element): boolean;
  /** The draft as plain text: one line per block, in reading order. Never changes the editor. */
  getText(element: HTMLElement): string;
  /** A DOM Range over text.slice(start, end), for highlights; null where a range cannot express it (textarea). */
  rangeForSpan(element: HTMLElement, start: number, end: number): Range | null;
  /** The same for many spans, reading the editor once (a paint highlights every finding of a draft). */
  rangesForSpans(element: HTMLElement, spans: readonly { start: number; end: number }[]): (Range | null)[];
  /** The current selection inside the editor as text offsets, or null when it is elsewhere. */
  getSelection(element: HTMLElement): TextSelection | null;
  /** Puts the caret or selection back (after our card took the focus). */
  setSelection(element: HTMLElement, selection: TextSelection): void;
}
