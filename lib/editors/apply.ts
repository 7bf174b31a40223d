// Writes into the site's editor, only when the user applies a suggestion: select the words, then insertText, the
// one route every framework (Lexical, Draft.js, ProseMirror, Quill, textarea) turns into its own edit and undo step.
import type { EditorDriver } from './types';

/** Replaces text.slice(start, end) with the replacement; true when the editor's text shows the change. */
export function replaceSpan(
  driver: EditorDriver,
  element: HTMLElement,
  start: number,
  end: number,
  replacement: string,
): boolean {
  const before = driver.getText(element);
  element.focus();
  if (driver.kind === 'textarea') {
    (element as HTMLTextAreaElement).setSelectionRange(start, end);
  } else {
    const range = driver.rangeForSpan(element, start, end);
    const selection = element.ownerDocument.getSelection();
    if (!range || !selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
  }
  // Deprecated but the only input the frameworks all accept as the user's own (it fires beforeinput and input).
  const done = replacement
    ? element.ownerDocument.execCommand('insertText', false, replacement)
    : element.ownerDocument.execCommand('delete', false);
  const expected = before.slice(0, start) + replacement + before.slice(end);
  return done && driver.getText(element) === expected;
}
