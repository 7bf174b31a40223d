// The page shape report: the DOM skeleton around a thread (tags, roles, test ids, attribute names, nesting, counts)
// and how many elements each of our selectors matches, for a bug report when a site changed and we can't read it.
// It carries nothing written on the page: no text, names, links, ids, classes or attribute values.
import type { SelectorList } from '../sites/types';

/** Identifies the file when a user attaches it to a bug report; bump the version when the line syntax changes. */
export const SHAPE_FORMAT = 'listen-first/page-shape';
export const SHAPE_VERSION = 1;

/** Elements described at most, and how deep below the scope: the report stays small enough to read and attach. */
export const SHAPE_MAX_NODES = 4000;
export const SHAPE_MAX_DEPTH = 100;

export interface PageShape {
  format: typeof SHAPE_FORMAT;
  version: typeof SHAPE_VERSION;
  /** The page's language as its primary subtag ("de", "en"): sites word their buttons per locale. */
  lang: string | null;
  /** Elements below the scope, and how many of them the tree describes; the rest were cut by the limits. */
  elements: number;
  described: number;
  limits: { nodes: number; depth: number };
  /** Per selector name of ours, how many elements each alternative matches in the whole document. */
  selectors: Record<string, number[]>;
  /**
   * One line per element, indented two spaces per level: `tag role=… testid=… @aria-…/@data-… editable href`,
   * then `×N` for N same-shaped siblings in a row, `…N` for N child elements left out, `◀ focus` at the thread.
   */
  tree: string[];
}

/** What the content script adds around the shape: which site and status it saw. Never the address. */
export interface ShapeContext {
  site: string;
  status: string;
  extension: string;
}

export interface ShapeOptions {
  /** Our named selector lists (the adapter's, composers'): counted, never the page's own strings. */
  selectors?: Record<string, SelectorList>;
  /** The element the report details first (the thread root or a composer), so a big page cannot crowd it out. */
  focus?: Element | null;
  maxNodes?: number;
  maxDepth?: number;
}

/**
 * Site-defined constants ("tweet", "cellInnerDiv", "listitem") pass; anything with a digit, space, dot, colon or
 * slash may carry an id, a number, a URN, a URL or a name, and is dropped.
 */
const TOKEN = /^[A-Za-z][A-Za-z_-]{0,40}$/;

export function safeToken(value: string): string | null {
  return TOKEN.test(value) ? value : null;
}

/**
 * A test id made of parts may carry data in a later part (X's "UserAvatar-Container-<handle>"): one whose later part
 * is also a word of the page's text, links or labels is dropped. A one-part id ("tweet", "reply") is a constant.
 */
export function safeTestId(value: string, pageWords: ReadonlySet<string>): string | null {
  if (!safeToken(value)) return null;
  const [, ...later] = value.split(/[-_]/);
  return later.some((part) => pageWords.has(part.toLowerCase())) ? null : value;
}

/** WAI-ARIA 1.2 roles (with the DPub and graphics modules' common ones): any other role value is the page's own. */
const ARIA_ROLES = new Set(
  (
    'alert alertdialog application article banner blockquote button caption cell checkbox code columnheader combobox ' +
    'comment complementary contentinfo definition deletion dialog directory document emphasis feed figure form ' +
    'generic grid gridcell group heading img image insertion link list listbox listitem log main mark marquee math ' +
    'menu menubar menuitem menuitemcheckbox menuitemradio meter navigation none note option paragraph presentation ' +
    'progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider ' +
    'spinbutton status strong subscript superscript suggestion switch tab table tablist tabpanel term textbox time ' +
    'timer toolbar tooltip tree treegrid treeitem graphics-document graphics-object graphics-symbol doc-subtitle'
  ).split(' '),
);

/** Characters of the page's text read for the test id check at most: enough for any thread, bounded for any page. */
const WORD_CHARS = 2_000_000;

/** Lower-case words of the page's text, links and labels (handles, names, path parts), for `safeTestId`. */
export function pageWords(scope: Element): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
  };
  let read = 0;
  const walker = scope.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && read < WORD_CHARS; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    read += text.length;
    add(text);
  }
  for (const element of scope.querySelectorAll('[href], [aria-label], [alt], [title]'))
    for (const name of ['href', 'aria-label', 'alt', 'title']) add(element.getAttribute(name) ?? '');
  return words;
}

/** Attribute names are the page's code, but a generated one could still embed an id: the same rule applies. */
const ATTRIBUTE_NAME = /^(?:data|aria)-[a-z][a-z_-]{0,40}$/;

/** Never described: no structure of interest, and scripts and styles carry the page's data in their text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'head', 'title', 'base']);
/** Described as one element: what is inside is drawing, not structure. */
const LEAVES = new Set(['svg', 'math', 'canvas', 'video', 'audio', 'iframe', 'object', 'picture']);
/** Listen First's own host: its inside is closed and ours, not the page's. */
const OWN_TAG = 'listen-first-ui';

/** One element of the tree as the serialiser sees it: its line without indent, its children, what was cut. */
export interface ShapeNode {
  line: string;
  children: ShapeNode[];
  /** Child elements not described (limits), shown as `…N`. */
  cut: number;
}

/** The describing line of one element, built from allowed parts only. */
export function elementLine(element: Element, words: ReadonlySet<string> = new Set()): string {
  const tag = element.localName;
  const parts = [/^[a-z][a-z0-9-]{0,40}$/.test(tag) ? tag : 'element'];
  const role = element.getAttribute('role');
  if (role !== null) {
    const roles = role.split(/\s+/).filter(Boolean);
    parts.push(`role=${roles.map((r) => (ARIA_ROLES.has(r) ? r : '?')).join(',') || '?'}`);
  }
  const testId = element.getAttribute('data-testid');
  if (testId !== null) parts.push(`testid=${safeTestId(testId, words) ?? '?'}`);
  const names = new Set<string>();
  for (const { name } of element.attributes) {
    if (name === 'data-testid' || !(name.startsWith('data-') || name.startsWith('aria-'))) continue;
    names.add(ATTRIBUTE_NAME.test(name) ? name : `${name.slice(0, 5)}?`);
  }
  for (const name of [...names].sort()) parts.push(`@${name}`);
  if (element.hasAttribute('contenteditable')) parts.push('editable');
  if (element.hasAttribute('href')) parts.push('href');
  if (element.hasAttribute('hidden')) parts.push('hidden');
  return parts.join(' ');
}

const described = (element: Element) => !SKIPPED.has(element.localName) && element.localName !== OWN_TAG;

/**
 * Picks the elements to describe within the budget: the focus's ancestors, then breadth first around the focus up
 * to half the budget, then breadth first from the scope, so the top of the page and the thread both show.
 */
function pick(scope: Element, focus: Element | null, maxNodes: number, maxDepth: number): Set<Element> {
  const chosen = new Set<Element>([scope]);
  const depthOf = new Map<Element, number>([[scope, 0]]);
  const breadthFirst = (start: Element, startDepth: number, budget: number) => {
    const queue: [Element, number][] = [[start, startDepth]];
    for (let i = 0; i < queue.length && chosen.size < budget; i++) {
      const [element, depth] = queue[i] as [Element, number];
      if (depth >= maxDepth || LEAVES.has(element.localName)) continue;
      for (const child of element.children) {
        if (chosen.size >= budget) break;
        if (!described(child)) continue;
        chosen.add(child);
        depthOf.set(child, depth + 1);
        queue.push([child, depth + 1]);
      }
    }
  };
  if (focus && focus !== scope && scope.contains(focus)) {
    const path: Element[] = [];
    for (let at: Element | null = focus; at && at !== scope; at = at.parentElement) path.unshift(at);
    if (path.length <= maxDepth) {
      path.forEach((element, i) => {
        chosen.add(element);
        depthOf.set(element, i + 1);
      });
      breadthFirst(focus, path.length, Math.floor(maxNodes / 2));
    }
  } else if (focus === scope) breadthFirst(scope, 0, Math.floor(maxNodes / 2));
  breadthFirst(scope, 0, maxNodes);
  return chosen;
}

function build(element: Element, chosen: Set<Element>, focus: Element | null, words: ReadonlySet<string>): ShapeNode {
  const children: ShapeNode[] = [];
  let cut = 0;
  if (!LEAVES.has(element.localName))
    for (const child of element.children) {
      if (!described(child)) continue;
      if (chosen.has(child)) children.push(build(child, chosen, focus, words));
      else cut++;
    }
  const line = elementLine(element, words) + (element === focus ? ' ◀ focus' : '');
  return { line, children, cut };
}

/** Elements the tree could describe with no limits: what `described` is measured against. */
function countDescribable(scope: Element): number {
  let count = 0;
  const stack: Element[] = [scope];
  for (let element = stack.pop(); element; element = stack.pop()) {
    if (LEAVES.has(element.localName)) continue;
    for (const child of element.children)
      if (described(child)) {
        count++;
        stack.push(child);
      }
  }
  return count;
}

/** Lines of a node and its children; runs of siblings with the very same lines (subtree included) become one ×N. */
export function renderShape(node: ShapeNode, indent = ''): string[] {
  const own = `${indent}${node.line}${node.cut ? ` …${node.cut}` : ''}`;
  const lines = [own];
  let previous: string[] | null = null;
  let run = 0;
  const flush = () => {
    if (!previous) return;
    if (run > 1) previous[0] = `${previous[0]} ×${run}`;
    lines.push(...previous);
  };
  for (const child of node.children) {
    const childLines = renderShape(child, `${indent}  `);
    if (previous && previous.length === childLines.length && previous.every((l, i) => l === childLines[i])) run++;
    else {
      flush();
      previous = childLines;
      run = 1;
    }
  }
  flush();
  return lines;
}

/** Counts per alternative of each named list, in the list's order. A selector that throws counts as -1. */
export function selectorCounts(doc: ParentNode, lists: Record<string, SelectorList>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [name, list] of Object.entries(lists))
    out[name] = list.map((alt) => {
      try {
        return doc.querySelectorAll(alt.selector).length;
      } catch {
        return -1;
      }
    });
  return out;
}

/** The shape of the DOM below `scope` (the document body, as a rule). Computed on request only: it walks the page. */
export function pageShapeReport(scope: Element, options: ShapeOptions = {}): PageShape {
  const maxNodes = options.maxNodes ?? SHAPE_MAX_NODES;
  const maxDepth = options.maxDepth ?? SHAPE_MAX_DEPTH;
  const focus = options.focus ?? null;
  const chosen = pick(scope, focus, maxNodes, maxDepth);
  const lang = /^([a-z]{2,3})(?:-|$)/i.exec(scope.ownerDocument.documentElement.lang)?.[1]?.toLowerCase() ?? null;
  return {
    format: SHAPE_FORMAT,
    version: SHAPE_VERSION,
    lang,
    elements: countDescribable(scope),
    // The scope itself is described but is not below it.
    described: chosen.size - 1,
    limits: { nodes: maxNodes, depth: maxDepth },
    selectors: options.selectors ? selectorCounts(scope.ownerDocument, options.selectors) : {},
    tree: renderShape(build(scope, chosen, focus, pageWords(scope))),
  };
}

/** The file a user saves: the context first, so a reader sees site and status before the tree. */
export function pageShapeJson(shape: PageShape, context: ShapeContext): string {
  const { format, version, ...rest } = shape;
  const json = JSON.stringify({ format, version, ...context, ...rest }, null, 2);
  // A selector's counts on one line, so the file reads as one line per selector and per element.
  return `${json.replace(/\[\s+(-?\d+(?:,\s+-?\d+)*)\s+\]/g, (_, counts: string) => `[${counts.split(/,\s+/).join(', ')}]`)}\n`;
}
