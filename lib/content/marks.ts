// What Listen First writes into a site's page, and nothing more: data-lf-* attributes on recognised items (how
// tests and other tools see what was understood) and a small badge in its own shadow root for notable flags.
import type { Translate } from '../i18n';
import type { AnalysedItem } from './item-analysis';
import { notableFlags } from './item-analysis';

export const BADGE_TAG = 'listen-first-badge';

const BADGE_CSS = `:host{all:initial;display:inline-flex;gap:4px;margin:2px 4px;vertical-align:middle}
span{font:600 11px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;padding:0 6px;border-radius:8px;
border:1px solid transparent;white-space:nowrap}
.hostile{background:#fee2e2;color:#991b1b;border-color:#fecaca}.promotional{background:#fef3c7;color:#92400e;border-color:#fde68a}
.complaint{background:#ffedd5;color:#9a3412;border-color:#fed7aa}.question{background:#dbeafe;color:#1e40af;border-color:#bfdbfe}
.watchlist{background:#ede9fe;color:#5b21b6;border-color:#ddd6fe}`;

export function markItem(element: Element, item: AnalysedItem): void {
  if (element.getAttribute('data-lf-id') !== item.id) element.setAttribute('data-lf-id', item.id);
  if (element.getAttribute('data-lf-tone') !== item.tone) element.setAttribute('data-lf-tone', item.tone);
  const flags = notableFlags(item.flags).join(' ');
  if (flags) element.setAttribute('data-lf-flags', flags);
  else element.removeAttribute('data-lf-flags');
}

export function unmarkItem(element: Element): void {
  element.removeAttribute('data-lf-id');
  element.removeAttribute('data-lf-tone');
  element.removeAttribute('data-lf-flags');
  ownBadge(element)?.remove();
}

/** Our badge among the element's own children (never one of a nested item's). */
function ownBadge(element: Element): Element | null {
  for (const child of element.children) if (child.localName === BADGE_TAG) return child;
  return null;
}

/**
 * Shows, updates or removes the badge of an item. The badge goes right after the item's first child (its body on
 * every site; on Facebook and legacy LinkedIn, replies nest inside the comment, so the end would be below them).
 * The site's framework keeps managing its own children, and the badge goes when the site removes the item.
 */
export function renderBadge(element: Element, item: AnalysedItem, t: Translate, enabled: boolean): void {
  const flags = enabled ? notableFlags(item.flags) : [];
  let host = ownBadge(element);
  if (flags.length === 0) {
    host?.remove();
    return;
  }
  const key = flags.join(' ');
  if (host && host.getAttribute('data-flags') === key) return;
  if (!host) {
    host = document.createElement(BADGE_TAG);
    host.attachShadow({ mode: 'open' });
    element.insertBefore(host, element.firstElementChild?.nextSibling ?? null);
  }
  host.setAttribute('data-flags', key);
  const shadow = host.shadowRoot as ShadowRoot;
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  const chips = flags.map((flag) => {
    const chip = document.createElement('span');
    chip.className = flag;
    chip.textContent = t(`badge.${flag}`);
    chip.title =
      flag === 'watchlist'
        ? t('badge.watchlist.title', { terms: item.flags.watchlist.join(', ') })
        : t(`badge.${flag}.title`);
    return chip;
  });
  shadow.replaceChildren(style, ...chips);
}
