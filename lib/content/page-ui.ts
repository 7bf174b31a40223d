// Listen First's one element in a site's page: a host with a closed shadow root, fixed at the viewport's corner
// with no size, no attributes and nothing the page's script can read. Everything we show in the page lives inside.
import contentCss from '../../components/styles/content.css?inline';
import { toShadowCss } from '../ui/shadow-css';

/** Tag name of the host; tests and other tools find Listen First's UI by it (the inside stays closed). */
export const UI_HOST_TAG = 'listen-first-ui';

// The host takes no room and no attributes whatever we show: its box must tell the page nothing. The declarations
// are important in the shadow tree, which beats even a page's important styles on our tag (CSS Scoping's cascade
// for important rules); what is left (a hidden html element, a page's own top layer) the guard's hit test notices.
const HOST_CSS = `:host{all:initial!important;display:block!important;position:fixed!important;top:0!important;
left:0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483647!important}`;

let css: string | null = null;

export interface PageUi {
  /** Our shadow root: closed, so only this content script holds it. */
  readonly shadow: ShadowRoot;
  /** A container of our own inside the shadow root, created on first use. */
  slot(name: string): HTMLElement;
  /** The language our UI speaks (screen readers and quotation marks follow it); set inside, never on the host. */
  setLanguage(lang: string): void;
  /** Puts the host back where a single-page app's rewrite of the body took it away. */
  reattach(): void;
  remove(): void;
}

export function createPageUi(): PageUi {
  const host = document.createElement(UI_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  // A style element, not an adopted sheet: Firefox does not let content scripts adopt constructed sheets.
  const style = document.createElement('style');
  css ??= HOST_CSS + toShadowCss(contentCss);
  style.textContent = css;
  // An html element as the tree's root, as the Tailwind base layer expects (type and colour are set on it).
  const root = document.createElement('html');
  const body = document.createElement('body');
  root.append(style, body);
  shadow.append(root);
  // Keys typed in our UI must not reach the site's shortcuts (X: "j", "l", "r" …) or its editors.
  for (const type of ['keydown', 'keyup', 'keypress']) body.addEventListener(type, (e) => e.stopPropagation());
  const slots = new Map<string, HTMLElement>();
  // After the body, not in it: styles or an inert attribute a page puts on its body do not reach us, and the
  // page's observers of its body see nothing of ours.
  const reattach = () => {
    if (!host.isConnected) document.documentElement.append(host);
  };
  reattach();
  return {
    shadow,
    slot(name) {
      let slot = slots.get(name);
      if (!slot) {
        slot = document.createElement('div');
        body.append(slot);
        slots.set(name, slot);
      }
      return slot;
    },
    setLanguage(lang) {
      if (root.lang !== lang) root.lang = lang;
    },
    reattach,
    remove: () => host.remove(),
  };
}
