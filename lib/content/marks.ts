// What Listen First writes onto a site's own elements, and nothing more: data-lf-id and data-lf-tone on the comments
// it read. Both follow from the page's own text (its ids, our public word lists), so the page learns nothing private.
import type { AnalysedItem } from './item-analysis';

export function markItem(element: Element, item: AnalysedItem): void {
  if (element.getAttribute('data-lf-id') !== item.id) element.setAttribute('data-lf-id', item.id);
  if (element.getAttribute('data-lf-tone') !== item.tone) element.setAttribute('data-lf-tone', item.tone);
}

export function unmarkItem(element: Element): void {
  element.removeAttribute('data-lf-id');
  element.removeAttribute('data-lf-tone');
}
