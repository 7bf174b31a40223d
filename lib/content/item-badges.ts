// The badges on flagged comments (hostile, promo/spam, complaint, question, watchlist), drawn in our closed layer
// over the page, never inside the site's elements: whether a comment is flagged depends on the user's settings and
// watchlist, so nothing the page can query, measure or hit-test may change with it.
import type { Translate } from '../i18n';
import { type AnalysedItem, notableFlags } from './item-analysis';

// The hidden rule is needed: display:flex would beat the attribute, and a hidden badge stayed where it was last drawn
// (or at the window's corner, for one never placed).
const CSS = `.lf-item-badges{position:fixed;display:flex;gap:4px;pointer-events:none;z-index:1}.lf-item-badges[hidden]{display:none}
.lf-item-badges span{font:600 11px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;padding:0 6px;
border-radius:8px;border:1px solid transparent;white-space:nowrap;box-shadow:0 1px 2px rgba(0,0,0,.12)}
.hostile{background:#fee2e2;color:#991b1b;border-color:#fecaca}.promotional{background:#fef3c7;color:#92400e;border-color:#fde68a}
.complaint{background:#ffedd5;color:#9a3412;border-color:#fed7aa}.question{background:#dbeafe;color:#1e40af;border-color:#bfdbfe}
.watchlist{background:#ede9fe;color:#5b21b6;border-color:#ddd6fe}
.tone-positive{background:#dcfce7;color:#166534;border-color:#bbf7d0}.tone-neutral{background:#f3f4f6;color:#374151;border-color:#e5e7eb}
.tone-negative{background:#fce7f3;color:#9d174d;border-color:#fbcfe8}
.lf-item-tip{position:fixed;max-width:280px;padding:4px 8px;border-radius:6px;background:#111827;color:#fff;
font:12px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;pointer-events:none;z-index:2}`;

/** Inset of a badge from its comment's top right corner (clear of X's and Facebook's "…" menus). */
const INSET_TOP = 4;
const INSET_RIGHT = 40;

interface Badge {
  element: Element;
  node: HTMLElement;
  key: string;
  /** Explanations per chip, shown on hover (the chips take no pointer events, see the header). */
  tips: string[];
}

export class ItemBadges {
  private readonly badges = new Map<Element, Badge>();
  private readonly tip: HTMLElement;
  private frame: number | null = null;

  /**
   * `isOurs` tells our own UI from the page's in a hit test (a draft's badge may sit over a comment's corner).
   */
  constructor(
    private readonly slot: HTMLElement,
    private readonly isOurs: (node: Element) => boolean,
  ) {
    const style = document.createElement('style');
    style.textContent = CSS;
    this.tip = document.createElement('div');
    this.tip.className = 'lf-item-tip';
    this.tip.hidden = true;
    slot.append(style, this.tip);
  }

  /**
   * Shows, updates or removes the badge of a comment; `enabled` is the user's badges setting, `tone` the tone-marks
   * one (a mark on every comment, flagged or not, said in a word and a sign as well as colour).
   */
  set(element: Element, item: AnalysedItem, t: Translate, enabled: boolean, tone = false): void {
    const flags = enabled ? notableFlags(item.flags) : [];
    const known = this.badges.get(element);
    if (flags.length === 0 && !tone) {
      if (known) this.drop(element, known);
      return;
    }
    const tips = flags.map((flag) =>
      flag === 'watchlist'
        ? t('badge.watchlist.title', { terms: item.flags.watchlist.join(', ') })
        : t(`badge.${flag}.title`),
    );
    if (tone) tips.push(t('badge.tone.title'));
    const key = `${flags.join(' ')}|${tone ? item.tone : ''}|${tips.join('|')}`;
    if (known?.key === key) return;
    const node = known?.node ?? document.createElement('div');
    node.className = 'lf-item-badges';
    node.setAttribute('data-lf-badge', item.id);
    node.setAttribute('data-flags', flags.join(' '));
    if (tone) node.setAttribute('data-tone', item.tone);
    else node.removeAttribute('data-tone');
    const chips = flags.map((flag) => {
      const chip = document.createElement('span');
      chip.className = flag;
      chip.textContent = t(`badge.${flag}`);
      return chip;
    });
    if (tone) {
      const chip = document.createElement('span');
      chip.className = `tone-${item.tone}`;
      chip.textContent = t(`badge.tone.${item.tone}`);
      chips.push(chip);
    }
    node.replaceChildren(...chips);
    if (!known) {
      node.hidden = true;
      this.slot.append(node);
    }
    this.badges.set(element, { element, node, key, tips });
    this.schedule();
  }

  remove(element: Element): void {
    const known = this.badges.get(element);
    if (known) this.drop(element, known);
  }

  clear(): void {
    for (const [element, badge] of this.badges) this.drop(element, badge);
    this.tip.hidden = true;
  }

  /** Positions every badge in the next frame (after a scroll, a resize, or the page moving its comments). */
  schedule(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.paint();
    });
  }

  /**
   * Puts each badge at its comment's top right corner, and hides it where the page does not show that corner
   * (scrolled away inside a dialog, under a sticky header or a site's modal): the hit test asks the page what is
   * on top there, as the user would see it.
   */
  paint(): void {
    const width = window.innerWidth;
    const height = window.innerHeight;
    // Every read first, then every write: a style written between two reads would make the next read lay out the
    // page again, once per badge (hundreds on a long thread, every frame while a pass adds badges).
    const places: [Badge, number, number][] = [];
    const hidden: Badge[] = [];
    for (const [element, badge] of this.badges) {
      if (!element.isConnected) {
        this.drop(element, badge);
        continue;
      }
      const rect = element.getBoundingClientRect();
      const x = rect.right - INSET_RIGHT;
      const y = rect.top + INSET_TOP;
      let shown = rect.width > 0 && x > 0 && x < width && y >= 0 && y < height;
      if (shown) {
        const hit = document.elementFromPoint(Math.max(rect.left + 1, x), y + 1);
        shown = hit !== null && (element === hit || element.contains(hit) || this.isOurs(hit));
      }
      if (shown) places.push([badge, x, y]);
      else hidden.push(badge);
    }
    for (const badge of hidden) if (!badge.node.hidden) badge.node.hidden = true;
    for (const [badge, x, y] of places) {
      badge.node.hidden = false;
      badge.node.style.top = `${y}px`;
      badge.node.style.right = `${Math.max(0, width - x)}px`;
    }
  }

  /** A trusted pointer move: shows the explanation of the chip under the pointer, if any. */
  hover(x: number, y: number): void {
    for (const badge of this.badges.values()) {
      if (badge.node.hidden) continue;
      const chips = badge.node.children;
      for (let i = 0; i < chips.length; i++) {
        const r = (chips[i] as Element).getBoundingClientRect();
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
          this.tip.textContent = badge.tips[i] ?? '';
          this.tip.style.top = `${r.bottom + 4}px`;
          this.tip.style.left = `${Math.max(4, Math.min(r.left, window.innerWidth - 290))}px`;
          this.tip.hidden = false;
          return;
        }
      }
    }
    this.tip.hidden = true;
  }

  get size(): number {
    return this.badges.size;
  }

  private drop(element: Element, badge: Badge): void {
    badge.node.remove();
    this.badges.delete(element);
  }
}
