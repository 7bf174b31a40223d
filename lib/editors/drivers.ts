// One driver per editor framework. The frameworks differ in markers and in where they keep text, not in how the
// text reads back from the DOM, so the contenteditable drivers share the text model; textarea reads its value.
import { offsetInModel, rangeInModel, readTextModel } from './text-model';
import type { EditorDriver, EditorKind, TextSelection } from './types';

function contentEditableDriver(kind: EditorKind, matches: (element: Element) => boolean): EditorDriver {
  return {
    kind,
    matches,
    getText: (element) => readTextModel(element).text,
    rangeForSpan: (element, start, end) => rangeInModel(readTextModel(element), start, end),
    rangesForSpans(element, spans) {
      if (spans.length === 0) return [];
      const model = readTextModel(element);
      return spans.map(({ start, end }) => rangeInModel(model, start, end));
    },
    getSelection(element) {
      const selection = element.ownerDocument.getSelection();
      if (!selection || selection.rangeCount === 0) return null;
      const range = selection.getRangeAt(0);
      const model = readTextModel(element);
      const start = offsetInModel(model, element, range.startContainer, range.startOffset);
      const end = offsetInModel(model, element, range.endContainer, range.endOffset);
      return start === null || end === null ? null : { start, end };
    },
    setSelection(element, { start, end }: TextSelection) {
      const range = rangeInModel(readTextModel(element), start, end);
      const selection = element.ownerDocument.getSelection();
      if (!range || !selection) return;
      selection.removeAllRanges();
      selection.addRange(range);
    },
  };
}

/** Facebook: Lexical marks its root element. */
export const lexical = contentEditableDriver('lexical', (el) => el.getAttribute('data-lexical-editor') === 'true');

/** X: Draft.js renders blocks as div[data-block] with span[data-text] inside .public-DraftEditor-content. */
export const draft = contentEditableDriver(
  'draft',
  (el) => el.classList.contains('public-DraftEditor-content') || el.closest('.DraftEditor-root') !== null,
);

/** LinkedIn (v2): TipTap is ProseMirror with a class of its own. */
export const prosemirror = contentEditableDriver('prosemirror', (el) => el.classList.contains('ProseMirror'));

/** LinkedIn (v1 legacy): Quill's editable. */
export const quill = contentEditableDriver('quill', (el) => el.classList.contains('ql-editor'));

/** Xing and anything unknown: a plain contenteditable read the same way. */
export const contentEditable = contentEditableDriver(
  'contenteditable',
  (el) => el instanceof HTMLElement && el.isContentEditable,
);

export const textarea: EditorDriver = {
  kind: 'textarea',
  matches: (el) => el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === 'text'),
  getText: (element) => (element as HTMLTextAreaElement).value,
  // A range cannot point into a textarea's value: findings are listed in the card instead of highlighted.
  rangeForSpan: () => null,
  rangesForSpans: (_element, spans) => spans.map(() => null),
  getSelection(element) {
    const field = element as HTMLTextAreaElement;
    return { start: field.selectionStart, end: field.selectionEnd };
  },
  setSelection(element, { start, end }) {
    (element as HTMLTextAreaElement).setSelectionRange(start, end);
  },
};

/** Most specific first: a Lexical root is also a contenteditable. */
export const DRIVERS: readonly EditorDriver[] = [lexical, draft, prosemirror, quill, textarea, contentEditable];
