// Recognises a submit before the site sees it: the site's send keys in an editor, a click on its send button, or
// Enter/Space on a send control that is not a native button. Works on events seen at window in the capture phase.
import type { SelectorList, SubmitKey } from '../sites/types';

/** One CSS selector list from alternatives, for matches() and closest(). */
export const anyOf = (list: SelectorList) => list.map((alt) => alt.selector).join(', ');

/** True for the site's send key combination; never during IME composition (Enter then confirms a character). */
export function isSubmitKey(event: KeyboardEvent, keys: readonly SubmitKey[]): boolean {
  if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229 || event.altKey) return false;
  const mod = event.ctrlKey || event.metaKey;
  if (keys.includes('enter') && !mod && !event.shiftKey) return true;
  return keys.includes('mod-enter') && mod && !event.shiftKey;
}

/**
 * Enter that picks the highlighted entry of the site's mention or hashtag typeahead: the editor points at that
 * entry with aria-activedescendant (the combobox pattern), and the key is the typeahead's, not a send.
 */
export function picksSuggestion(editable: Element): boolean {
  const id = editable.getAttribute('aria-activedescendant');
  return Boolean(id && editable.ownerDocument.getElementById(id));
}

/** The site's send button an event target is in, unless disabled (a disabled button sends nothing). */
export function submitButtonOf(target: EventTarget | null, selector: string): HTMLElement | null {
  if (!(target instanceof Element) || !selector) return null;
  const button = target.closest(selector);
  if (!(button instanceof HTMLElement)) return null;
  if ((button as HTMLButtonElement).disabled || button.getAttribute('aria-disabled') === 'true') return null;
  return button;
}

/** Enter or Space on a focused div[role=button] send control: the site treats it as a click, the browser does not. */
export function isKeyActivation(event: KeyboardEvent, button: HTMLElement): boolean {
  if (button instanceof HTMLButtonElement || button instanceof HTMLInputElement) return false;
  return (event.key === 'Enter' || event.key === ' ') && !event.isComposing && event.keyCode !== 229;
}

/** How far up from a send button (or an editor) we look for its partner; composers are small subtrees. */
const MAX_DEPTH = 12;

/**
 * The editable a send button belongs to: the one in the nearest ancestor that holds any composer.
 * With several there (a thread composer), the last one before the button in document order.
 */
export function editableNear(button: Element, editableSelector: string): HTMLElement | null {
  let node: Element | null = button.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    const found = [...node.querySelectorAll<HTMLElement>(editableSelector)];
    if (found.length === 0) continue;
    const before = found.filter((el) => el.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING);
    return before.at(-1) ?? found[0] ?? null;
  }
  return null;
}

/** The send button of an editable: the first enabled one in the nearest ancestor that has one. */
export function buttonNear(editable: Element, submitSelector: string): HTMLElement | null {
  let node: Element | null = editable.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    const found = [...node.querySelectorAll<HTMLElement>(submitSelector)].filter(
      (b) => !(b as HTMLButtonElement).disabled && b.getAttribute('aria-disabled') !== 'true',
    );
    if (found.length === 0) continue;
    const after = found.filter((b) => editable.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return after[0] ?? found[0] ?? null;
  }
  return null;
}
