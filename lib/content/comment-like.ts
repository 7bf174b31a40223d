// A second line of defence: finds repeated comment-like blocks (a person link, a time, a text) under a thread root
// by structure alone, with no site class names and no UI words, for when no selector alternative for items matches.
// Meant to detect "comments we can't read", not to read them.
import { parseShownTime } from '../sites/time';
import { byDocumentOrder } from '../sites/types';

export interface CommentLikeOptions {
  /** The reading time for relative times ("3h"); times after it are not times. Defaults to Date.now(). */
  now?: number;
  /** Time anchors examined at most: the search must stay cheap on pages with thousands of links. */
  maxAnchors?: number;
  /** Blocks of one structural signature needed before they count as a list of comments. */
  minRepeat?: number;
  /** Ancestors walked up from a time anchor at most, looking for its block. */
  maxDepth?: number;
}

const DEFAULTS = { maxAnchors: 5_000, minRepeat: 2, maxDepth: 25 };

/** Text longer than this is never a time or a name, so it is not parsed. */
const SHORT_TEXT = 60;

/** Where nothing is comment text: controls, code, graphics. Links are handled apart (names and times). */
const NOT_TEXT = 'button, [role="button"], script, style, noscript, template, svg, [aria-hidden="true"], time, a';

function parseHref(href: string, base: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** A profile by its href shape on the sites we know the shape of; a single path segment stands for any other. */
export function isProfileHref(href: string, base = 'https://example.invalid/'): boolean {
  const url = parseHref(href, base);
  if (!url || !/^https?:$/.test(url.protocol)) return false;
  const path = url.pathname;
  if (/^\/(?:in|company|profile|profiles|pub|school)\/[^/]+\/?$/i.test(path)) return true;
  if (/^\/profile\.php$/i.test(path) && url.searchParams.has('id')) return true;
  if (/^\/@[\w.-]+\/?$/.test(path)) return true;
  // One segment ("/akunlain0", x.com "/handle"), but not a file or a page of the site's own ("/permalink.php").
  return /^\/[\p{L}\p{N}_.-]+\/?$/u.test(path) && !/\.(?:php|html?|aspx?)$/i.test(path);
}

/** A link to one comment or post rather than to a person: Facebook's comment_id, X's status link. */
export function isItemHref(href: string, base = 'https://example.invalid/'): boolean {
  const url = parseHref(href, base);
  if (!url) return false;
  if (url.searchParams.has('comment_id') || url.searchParams.has('reply_comment_id')) return true;
  return /\/status(?:es)?\/\d+\/?$/.test(url.pathname);
}

/** Short text that reads like a name: one to five words, letters mostly, no sentence, no number, no time. */
export function isNameLike(text: string): boolean {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length < 2 || clean.length > 50) return false;
  const words = clean.split(' ');
  if (words.length > 5) return false;
  if (/[#?!:;/\\|<>{}[\]=+*%$€£]|\d/u.test(clean)) return false;
  return /^\p{L}/u.test(clean);
}

/** The text of a leaf-ish element, when short enough to be a time. */
function shortText(element: Element): string | null {
  const text = element.textContent ?? '';
  if (text.length > SHORT_TEXT * 2) return null;
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean && clean.length <= SHORT_TEXT ? clean : null;
}

const isTime = (text: string | null, now: number): boolean =>
  text !== null && text !== '' && text.length <= SHORT_TEXT && parseShownTime(text, now) !== null;

/** Marks an element and its ancestors up to the scope with a flag; stops where an ancestor has it already. */
function flagUp(from: Element, scope: Element, flags: Map<Element, number>, flag: number): void {
  for (let el: Element | null = from; el; el = el.parentElement) {
    const had = flags.get(el) ?? 0;
    if (had & flag) return;
    flags.set(el, had | flag);
    if (el === scope) return;
  }
}

const PERSON = 1;
const TEXT = 2;

/** An element's structural part of a signature: tag and role, never classes or ids (they are the site's). */
const shape = (el: Element) => {
  const role = el.getAttribute('role');
  return role ? `${el.localName}[${role}]` : el.localName;
};

/**
 * Repeated comment-like blocks under `scope`, in document order: each holds a link to a person, a time and a text
 * that is neither, is the innermost such block around its time, and shares its structural signature with at least
 * one other block. A nested reply is its own block inside its parent's.
 */
export function findCommentLike(scope: Element, options: CommentLikeOptions = {}): Element[] {
  const now = options.now ?? Date.now();
  const { maxAnchors, minRepeat, maxDepth } = { ...DEFAULTS, ...options };
  const doc = scope.ownerDocument;
  const base = doc.baseURI;

  // One pass over links, time elements and labelled elements: which are times (anchors), which are persons.
  const anchors: Element[] = [];
  const flags = new Map<Element, number>();
  const persons: Element[] = [];
  const candidates = scope.querySelectorAll('a[href], time, [aria-label]');
  for (const el of candidates) {
    if (anchors.length >= maxAnchors) break;
    const last = anchors[anchors.length - 1];
    if (last?.contains(el)) continue; // the <time> inside a time link is the same anchor
    if (el.localName === 'time') {
      anchors.push(el);
      continue;
    }
    const label = el.getAttribute('aria-label');
    if (el.localName === 'a') {
      const href = el.getAttribute('href') ?? '';
      const text = shortText(el);
      // A time by its text first; then a profile by its href, even when it carries a comment id (Facebook's
      // author links do); then a comment or status permalink; then any link whose text reads like a name.
      if (isTime(text, now) || isTime(label, now)) anchors.push(el);
      else if (isProfileHref(href, base)) persons.push(el);
      else if (isItemHref(href, base)) anchors.push(el);
      else if (text !== null && isNameLike(text)) persons.push(el);
      continue;
    }
    if (isTime(label, now)) anchors.push(el);
  }
  // Times shown as plain text ("3d" in a <span>): the parent of a short text node that parses as a time.
  const textAnchors: Element[] = [];
  const texts: Element[] = [];
  const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  let examined = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(value)) continue;
    const parent = node.parentElement;
    if (!parent) continue;
    if (value.length <= SHORT_TEXT * 2 && examined < maxAnchors) {
      const text = shortText(parent);
      if (text && !parent.closest('a, time') && isTime(text, now)) {
        examined++;
        textAnchors.push(parent);
        continue;
      }
    }
    if (parent.closest(NOT_TEXT)) continue;
    texts.push(parent);
  }
  const allAnchors = mergeInOrder(anchors, textAnchors).slice(0, maxAnchors);

  for (const person of persons) flagUp(person, scope, flags, PERSON);
  for (const text of texts) flagUp(text, scope, flags, TEXT);
  // The first anchor (in document order) inside each element: a block must not hold an anchor before its own,
  // or it has grown into the list around an earlier comment.
  const firstAnchor = new Map<Element, number>();
  allAnchors.forEach((anchor, index) => {
    for (let el: Element | null = anchor; el; el = el.parentElement) {
      if (firstAnchor.has(el)) break;
      firstAnchor.set(el, index);
      if (el === scope) break;
    }
  });

  const blocks = new Map<Element, string>();
  allAnchors.forEach((anchor, index) => {
    let path = '';
    let el: Element | null = anchor;
    for (let depth = 0; el && depth < maxDepth; depth++) {
      if ((firstAnchor.get(el) ?? index) < index) return;
      const f = flags.get(el) ?? 0;
      if (f & PERSON && f & TEXT) {
        if (!blocks.has(el)) blocks.set(el, `${shape(el)}>${path}`);
        return;
      }
      if (el === scope) return;
      path = path ? `${shape(el)}>${path}` : shape(el);
      el = el.parentElement;
    }
  });

  // Comments are lists: only signatures that repeat count. The post above them is one block of another shape.
  const count = new Map<string, number>();
  for (const signature of blocks.values()) count.set(signature, (count.get(signature) ?? 0) + 1);
  const found = [...blocks].filter(([, signature]) => (count.get(signature) ?? 0) >= minRepeat).map(([el]) => el);
  return found.sort(byDocumentOrder);
}

/** Two lists of elements, each in document order, as one list in document order. */
function mergeInOrder(a: Element[], b: Element[]): Element[] {
  const out: Element[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const next = x && (!y || x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) ? x : y;
    if (next === x) i++;
    else j++;
    // An anchor inside the one before it (a labelled time around its text) is the same anchor.
    if (next && !out[out.length - 1]?.contains(next)) out.push(next);
  }
  return out;
}
