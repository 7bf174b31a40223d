// Facebook site adapter: finds the post the user looks at (a modal post wins over the feed), its comments and
// replies, and reads them. Ids, nesting and authors come from URLs first; localised labels only as a fallback.

import { memoHref } from '../memo-href';
import type { RawItem, SelectorList, SiteAdapter } from '../types';
import { byDocumentOrder, commonAncestor, outermost, visibleText } from '../types';
import { COMPOSERS } from './composers';
import { SELECTORS } from './selectors';
import { LOCALES } from './strings';

const ARTICLE = '[role="article"]';
const FACEBOOK_ORIGIN = 'https://www.facebook.com';

/** One selector that matches what any alternative of a list matches. */
const any = (list: SelectorList) => list.map((alt) => alt.selector).join(', ');

// First path segments that are Facebook features, not profiles (a vanity link is a single segment).
const NOT_PROFILES = new Set([
  'watch',
  'groups',
  'photo',
  'photo.php',
  'permalink.php',
  'story.php',
  'stories',
  'hashtag',
  'reel',
  'events',
  'marketplace',
  'messages',
  'notifications',
  'ad_center',
  'professional_dashboard',
  'privacy',
  'policies',
  'help',
  'business',
  'sharer',
  'login',
]);

function parseUrl(href: string | null | undefined): URL | null {
  if (!href) return null;
  try {
    return new URL(href, FACEBOOK_ORIGIN);
  } catch {
    return null;
  }
}

/** A comment id as it appears in comment_id / reply_comment_id: numeric, or base64 of "comment:<post>_<id>". */
export function decodeCommentId(raw: string | null): string | null {
  if (!raw) return null;
  const value = raw.trim();
  if (/^\d+$/.test(value)) return value;
  try {
    const decoded = atob(value);
    const m = /^comment:\d+_(\d+)$/.exec(decoded);
    return m?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The comment (and, for a reply, its parent's) id from a comment permalink; null when the link has none. */
export const commentIdsFromHref = memoHref(commentIdsOf);

function commentIdsOf(href: string | null): { id: string; parentId: string | null } | null {
  const url = parseUrl(href);
  if (!url) return null;
  const comment = decodeCommentId(url.searchParams.get('comment_id'));
  const reply = decodeCommentId(url.searchParams.get('reply_comment_id'));
  if (reply) return { id: reply, parentId: comment };
  return comment ? { id: comment, parentId: null } : null;
}

/**
 * A post id from a post URL: story_fbid, /posts/<id>, /videos/<id>, /permalink/<id>, /reel/<id>, /watch/?v=<id>,
 * and a photo's fbid (photo/?fbid=, photo.php?fbid=): a photo's comments are that photo's thread.
 */
export const postIdFromHref = memoHref(postIdOf);

function postIdOf(href: string | null): string | null {
  const url = parseUrl(href);
  if (!url) return null;
  const story = url.searchParams.get('story_fbid');
  if (story) return story;
  const path = /\/(?:posts|videos|permalink|reel)\/([A-Za-z0-9]+)/.exec(url.pathname);
  if (path?.[1]) return path[1];
  if (url.pathname.startsWith('/watch')) return url.searchParams.get('v');
  if (/^\/photo(?:\.php)?\/?$/.test(url.pathname)) return url.searchParams.get('fbid');
  // A Page's photo in an album: /<page>/photos/a.<album>/<photo>/ (the older photo URL, still linked).
  const photo = /\/photos\/(?:[a-z]+\.[\d.]+\/)?(\d+)\/?$/.exec(url.pathname);
  return photo?.[1] ?? null;
}

/** Handle and clean profile URL of a profile link (vanity or profile.php?id=), without tracking parameters. */
export const profileFromHref = memoHref(profileOf);

function profileOf(href: string | null): { handle: string; profileUrl: string } | null {
  const url = parseUrl(href);
  if (!url || !/(^|\.)facebook\.com$/.test(url.hostname)) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] === 'profile.php') {
    const id = url.searchParams.get('id');
    return id && /^\d+$/.test(id) ? { handle: id, profileUrl: `${FACEBOOK_ORIGIN}/profile.php?id=${id}` } : null;
  }
  // In groups, names link to the member's page in the group (/groups/<group>/user/<id>/): the same person as profile.php?id=.
  if (
    segments[0] === 'groups' &&
    segments[2] === 'user' &&
    segments[3] &&
    /^\d+$/.test(segments[3]) &&
    segments.length === 4
  )
    return { handle: segments[3], profileUrl: `${FACEBOOK_ORIGIN}/profile.php?id=${segments[3]}` };
  const [vanity] = segments;
  if (segments.length !== 1 || !vanity || NOT_PROFILES.has(vanity) || !/^[A-Za-z0-9.]+$/.test(vanity)) return null;
  return { handle: vanity, profileUrl: `${FACEBOOK_ORIGIN}/${vanity}` };
}

/** Elements of `list` inside `owner` that belong to it, not to an article nested in it. */
function ownMatches(owner: Element, list: SelectorList): Element[] {
  return [...owner.querySelectorAll(any(list))].filter((el) => el.parentElement?.closest(ARTICLE) === owner);
}

/** The post article of a thread root (the root itself, or the post inside a feed unit or dialog). */
function postArticle(root: Element): Element | null {
  const post = any(SELECTORS.post);
  return root.matches(post) ? root : root.querySelector(post);
}

/** An element's reading text without its buttons ("See more" / "Mehr ansehen" inside long texts). */
function textWithoutButtons(element: Element): string {
  return visibleText(element, '[role="button"]');
}

/** Text blocks of an article: outermost div[dir=auto] outside links and buttons. */
function textBlocks(article: Element): Element[] {
  return outermost(ownMatches(article, SELECTORS.textBlock).filter((el) => !el.closest('a, [role="button"]')));
}

/** The first name link among `links`: a profile link with text, not the avatar (which is aria-hidden or labelled). */
function firstAuthor(links: Element[]): RawItem['author'] | null {
  for (const link of links) {
    if (link.hasAttribute('aria-label') || link.getAttribute('aria-hidden') === 'true') continue;
    const profile = profileFromHref(link.getAttribute('href'));
    const name = visibleText(link);
    if (profile && name) return { name, ...profile };
  }
  return null;
}

/** The name link of an article. */
function authorOf(article: Element): RawItem['author'] | null {
  return firstAuthor(ownMatches(article, SELECTORS.authorLink));
}

/** The side panel of a post shown without a post article (photo viewer, video page): the root itself or inside it. */
function panelOf(root: Element): Element {
  const panel = any(SELECTORS.sidePanel);
  return root.matches(panel) ? root : (root.querySelector(panel) ?? root);
}

/** Elements of `list` in a root without a post article that are no part of a comment: the panel's header and caption. */
function outsideItems(root: Element, list: SelectorList): Element[] {
  return [...root.querySelectorAll(any(list))].filter((el) => {
    const article = el.closest(ARTICLE);
    return !article || !root.contains(article);
  });
}

interface ItemIds {
  id: string;
  parentId: string | null;
  permalink?: string;
  timeText?: string;
}

/** Id, parent id and permalink of a comment article, from its own links or its data-commentid wrapper. */
function itemIds(article: Element): ItemIds | null {
  const links = ownMatches(article, SELECTORS.itemPermalink);
  // The time link is the permalink; the name and avatar links point at the profile with comment_id added.
  const permalink = links.find((a) => !profileFromHref(a.getAttribute('href')));
  const fromPermalink = permalink && commentIdsFromHref(permalink.getAttribute('href'));
  if (permalink && fromPermalink) {
    const timeText = visibleText(permalink) || permalink.getAttribute('aria-label') || undefined;
    return { ...fromPermalink, permalink: (permalink as HTMLAnchorElement).href, timeText };
  }
  const wrapper = article.closest(any(SELECTORS.commentWrapper));
  const wrapped = wrapper?.querySelector(ARTICLE) === article ? wrapper?.getAttribute('data-commentid') : null;
  if (wrapped) return { id: wrapped, parentId: null };
  for (const link of links) {
    const ids = commentIdsFromHref(link.getAttribute('href'));
    if (ids) return ids;
  }
  return null;
}

function isItem(element: Element): boolean {
  return ownMatches(element, SELECTORS.itemPermalink).length > 0 || itemIds(element) !== null;
}

function labelSaysReply(article: Element): boolean {
  const label = article.getAttribute('aria-label') ?? '';
  return LOCALES.some((s) => s.replyBy.test(label));
}

/** For a reply shown as a sibling with no ids in its links: the nearest top-level comment before it. */
function precedingComment(article: Element): string | null {
  const items = [...article.ownerDocument.querySelectorAll(any(SELECTORS.item))];
  for (let i = items.indexOf(article) - 1; i >= 0; i--) {
    const candidate = items[i];
    if (!candidate || labelSaysReply(candidate)) continue;
    const ids = itemIds(candidate);
    if (ids && !ids.parentId) return ids.id;
  }
  return null;
}

function ownByPage(article: Element): boolean {
  return ownMatches(article, SELECTORS.itemMenu).some((button) => {
    const label = button.getAttribute('aria-label') ?? '';
    return LOCALES.some((s) => label === s.ownItemMenu);
  });
}

/**
 * The post id shown in a thread root: the post's own permalink (in a side panel without a post article: the photo's
 * or video's date link), else the post part of a comment permalink.
 */
function postIdIn(root: Element): string | null {
  const article = postArticle(root);
  const own = article
    ? ownMatches(article, SELECTORS.postPermalink)
    : outsideItems(panelOf(root), SELECTORS.postPermalink);
  for (const link of own) {
    if (commentIdsFromHref(link.getAttribute('href'))) continue;
    const id = postIdFromHref(link.getAttribute('href'));
    if (id) return id;
  }
  for (const link of root.querySelectorAll(any(SELECTORS.itemPermalink))) {
    if (profileFromHref(link.getAttribute('href'))) continue;
    const id = postIdFromHref(link.getAttribute('href'));
    if (id) return id;
  }
  return null;
}

/**
 * The post of a root without a post article (photo viewer, video page): the owner's name link, date link and
 * caption in the side panel's header, outside every comment. Null when the panel shows no owner.
 */
function panelPost(root: Element): RawItem | null {
  const panel = panelOf(root);
  const author = firstAuthor(outsideItems(panel, SELECTORS.authorLink));
  if (!author) return null;
  const blocks = outsideItems(panel, SELECTORS.textBlock).filter(
    (el) => !el.closest('a, [role="button"], [role="textbox"], h2, h3'),
  );
  return postFrom(root, author, outsideItems(panel, SELECTORS.postPermalink), outermost(blocks)[0]);
}

/**
 * A post read from its parts: the id shown in the root (else the page's address), the date link among `links` (its
 * text or label is the time, its address the permalink) and the text block. Null without an id.
 */
function postFrom(
  root: Element,
  author: RawItem['author'],
  links: Element[],
  body: Element | undefined,
): RawItem | null {
  const id = postIdIn(root) ?? (root.ownerDocument.location ? postIdFromHref(root.ownerDocument.location.href) : null);
  if (!id) return null;
  const link = links.find(
    (a) => !commentIdsFromHref(a.getAttribute('href')) && postIdFromHref(a.getAttribute('href')),
  ) as HTMLAnchorElement | undefined;
  const relative = link ? link.getAttribute('aria-label') || visibleText(link) : '';
  return {
    id,
    parentId: null,
    author,
    text: body ? textWithoutButtons(body) : '',
    time: relative ? { relative } : {},
    ...(link ? { permalink: link.href } : {}),
  };
}

export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  composers: COMPOSERS,
  selectors: SELECTORS,

  findThreadRoots(doc) {
    // Messenger is a chat, not a thread.
    if (doc.location?.pathname.startsWith('/messages')) return [];
    const post = any(SELECTORS.post);
    const item = any(SELECTORS.item);
    // A post opened over the feed (permalink dialog, photo viewer) is what the user reads: it hides the rest.
    const dialogs = [...doc.querySelectorAll(any(SELECTORS.dialog))].reverse();
    const modal = dialogs.find((d) => d.querySelector(post) || [...d.querySelectorAll(item)].some(isItem));
    if (modal) return [modal];
    const posts = [...doc.querySelectorAll(post)].filter((p) => !p.parentElement?.closest(ARTICLE));
    const units = posts.map((p) => p.closest(any(SELECTORS.feedUnit)) ?? p);
    const urlId = doc.location ? postIdFromHref(doc.location.href) : null;
    const roots = units.filter((unit) => (urlId && postIdIn(unit) === urlId) || this.findItems(unit).length > 0);
    // Comments with no post article around them (photo viewer, video page): the side panel that holds them is their
    // post's thread; comments outside any panel share one root, their common ancestor.
    const loose = [...doc.querySelectorAll(item)].filter(
      (el) => isItem(el) && !posts.some((p) => p.contains(el)) && !units.some((unit) => unit.contains(el)),
    );
    const panels = new Set<Element>();
    const elsewhere: Element[] = [];
    for (const el of loose) {
      const panel = el.closest(any(SELECTORS.sidePanel));
      if (panel) panels.add(panel);
      else elsewhere.push(el);
    }
    roots.push(...panels);
    const shared = commonAncestor(elsewhere);
    if (shared) roots.push(shared);
    if (!roots.length && units[0]) roots.push(units[0]);
    return outermost([...new Set(roots)]).sort(byDocumentOrder);
  },

  threadId(root, url) {
    return postIdIn(root) ?? postIdFromHref(url.href);
  },

  readPost(root) {
    const article = postArticle(root);
    if (!article) return panelPost(root);
    const author = authorOf(article);
    if (!author) return null;
    const hooked = SELECTORS.postBody
      .slice(0, -1)
      .map((alt) => ownMatches(article, [alt])[0])
      .find(Boolean);
    return postFrom(root, author, ownMatches(article, SELECTORS.postPermalink), hooked ?? textBlocks(article)[0]);
  },

  findItems(root) {
    return [...root.querySelectorAll(any(SELECTORS.item))].filter(isItem);
  },

  readItem(element) {
    const ids = itemIds(element);
    const author = ids && authorOf(element);
    if (!ids || !author) return null;
    let parentId = ids.parentId;
    if (!parentId) {
      // Nested reply articles sit inside their parent's article (feed and modal, DISREX 2025-10).
      const parent = element.parentElement?.closest(ARTICLE);
      const parentIds = parent && !parent.matches(any(SELECTORS.post)) ? itemIds(parent) : null;
      if (parentIds && parentIds.id !== ids.id) parentId = parentIds.id;
      else if (labelSaysReply(element)) parentId = precedingComment(element);
    }
    return {
      id: ids.id,
      parentId,
      author,
      text: textBlocks(element).map(textWithoutButtons).filter(Boolean).join('\n'),
      time: ids.timeText ? { relative: ids.timeText } : {},
      ...(ids.permalink ? { permalink: ids.permalink } : {}),
      ...(ownByPage(element) ? { ownByPage: true } : {}),
    };
  },

  currentUser(doc) {
    for (const box of doc.querySelectorAll(any(SELECTORS.composer))) {
      const label = box.getAttribute('aria-label') ?? box.getAttribute('aria-placeholder') ?? '';
      for (const strings of LOCALES) {
        if (label.startsWith(strings.commentAs)) return label.slice(strings.commentAs.length).trim() || null;
      }
    }
    return null;
  },
};
