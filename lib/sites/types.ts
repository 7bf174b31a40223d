// The shape every site adapter has: where the thread is, which elements are its items, and how to read one.
// Site code is data plus small readers; observing, marking and storing live once in lib/content and lib/db.
import type { SiteId } from './registry';

/** One way to find something, with where it comes from (page variant, source, date): sites change, so we keep alternatives. */
export interface SelectorAlternative {
  selector: string;
  note: string;
}

/** Alternatives in order of preference; the first that matches wins. */
export type SelectorList = readonly SelectorAlternative[];

export interface ItemAuthor {
  name: string;
  /** "@handle" on X, a vanity or profile id elsewhere; absent when the page shows none. */
  handle?: string;
  profileUrl?: string;
}

/** What the page says about when an item was written: an absolute time, or the relative text shown. */
export interface ItemTime {
  /** ISO 8601, when the page has an absolute time (X's time[datetime], Xing's time[datetime]). */
  iso?: string;
  /** The relative form shown ("3 Std.", "vor 2 Tagen", "3h"), parsed by lib/sites/time.ts. */
  relative?: string;
}

/** One comment or reply as an adapter reads it from its element. */
export interface RawItem {
  id: string;
  parentId: string | null;
  author: ItemAuthor;
  text: string;
  time: ItemTime;
  permalink?: string;
  /** True when the page itself marks the item as the logged-in user's. */
  ownByPage?: boolean;
}

export interface ThreadItem extends Omit<RawItem, 'time' | 'ownByPage'> {
  /** Absolute time in ms since the epoch, or null when the page shows none that can be parsed. */
  time: number | null;
  own: boolean;
}

export interface Thread {
  site: SiteId;
  id: string;
  url: string;
  /** The post the comments belong to, read like an item. */
  root: ThreadItem | null;
  items: ThreadItem[];
}

/** The keys that send a draft on a site: bare Enter (Facebook) or Ctrl/Cmd+Enter (X, LinkedIn). */
export type SubmitKey = 'enter' | 'mod-enter';

/** One kind of composer: the editables that are comment, reply or new-post boxes of that kind. */
export interface ComposerSpec {
  /** 'comment' becomes 'reply' at run time when the box sits inside a comment of the thread. */
  kind: 'comment' | 'reply' | 'post';
  editable: SelectorList;
  /** Send keys of this kind of box when they differ from the site's (a post dialog where Enter is a new line). */
  keys?: readonly SubmitKey[];
}

/** Where a site's composers are and how they send: data, read by lib/content's guard. */
export interface SiteComposers {
  /** Checked in order: the first spec whose selector the editable matches decides its kind. */
  specs: readonly ComposerSpec[];
  /** The editable itself or an ancestor matching one of these is a private-message box: never checked or guarded. */
  exclude: SelectorList;
  /** The send buttons by their hooks (data-*, componentkey, testids, classes); the one nearest an editable belongs to it. */
  submit: SelectorList;
  /**
   * The send buttons' visible labels in every UI language the site ships (the last resort, after the hooks and the
   * form's submit button): a control with one of these texts counts only inside its editable's own small subtree.
   */
  submitLabels?: readonly string[];
  /** The send keys of the site's boxes; a spec may name its own. */
  keys: readonly SubmitKey[];
}

export interface SiteAdapter {
  /** The site's composers (comment, reply and post boxes) and how they send. */
  composers: SiteComposers;
  id: SiteId;
  /** Named selector lists, so tests can check every alternative matches in at least one fixture. */
  selectors: Record<string, SelectorList>;
  /**
   * The elements that each hold one thread on this page (a post plus its comments), in page order: one on a post
   * page, one per post with comments on a feed, none where the page shows no thread. Roots do not nest.
   */
  findThreadRoots(doc: Document): Element[];
  /** A stable id for the thread (post URN, status id, story id), from the root or the URL. */
  threadId(root: Element, url: URL): string | null;
  /** The post itself, read as an item; null when the root shows no post body. */
  readPost(root: Element): RawItem | null;
  /** Every comment and reply element currently in the root, in document order. */
  findItems(root: Element): Element[];
  /** Reads one item element; null when the element is not (yet) a complete item. */
  readItem(element: Element): RawItem | null;
  /** The logged-in user's handle or name where the page shows it (for "own" items); null otherwise. */
  currentUser?(doc: Document): string | null;
}

/** First element matching any alternative, in preference order. */
export function queryFirst(root: ParentNode, list: SelectorList): Element | null {
  for (const alt of list) {
    const found = root.querySelector(alt.selector);
    if (found) return found;
  }
  return null;
}

/** All elements matching the first alternative that matches anything. */
export function queryAllFirst(root: ParentNode, list: SelectorList): Element[] {
  for (const alt of list) {
    const found = root.querySelectorAll(alt.selector);
    if (found.length) return [...found];
  }
  return [];
}

/** Sort comparator: document order. */
export const byDocumentOrder = (a: Element, b: Element): number =>
  a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/** The elements no other of them contains (a root or block nested in another counts once), order kept. */
export function outermost<T extends Element>(elements: readonly T[]): T[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** The nearest element holding all of `elements` (above the first one itself); null for none. */
export function commonAncestor(elements: readonly Element[]): Element | null {
  let shared: Element | null = elements[0]?.parentElement ?? null;
  for (const el of elements.slice(1)) while (shared && !shared.contains(el)) shared = shared.parentElement;
  return shared;
}

/**
 * Characters read from one element at most: well past what is analysed or stored (lib/limits.ts), so a comment that
 * is cut still reads as longer than the limit, but a page with megabytes in one comment costs no more than this.
 */
const READ_CHARS = 40_000;

/**
 * An element's text with whitespace collapsed, as a reader sees it (emoji images read by their alt text). `without`:
 * a selector for descendants left out with everything in them (buttons inside a text), read as if removed from a
 * copy, without making one (copying a thread's comments took a tenth of a reading pass).
 */
export function visibleText(element: Element | null, without?: string): string {
  if (!element) return '';
  let out = '';
  const walk = (node: Node) => {
    if (out.length >= READ_CHARS) return;
    if (without && node !== element && node.nodeType === 1 && (node as Element).matches(without)) return;
    // A line break followed by indentation is the markup's own layout (saved and hand-indented pages), shown as a
    // space; a bare line break is the text's (X and LinkedIn keep typed line breaks in pre-wrap text).
    if (node.nodeType === 3)
      out += (node.nodeValue ?? '').slice(0, READ_CHARS - out.length).replace(/[ \t]*\n[ \t]{2,}/g, ' ');
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName === 'IMG') out += el.getAttribute('alt') ?? '';
      else if (el.tagName === 'BR') out += '\n';
      else
        for (const child of el.childNodes) {
          if (out.length >= READ_CHARS) break;
          walk(child);
        }
    }
  };
  walk(element);
  return out
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
