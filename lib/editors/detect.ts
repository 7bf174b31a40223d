// Picks the driver for an editable element by its DOM markers, and finds the editable that an event came from.
import { DRIVERS } from './drivers';
import type { EditorDriver } from './types';

export function driverFor(element: Element): EditorDriver | null {
  for (const driver of DRIVERS) if (driver.matches(element)) return driver;
  return null;
}

/** The editing host an event target belongs to: the outermost contenteditable, or the text field itself. */
export function editableOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Node)) return null;
  const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
  if (!element) return null;
  if (element instanceof HTMLTextAreaElement) return element;
  if (element instanceof HTMLInputElement) return element.type === 'text' ? element : null;
  if (!(element instanceof HTMLElement) || !element.isContentEditable) return null;
  let host: HTMLElement = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}
