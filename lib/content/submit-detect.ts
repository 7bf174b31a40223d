// Recognises a submit before the site sees it: the site's send keys in an editor, a click on its send button, or
// Enter/Space on a send control that is not a native button. Works on events seen at window in the capture phase.
// A send button is found by structure, in order: the site's hooks (data-*, componentkey, testids, BEM classes), then
// the submit button of the form that holds the editor, and only last the button's localised label, and then only
// when the button sits in the editor's own small subtree (never in a comment of the thread).
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

/** A button that sends nothing now: disabled natively or by ARIA. */
const isDisabled = (button: Element) =>
  (button as HTMLButtonElement).disabled === true || button.getAttribute('aria-disabled') === 'true';

/** The site's send button an event target is in, unless disabled (a disabled button sends nothing). */
export function submitButtonOf(target: EventTarget | null, selector: string): HTMLElement | null {
  if (!(target instanceof Element) || !selector) return null;
  const button = target.closest(selector);
  if (!(button instanceof HTMLElement) || isDisabled(button)) return null;
  return button;
}

/** A label as compared: case, surrounding space, runs of space and a trailing ellipsis or colon do not count. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*(?:…|\.\.\.|:)$/, '')
    .toLocaleLowerCase('und');
}

/** The set the localised send labels are looked up in. */
export const labelSet = (labels: readonly string[] = []): ReadonlySet<string> =>
  new Set(labels.map(normalizeLabel).filter(Boolean));

/** Whether a control's visible text (or, without text, its aria-label) is one of the send labels. */
export function hasSubmitLabel(text: string, ariaLabel: string | null, labels: ReadonlySet<string>): boolean {
  if (labels.size === 0) return false;
  const visible = normalizeLabel(text);
  return labels.has(visible || normalizeLabel(ariaLabel ?? ''));
}

/** Where a site's composers and send buttons are, as the hub compiled them. */
export interface SubmitTargets {
  /** The site's send buttons by their hooks (one selector list). */
  selector: string;
  /** The site's editables (one selector list). */
  editables: string;
  /** Localised send labels (normalised): the last resort. */
  labels: ReadonlySet<string>;
}

/** A send the user started with a control: the control, and the editable whose draft it sends. */
export interface SubmitHit {
  button: HTMLElement;
  editable: HTMLElement;
}

/** Anything a user clicks to act: native buttons, submit inputs, and the div[role=button] controls sites draw. */
const CONTROL = 'button, input[type="submit"], [role="button"]';

/** A thread item (marked by the watcher) or a post or comment: a send button's subtree never holds one. */
const ITEM = '[data-lf-id], article, [role="article"]';

/** How far up from a button labelled like a send button its editable may sit: the editor's own small subtree. */
const LABEL_DEPTH = 6;

/**
 * The send an event target starts, if any: a control by the site's hooks, the submit button of the form holding an
 * editable, or a control labelled like a send button that belongs to exactly one editable structurally.
 */
export function submitOf(target: EventTarget | null, targets: SubmitTargets): SubmitHit | null {
  if (!(target instanceof Element)) return null;
  const hooked = submitButtonOf(target, targets.selector);
  if (hooked) {
    const editable = editableNear(hooked, targets.editables);
    return editable ? { button: hooked, editable } : null;
  }
  const control = target.closest(CONTROL);
  if (!(control instanceof HTMLElement) || isDisabled(control)) return null;
  const inForm = formEditable(control, targets.editables);
  if (inForm) return { button: control, editable: inForm };
  if (!hasSubmitLabel(control.textContent ?? '', control.getAttribute('aria-label'), targets.labels)) return null;
  const owned = ownedEditable(control, targets.editables);
  return owned ? { button: control, editable: owned } : null;
}

/** The editable a form's submit button sends: a button with no type is a submit button too, as in the browser. */
function formEditable(control: HTMLElement, editables: string): HTMLElement | null {
  if (!(control instanceof HTMLButtonElement || control instanceof HTMLInputElement)) return null;
  if (control.type !== 'submit' || !control.form || !editables) return null;
  return lastBefore(editablesIn(control.form, editables), control);
}

/**
 * The one editable a labelled control belongs to: the nearest ancestor (a few levels up) that holds an editable
 * holds exactly one, holds no thread item and is none, and the control comes after the editable (sends follow
 * their box). A comment's own "Reply" button fails this: its subtree up to a composer holds comments.
 */
export function ownedEditable(control: Element, editables: string): HTMLElement | null {
  if (!editables) return null;
  let node: Element | null = control.parentElement;
  for (let depth = 0; node && depth < LABEL_DEPTH; depth++, node = node.parentElement) {
    const found = editablesIn(node, editables);
    if (found.length === 0) continue;
    const editable = found[0];
    if (found.length > 1 || !editable || node.matches(ITEM) || node.querySelector(ITEM)) return null;
    return editable.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING ? editable : null;
  }
  return null;
}

/**
 * The editing hosts among an ancestor's matches: a selector can also match a non-editable island inside an editor
 * (LinkedIn's mention chip is span[contenteditable="false"] inside the TipTap box), which is not a box of its own.
 */
function editablesIn(node: ParentNode, selector: string): HTMLElement[] {
  return [...node.querySelectorAll<HTMLElement>(selector)].filter(
    (el) =>
      el instanceof HTMLTextAreaElement ||
      el instanceof HTMLInputElement ||
      (el.isContentEditable && !el.parentElement?.isContentEditable),
  );
}

/** The last of the editables before the control in document order, else the first. */
function lastBefore(found: HTMLElement[], control: Element): HTMLElement | null {
  if (found.length === 0) return null;
  const before = found.filter((el) => el.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING);
  return before.at(-1) ?? found[0] ?? null;
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
    const found = editablesIn(node, editableSelector);
    if (found.length > 0) return lastBefore(found, button);
  }
  return null;
}

/** The send button of an editable: the first enabled one in the nearest ancestor that has one. */
export function buttonNear(editable: Element, submitSelector: string): HTMLElement | null {
  if (!submitSelector) return null;
  let node: Element | null = editable.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    const found = [...node.querySelectorAll<HTMLElement>(submitSelector)].filter((b) => !isDisabled(b));
    if (found.length === 0) continue;
    const after = found.filter((b) => editable.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return after[0] ?? found[0] ?? null;
  }
  return null;
}

/**
 * The control that sends an editable's draft, found the ways a click is recognised (submitOf), so "Post anyway" after
 * a held key presses the same button a click would have: by hook, the form's submit button, a labelled button that
 * belongs to the editable. Null where the site sends by key only.
 */
export function sendControlOf(editable: HTMLElement, targets: SubmitTargets): HTMLElement | null {
  const hooked = buttonNear(editable, targets.selector);
  if (hooked) return hooked;
  const form = editable.closest('form');
  const submit = form
    ? [...form.querySelectorAll<HTMLElement>('button, input[type="submit"]')].find(
        (b) => (b as HTMLButtonElement).type === 'submit' && !isDisabled(b),
      )
    : undefined;
  if (submit) return submit;
  if (targets.labels.size === 0) return null;
  let node: Element | null = editable.parentElement;
  for (let depth = 0; node && depth < LABEL_DEPTH; depth++, node = node.parentElement) {
    for (const control of node.querySelectorAll<HTMLElement>(CONTROL)) {
      if (isDisabled(control)) continue;
      if (!hasSubmitLabel(control.textContent ?? '', control.getAttribute('aria-label'), targets.labels)) continue;
      if (ownedEditable(control, targets.editables) === editable) return control;
    }
  }
  return null;
}
