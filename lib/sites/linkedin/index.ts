// LinkedIn site adapter: reads a post and its comments from both live DOM generations (v2 SDUI, v1 Ember).
// Ids: an item's id is the comment number of its URN (urn:li:comment:(…,<id>)); the post's is the activity
// number; the thread id is the post URN ("urn:li:activity:<n>"). Selectors are data in selectors.ts.

import { parseRelativeTime } from '../time';
import type { RawItem, SelectorList, SiteAdapter } from '../types';
import { byDocumentOrder, commonAncestor, outermost as outermostOf, queryFirst, visibleText } from '../types';
import { COMPOSERS } from './composers';
import { SELECTORS } from './selectors';
import { allLocales } from './strings';

const ITEM = SELECTORS.comment.map((alt) => alt.selector).join(', ');
const LINKEDIN = 'https://www.linkedin.com';

// ---------------------------------------------------------------------------------------------------------
// Pure helpers (unit-tested in index.test.ts)

export interface CommentUrn {
  /** Full comment URN as found. */
  urn: string;
  /** The post URN, normalised to "urn:li:<type>:<n>" (v1 writes "activity:N", v2 "urn:li:activity:N"). */
  thread: string;
  id: string;
  /** Set only when the URN itself nests the parent comment's URN. */
  parentId: string | null;
}

const POST_URN_RE = /(?:urn:li:)?(activity|ugcPost|share):(\d+)/;

/** Parses "urn:li:comment:(urn:li:activity:N,M)", "(activity:N,M)" and the nested reply form. */
export function parseCommentUrn(text: string): CommentUrn | null {
  const start = text.indexOf('urn:li:comment:(');
  if (start < 0) return null;
  const urn = text.slice(start).match(/^urn:li:comment:\((?:[^()]|\([^()]*\))*\)/)?.[0];
  if (!urn) return null;
  const inner = urn.slice('urn:li:comment:('.length, -1);
  const comma = inner.lastIndexOf(',');
  const id = inner.slice(comma + 1).trim();
  if (comma < 0 || !/^\d+$/.test(id)) return null;
  const head = inner.slice(0, comma);
  const nested = head.startsWith('urn:li:comment:(') ? parseCommentUrn(head) : null;
  if (nested) return { urn, thread: nested.thread, id, parentId: nested.id };
  const post = POST_URN_RE.exec(head);
  if (!post) return null;
  return { urn, thread: `urn:li:${post[1]}:${post[2]}`, id, parentId: null };
}

/** The post URN in a LinkedIn URL: /feed/update/urn:li:activity:N/, /posts/<slug>-activity-N-xxxx/. */
export function postUrnFromUrl(url: URL): string | null {
  const path = decodeURIComponent(url.pathname);
  const update = /\/feed\/update\/urn:li:(activity|ugcPost|share):(\d+)/.exec(path);
  if (update) return `urn:li:${update[1]}:${update[2]}`;
  const slug = /\/posts\/[^/]*-(activity|ugcPost|share)-(\d+)(?:-|\/|$)/.exec(path);
  if (slug) return `urn:li:${slug[1]}:${slug[2]}`;
  return null;
}

/** The update URN in a data-view-tracking-scope value: plain JSON, or JSON whose breadcrumb is a byte array. */
export function postUrnFromTrackingScope(value: string): string | null {
  const texts = [value];
  try {
    const parsed: unknown = JSON.parse(value);
    for (const entry of Array.isArray(parsed) ? parsed : [parsed]) {
      const data = (entry as { breadcrumb?: { content?: { data?: unknown } } })?.breadcrumb?.content?.data;
      if (Array.isArray(data) && data.every((b) => typeof b === 'number')) texts.unshift(String.fromCharCode(...data));
    }
  } catch {
    // Not JSON: the raw text is searched below.
  }
  for (const text of texts) {
    const named = /"updateUrn"\s*:\s*"(urn:li:(?:activity|ugcPost|share):\d+)"/.exec(text);
    if (named?.[1]) return named[1];
  }
  for (const text of texts) {
    const any = /urn:li:(activity|ugcPost|share):(\d+)/.exec(text);
    if (any) return `urn:li:${any[1]}:${any[2]}`;
  }
  return null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TRAILING_BADGE = new RegExp(`\\s+(?:${allLocales('badges').map(escapeRe).join('|')})$`, 'i');
const TRAILING_DEGREE = new RegExp(`\\s+(?:${allLocales('degrees').map(escapeRe).join('|')})$`, 'i');
const OWN_MARKER = new Set(allLocales('own').map((s) => s.toLowerCase()));

/** A display name without what LinkedIn appends to it: "• 2.", "• 1st", "Verfasser:in", "Author", "Premium". */
export function cleanName(raw: string): string {
  let name = raw.replace(/\s+/g, ' ').trim();
  name = name.split(/\s*[•·]\s*/)[0] ?? '';
  for (let before = ''; before !== name; ) {
    before = name;
    name = name.replace(TRAILING_BADGE, '').replace(TRAILING_DEGREE, '').trim();
  }
  return name.replace(/[,\s]+$/, '');
}

/** True when the actor line shows the own-item marker after the name ("Anna Example • Sie", "• You"). */
export function hasOwnMarker(actorLine: string): boolean {
  const parts = actorLine.split(/[•·]/);
  return parts.slice(1).some((part) => OWN_MARKER.has((part.trim().split(/\s+/)[0] ?? '').toLowerCase()));
}

/** A member name from an avatar's alt text ("Foto von Anna Example" -> "Anna Example"). */
export function nameFromAlt(alt: string): string {
  let name = alt.trim();
  for (const prefix of allLocales('photoOf')) {
    if (name.toLowerCase().startsWith(prefix.toLowerCase())) name = name.slice(prefix.length);
  }
  return cleanName(name);
}

const SEE_MORE = allLocales('seeMore').sort((a, b) => b.length - a.length);

/** Text without a trailing "…mehr"/"…more" toggle that sits inside the text container. */
export function stripSeeMore(text: string): string {
  for (const toggle of SEE_MORE) {
    if (text.toLowerCase().endsWith(toggle.toLowerCase())) return text.slice(0, -toggle.length).trim();
  }
  return text;
}

/** "3 Std. •", "2w •", "1mo", "3h • Bearbeitet •": a text that is nothing but a relative time. */
export function isRelativeTime(text: string): boolean {
  return text.length > 0 && text.length < 40 && parseRelativeTime(text, 0) !== null;
}

/** A canonical profile URL: absolute, no query, no trailing slash variance. */
export function profileUrl(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, LINKEDIN);
    if (!/^\/(in|company|school|showcase)\//.test(url.pathname)) return undefined;
    return `${url.origin}${url.pathname.replace(/\/*$/, '/')}`;
  } catch {
    return undefined;
  }
}

/** LinkedIn's comment permalink shape: ?commentUrn=… (and &replyUrn=… for a reply), short "(activity:N,M)" URNs. */
export function commentPermalink(thread: string, id: string, parentId: string | null): string {
  const short = thread.replace(/^urn:li:/, '');
  const urn = (n: string) => encodeURIComponent(`urn:li:comment:(${short},${n})`);
  const base = `${LINKEDIN}/feed/update/${thread}/`;
  return parentId ? `${base}?commentUrn=${urn(parentId)}&replyUrn=${urn(id)}` : `${base}?commentUrn=${urn(id)}`;
}

// ---------------------------------------------------------------------------------------------------------
// DOM readers

/** The comment URN an item element carries (componentkey in v2, id after the 2026-08 change, data-id in v1). */
function itemUrn(el: Element): CommentUrn | null {
  for (const attr of ['componentkey', 'id', 'data-id']) {
    const value = el.getAttribute(attr);
    const parsed = value ? parseCommentUrn(value) : null;
    if (parsed) return parsed;
  }
  return null;
}

/** The nearest enclosing item element of another comment (not one of the same comment's nested wrappers). */
function enclosingItem(el: Element, urn: string): Element | null {
  for (let p = el.parentElement?.closest(ITEM); p; p = p.parentElement?.closest(ITEM) ?? null) {
    if (itemUrn(p)?.urn !== urn) return p;
  }
  return null;
}

/** The outermost of the nested elements that share an item's URN. */
function outermost(el: Element): Element {
  const urn = itemUrn(el)?.urn;
  let top = el;
  for (let p = el.parentElement?.closest(ITEM); p && itemUrn(p)?.urn === urn; p = p.parentElement?.closest(ITEM)) {
    top = p;
  }
  return top;
}

/** True when no other comment's element lies between the node and the item: the node is the item's own. */
function ownedBy(node: Element, item: Element, urn: string): boolean {
  for (let p: Element | null = node; p && p !== item; p = p.parentElement) {
    if (p.matches(ITEM) && itemUrn(p)?.urn !== urn) return false;
  }
  return true;
}

/** Elements of the first alternative that has any match in the item's own subtree (nested replies excluded). */
function ownAll(item: Element, urn: string, list: SelectorList): Element[] {
  for (const alt of list) {
    const found = [...item.querySelectorAll(alt.selector)].filter((el) => ownedBy(el, item, urn));
    if (found.length) return found;
  }
  return [];
}

const ownFirst = (item: Element, urn: string, list: SelectorList) => ownAll(item, urn, list)[0] ?? null;

/** First match of a list outside every comment: the post's own parts in a v1 root that also holds comments. */
function firstOutsideItems(scope: Element, list: SelectorList): Element | null {
  for (const alt of list) {
    const candidates = scope.matches(alt.selector) ? [scope] : [];
    candidates.push(...scope.querySelectorAll(alt.selector));
    const found = candidates.find((el) => !el.closest(ITEM));
    if (found) return found;
  }
  return null;
}

/** The first non-empty text node: the name, before degree, badges and headline that follow it. */
function firstLine(el: Element | null): string {
  if (!el) return '';
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text) return text;
  }
  return '';
}

/**
 * The name a link shows: LinkedIn writes it twice, once visually hidden with badges spelled out for screen readers
 * ("Anna Example  Verified Profile 3rd+") and once aria-hidden as seen ("Anna Example" + " • You"): the seen one first.
 */
function shownName(link: Element | null): string {
  if (!link) return '';
  for (const seen of link.querySelectorAll('[aria-hidden="true"]')) {
    const line = firstLine(seen);
    if (line) return line;
  }
  return firstLine(link);
}

/** A relative time shown as bare text (v2 has no hook for it): the first leaf whose whole text is one. */
function findRelativeTime(scope: Element, skip: (el: Element) => boolean): string | undefined {
  for (const el of scope.querySelectorAll('time, span, p, div, a')) {
    if (el.childElementCount > 0 || skip(el)) continue;
    const text = visibleText(el);
    if (isRelativeTime(text)) return text;
  }
  return undefined;
}

const PROFILE_LINKS: SelectorList = [{ selector: 'a[href*="/in/"], a[href*="/company/"]', note: 'any profile link' }];

/** The comment text when no text hook is left: the longest own p/span leaf outside the actor line (as LHR does). */
function longestLeaf(item: Element, urn: string, inActor: (el: Element) => boolean): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of item.querySelectorAll('p, span')) {
    if (el.querySelector('p, span, div') || inActor(el) || el.closest('button') || !ownedBy(el, item, urn)) continue;
    const text = visibleText(el);
    if (text.length > bestLength && !isRelativeTime(text)) [best, bestLength] = [el, text.length];
  }
  return best;
}

function isReply(item: Element, urn: string): boolean {
  return (
    SELECTORS.replyMarker.some((alt) => item.matches(alt.selector)) ||
    ownAll(item, urn, SELECTORS.replyMarker).length > 0
  );
}

/** v2 lists replies as siblings after their parent: the nearest earlier top-level comment of the same post. */
function precedingTopLevel(item: Element, thread: string): CommentUrn | null {
  for (let node: Element | null = item; node && node.tagName !== 'BODY'; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const candidates = [...(sib.matches(ITEM) ? [sib] : []), ...sib.querySelectorAll(ITEM)].reverse();
      for (const candidate of candidates) {
        const top = outermost(candidate);
        const parsed = itemUrn(top);
        if (!parsed || parsed.thread !== thread) continue;
        if (!isReply(top, parsed.urn) && !enclosingItem(top, parsed.urn)) return parsed;
      }
    }
  }
  return null;
}

function readComment(element: Element): RawItem | null {
  const item = outermost(element);
  const parsed = itemUrn(item);
  if (!parsed) return null;
  const { urn, thread, id } = parsed;

  const enclosing = enclosingItem(item, urn);
  let parentId = enclosing ? (itemUrn(enclosing)?.id ?? null) : parsed.parentId;
  if (!parentId && isReply(item, urn)) parentId = precedingTopLevel(item, thread)?.id ?? null;

  // Without hooks (the 2026-08 post page), the author is the first own profile link; later ones are @mentions.
  const profileLinks = ownAll(item, urn, PROFILE_LINKS);
  const link = ownFirst(item, urn, SELECTORS.commentAuthorLink) ?? profileLinks[0] ?? null;
  const named = [link, ...profileLinks].find(
    (a) => a && profileUrl(a.getAttribute('href')) === profileUrl(link?.getAttribute('href') ?? null) && firstLine(a),
  );
  const nameEl = ownFirst(item, urn, SELECTORS.commentAuthorName);
  const name = cleanName(nameEl ? visibleText(nameEl) : shownName(named ?? null));
  const timeEl = ownFirst(item, urn, SELECTORS.commentTime);
  const inActor = (el: Element) => Boolean(link?.contains(el) || named?.contains(el) || timeEl?.contains(el));
  const textEl = ownFirst(item, urn, SELECTORS.commentText) ?? longestLeaf(item, urn, inActor);
  if (!name && !textEl) return null;

  const relative = timeEl
    ? visibleText(timeEl)
    : findRelativeTime(item, (el) => !ownedBy(el, item, urn) || Boolean(textEl?.contains(el)) || inActor(el));

  return {
    id,
    parentId,
    author: { name, profileUrl: profileUrl(link?.getAttribute('href') ?? null) },
    text: stripSeeMore(visibleText(textEl)),
    time: relative ? { relative } : {},
    permalink: commentPermalink(thread, id, parentId),
    ownByPage: hasOwnMarker(visibleText(named ?? link)),
  };
}

/** The widest element around a post's comments that holds no other post's comments nor another post wrapper. */
function widestAround(items: Element[], thread: string, posts: Element[], doc: Document): Element {
  let root = commonAncestor(items) ?? doc.body;
  for (let up = root.parentElement; up && up !== doc.body && up !== doc.documentElement; up = up.parentElement) {
    const foreign = [...up.querySelectorAll(ITEM)].some((el) => {
      const urn = itemUrn(el);
      return urn !== null && urn.thread !== thread;
    });
    if (foreign || posts.some((p) => up.contains(p))) break;
    root = up;
  }
  return root;
}

/** Union of all alternatives, outermost only, in document order: both generations can share a page. */
function queryAllAny(root: ParentNode, list: SelectorList): Element[] {
  const all = new Set<Element>();
  for (const alt of list) for (const el of root.querySelectorAll(alt.selector)) all.add(el);
  return outermostOf([...all]).sort(byDocumentOrder);
}

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  composers: COMPOSERS,
  selectors: SELECTORS,

  findThreadRoots(doc) {
    const screen = queryFirst(doc, SELECTORS.threadRoot);
    if (screen) return [screen];
    // Every comment names its post in its URN: one thread per post, on a post page and on a feed alike, in any
    // generation. A thread's root is the post's wrapper where a hook names it, else the widest element around its
    // comments that holds no other post's comments and no other post.
    const groups = new Map<string, Element[]>();
    for (const item of linkedinAdapter.findItems(doc.body)) {
      const thread = itemUrn(item)?.thread;
      if (!thread) continue;
      const group = groups.get(thread);
      if (group) group.push(item);
      else groups.set(thread, [item]);
    }
    const posts = queryAllAny(doc, SELECTORS.feedPost);
    const roots: Element[] = [];
    for (const [thread, items] of groups) {
      const first = items[0] as Element;
      const post = posts.find((p) => p.contains(first));
      roots.push(post ?? widestAround(items, thread, posts, doc));
    }
    if (!roots.length) {
      // A post page without comments yet: its post is the thread (the feed's posts without comments are not).
      const urlPost = doc.location ? postUrnFromUrl(new URL(doc.location.href)) : null;
      if (urlPost && posts[0]) roots.push(posts[0]);
    }
    return outermostOf([...new Set(roots)]);
  },

  threadId(root, url) {
    const body = queryFirst(root, SELECTORS.postBody) ?? root;
    for (const scope of [body, root]) {
      for (const alt of SELECTORS.postUrn) {
        const candidates = [...(scope.matches(alt.selector) ? [scope] : []), ...scope.querySelectorAll(alt.selector)];
        for (const el of candidates) {
          if (el.closest(ITEM)) continue;
          const scope = el.getAttribute('data-view-tracking-scope');
          const urn = scope
            ? postUrnFromTrackingScope(scope)
            : POST_URN_RE.exec(el.getAttribute('data-urn') ?? el.getAttribute('data-id') ?? '');
          if (typeof urn === 'string') return urn;
          if (urn) return `urn:li:${urn[1]}:${urn[2]}`;
        }
      }
    }
    const fromUrl = postUrnFromUrl(url);
    if (fromUrl) return fromUrl;
    const first = root.querySelector(ITEM);
    return first ? (itemUrn(first)?.thread ?? null) : null;
  },

  readPost(root) {
    const body = queryFirst(root, SELECTORS.postBody) ?? root;
    const textEl = firstOutsideItems(body, SELECTORS.postText);
    const link = firstOutsideItems(body, SELECTORS.postActor);
    if (!textEl && !link) return null;
    const href = link?.getAttribute('href') ?? null;
    const nameEl = firstOutsideItems(body, SELECTORS.postAuthorName);
    // v2: the name is the first line of the other link to the same profile (the avatar link has no text).
    const sameProfile = [...body.querySelectorAll('a[href]')].find(
      (a) => a !== link && !a.closest(ITEM) && profileUrl(a.getAttribute('href')) === profileUrl(href) && firstLine(a),
    );
    const name = cleanName(nameEl ? visibleText(nameEl) : shownName(sameProfile ?? link));
    const timeEl = firstOutsideItems(body, SELECTORS.postTime);
    const relative = timeEl
      ? visibleText(timeEl)
      : findRelativeTime(body, (el) => Boolean(el.closest(ITEM)) || Boolean(textEl?.contains(el)));
    const thread = linkedinAdapter.threadId(root, new URL(root.ownerDocument.location.href));
    return {
      id: thread ? (POST_URN_RE.exec(thread)?.[2] ?? thread) : 'post',
      parentId: null,
      author: { name, profileUrl: profileUrl(href) },
      text: stripSeeMore(visibleText(textEl)),
      time: relative ? { relative } : {},
      permalink: thread ? `${LINKEDIN}/feed/update/${thread}/` : undefined,
      ownByPage: false,
    };
  },

  findItems(root) {
    const all = new Set<Element>();
    for (const alt of SELECTORS.comment) for (const el of root.querySelectorAll(alt.selector)) all.add(el);
    const out = [...all].filter((el) => {
      const urn = itemUrn(el)?.urn;
      const above = el.parentElement?.closest(ITEM);
      return urn !== undefined && !(above && itemUrn(above)?.urn === urn);
    });
    return SELECTORS.comment.filter((alt) => root.querySelector(alt.selector)).length > 1
      ? out.sort(byDocumentOrder)
      : out;
  },

  readItem: readComment,

  currentUser(doc) {
    const img = queryFirst(doc, SELECTORS.currentUser);
    const name = img ? nameFromAlt(img.getAttribute('alt') ?? '') : '';
    return name || null;
  },
};
