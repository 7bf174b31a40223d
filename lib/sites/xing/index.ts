// Xing adapter: finds the post the user looks at, its comments and replies, and reads them from design-system
// hooks (data-testid, data-qa, data-xds) with structure as the fallback, since Xing's comment DOM is undocumented.

import { outermost, queryAllFirst, type RawItem, type SelectorList, type SiteAdapter, visibleText } from '../types';
import { COMPOSERS } from './composers';
import { POST_PATHS, SELECTORS } from './selectors';
import { nameFromProfileAlt } from './strings';

const join = (list: SelectorList) => list.map((alt) => alt.selector).join(', ');

const ITEM_HOOKS = join(SELECTORS.item);
const ITEM_ANY = `${ITEM_HOOKS}, ${join(SELECTORS.itemByStructure)}`;
/** Anything that belongs to the comments and so never to the post itself. */
const NOT_POST = `${ITEM_ANY}, ${join(SELECTORS.comments)}`;

/** 32-bit FNV-1a as 8 hex digits: a deterministic id where the page shows none (same input, same id). */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Id from what the page shows of an item: "h" + hash of author, time and text (document: no DOM id found). */
export function contentId(author: string, time: string, text: string): string {
  return `h${fnv1a(`${author}\u0001${time}\u0001${text}`)}`;
}

/** The attribute an id-holder selector reads: its last bare [attribute] ("[data-qa=x][id]" -> "id"). */
export function idAttribute(selector: string): string | null {
  const names = [...selector.matchAll(/\[([\w-]+)\]/g)].map((m) => m[1]);
  return names.at(-1) ?? null;
}

/** The post id of a single-post page path, or null on any other page. */
export function postIdFromPath(pathname: string): string | null {
  for (const { pattern } of POST_PATHS) {
    const m = pattern.exec(pathname);
    if (m?.[1]) return decodeURIComponent(m[1]);
  }
  return null;
}

/** Member profile link -> canonical URL and handle (the /profile/<Name> slug); other links kept as absolute URLs. */
export function profileFromHref(href: string): { profileUrl: string; handle?: string } | null {
  let url: URL;
  try {
    url = new URL(href, 'https://www.xing.com/');
  } catch {
    return null;
  }
  const m = /^\/profile\/([^/?#]+)/.exec(url.pathname);
  if (m?.[1]) return { profileUrl: `https://www.xing.com/profile/${m[1]}`, handle: decodeURIComponent(m[1]) };
  return { profileUrl: `${url.origin}${url.pathname}` };
}

/** Comment id from a permalink's commentId parameter. */
export function commentIdFromHref(href: string): string | null {
  try {
    return new URL(href, 'https://www.xing.com/').searchParams.get('commentId');
  } catch {
    return null;
  }
}

/** Text as read, without buttons ("… mehr", "Antworten") that sit inside text components. */
function readableText(element: Element | null): string {
  return visibleText(element, 'button, [role="button"]');
}

/** A link's name: its text, or an image's alt when the link holds only an avatar. */
function linkName(link: Element): string {
  return visibleText(link, 'img') || visibleText(link);
}

/** First match, in list order, whose nearest item is `item` itself (never a nested reply's). */
function inItem(item: Element, list: SelectorList): Element | null {
  for (const alt of list) {
    for (const el of item.querySelectorAll(alt.selector)) {
      if (el.closest(ITEM_ANY) === item) return el;
    }
  }
  return null;
}

/** First match, in list order, that lies in the post itself and not in its comments. */
function inPost(root: Element, list: SelectorList): Element | null {
  for (const alt of list) {
    if (root.matches(alt.selector)) return root;
    for (const el of root.querySelectorAll(alt.selector)) {
      const outer = el.closest(NOT_POST);
      if (!outer || !root.contains(outer)) return el;
    }
  }
  return null;
}

function attributeId(el: Element | null, list: SelectorList): string | null {
  if (!el) return null;
  for (const alt of list) {
    const name = idAttribute(alt.selector);
    if (name && el.matches(alt.selector)) {
      const value = el.getAttribute(name)?.trim();
      if (value) return value;
    }
  }
  return null;
}

function readTime(el: Element | null): RawItem['time'] {
  if (!el) return {};
  const iso = el.getAttribute('datetime') ?? undefined;
  const relative = visibleText(el) || undefined;
  return { ...(iso ? { iso } : {}), ...(relative ? { relative } : {}) };
}

function readAuthor(link: Element | null): RawItem['author'] | null {
  if (!link) return null;
  const name = linkName(link);
  if (!name) return null;
  const href = link.getAttribute('href');
  const profile = href ? profileFromHref(href) : null;
  return { name, ...(profile ?? {}) };
}

function postIdOf(root: Element, url: URL | null): string | null {
  const holder = inPost(root, SELECTORS.postId);
  const fromAttribute = attributeId(holder, SELECTORS.postId);
  if (fromAttribute) return fromAttribute;
  const fromUrl = url ? postIdFromPath(url.pathname) : null;
  if (fromUrl) return fromUrl;
  const link = inPost(root, SELECTORS.postPermalink)?.getAttribute('href');
  const fromLink = link ? postIdFromPath(new URL(link, 'https://www.xing.com/').pathname) : null;
  if (fromLink) return fromLink;
  const author = readAuthor(inPost(root, SELECTORS.postAuthor));
  const text = readableText(inPost(root, SELECTORS.postBody));
  if (!author && !text) return null;
  return contentId(author?.name ?? '', readTime(inPost(root, SELECTORS.time)).iso ?? '', text);
}

function itemElements(root: Element): Element[] {
  const hooked = root.querySelectorAll(ITEM_HOOKS);
  if (hooked.length) return [...hooked];
  return [...root.querySelectorAll(join(SELECTORS.itemByStructure))];
}

function itemId(element: Element): string | null {
  const fromAttribute = attributeId(element, SELECTORS.itemId);
  if (fromAttribute) return fromAttribute;
  const permalink = inItem(element, SELECTORS.itemPermalink)?.getAttribute('href');
  const fromLink = permalink ? commentIdFromHref(permalink) : null;
  if (fromLink) return fromLink;
  const author = readAuthor(inItem(element, SELECTORS.itemAuthor));
  const text = readableText(inItem(element, SELECTORS.itemText));
  if (!author || !text) return null;
  return contentId(author.name, readTime(inItem(element, SELECTORS.time)).iso ?? '', text);
}

function pageUrl(doc: Document | null): URL | null {
  try {
    return doc?.location ? new URL(doc.location.href) : null;
  } catch {
    return null;
  }
}

export const xingAdapter: SiteAdapter = {
  id: 'xing',
  composers: COMPOSERS,
  selectors: SELECTORS,

  // Which posts: on a single-post page the (first) post; in a feed every post with comments shown, the one holding
  // the focus (the user is writing there) and the one whose comments toggle is expanded; else the first.
  findThreadRoots(doc) {
    const hooked = [...doc.querySelectorAll(join(SELECTORS.post))];
    const found = hooked.length ? hooked : queryAllFirst(doc, SELECTORS.postByStructure);
    const posts = outermost(found);
    if (!posts.length) return [];
    const url = pageUrl(doc);
    if (url && postIdFromPath(url.pathname)) return posts.slice(0, 1);
    // Posts with comments shown, the one the user writes in and the one whose comments were just opened.
    const active = doc.activeElement;
    const focused = active && active !== doc.body ? posts.find((p) => p.contains(active)) : undefined;
    const toggles = join(SELECTORS.commentsToggle);
    const expanded = posts.find((p) =>
      [...p.querySelectorAll(toggles)].some((t) => t.getAttribute('aria-expanded') === 'true'),
    );
    const chosen = posts.filter((p) => p === focused || p === expanded || itemElements(p).length > 0);
    return chosen.length ? chosen : posts.slice(0, 1);
  },

  threadId(root, url) {
    return postIdOf(root, url);
  },

  readPost(root) {
    const id = postIdOf(root, pageUrl(root.ownerDocument));
    const author = readAuthor(inPost(root, SELECTORS.postAuthor));
    const text = readableText(inPost(root, SELECTORS.postBody));
    if (!id || (!author && !text)) return null;
    return {
      id,
      parentId: null,
      author: author ?? { name: '' },
      text,
      time: readTime(inPost(root, SELECTORS.time)),
    };
  },

  findItems: itemElements,

  readItem(element) {
    const id = itemId(element);
    const author = readAuthor(inItem(element, SELECTORS.itemAuthor));
    const text = readableText(inItem(element, SELECTORS.itemText));
    if (!id || !author || !text) return null;
    const parent = element.parentElement?.closest(ITEM_ANY);
    const permalink = inItem(element, SELECTORS.itemPermalink)?.getAttribute('href');
    return {
      id,
      parentId: parent ? itemId(parent) : null,
      author,
      text,
      time: readTime(inItem(element, SELECTORS.time)),
      ...(permalink ? { permalink: new URL(permalink, 'https://www.xing.com/').href } : {}),
    };
  },

  currentUser(doc) {
    for (const alt of SELECTORS.me) {
      const el = doc.querySelector(alt.selector);
      if (!el) continue;
      if (el.tagName === 'IMG') return nameFromProfileAlt(el.getAttribute('alt') ?? '') || null;
      const profile = profileFromHref(el.getAttribute('href') ?? '');
      if (profile?.handle) return profile.handle;
    }
    return null;
  },
};
