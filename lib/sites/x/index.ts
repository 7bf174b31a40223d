// X (x.com / twitter.com) site adapter: reads the focused tweet and its replies on /<handle>/status/<id> pages.
// Selectors are data (selectors.ts), UI strings per locale (strings.ts); this file holds the readers and pure helpers.

import { queryAllFirst, queryFirst, type RawItem, type SelectorList, type SiteAdapter, visibleText } from '../types';
import { COMPOSERS } from './composers';
import { X_SELECTORS as S } from './selectors';
import { isXString } from './strings';

// Thread model (documented choice): tweets above the focused tweet are its ancestors, i.e. context. They are not
// items; the focused tweet's parentId is the ancestor right above it. Replies are the tweets below the focused tweet
// (and above a following section heading such as "Discover more").

const TWITTER_EPOCH_MS = 1288834974657n;
/** Ids below this were not snowflakes (sequential ids before Nov 2010): their bits hold no time. */
const FIRST_SNOWFLAKE = 86_400_000n << 22n;

/** The creation time (ms) a snowflake status id encodes, or null when the id is not a snowflake. */
export function snowflakeTime(id: string): number | null {
  if (!/^\d{1,20}$/.test(id)) return null;
  const value = BigInt(id);
  if (value < FIRST_SNOWFLAKE) return null;
  return Number((value >> 22n) + TWITTER_EPOCH_MS);
}

export interface StatusRef {
  /** Screen name as in the link; null for /i/status/ and /i/web/status/ links. */
  handle: string | null;
  id: string;
}

const STATUS_PATH = /^\/(?:i\/web|i|([A-Za-z0-9_]{1,50}))\/status(?:es)?\/(\d{1,20})(?:[/?#]|$)/;
const X_HOST = /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/;

/** The status a link or path points to ("/<handle>/status/<id>", with /analytics, /photo/1 … suffixes). */
export function statusFromHref(href: string | null | undefined): StatusRef | null {
  if (!href) return null;
  let path = href;
  if (/^https?:\/\//.test(href)) {
    try {
      const url = new URL(href);
      if (!X_HOST.test(url.hostname)) return null;
      path = url.pathname;
    } catch {
      return null;
    }
  }
  const m = STATUS_PATH.exec(path);
  if (!m?.[2]) return null;
  return { handle: m[1] ?? null, id: m[2] };
}

/** The screen name in an avatar container's testid ("UserAvatar-Container-<handle>"). */
export function handleFromAvatarTestId(testId: string | null | undefined): string | null {
  const m = /^UserAvatar-Container-([A-Za-z0-9_]{1,50})$/.exec(testId ?? '');
  return m?.[1] ?? null;
}

/** "@handle" from a text such as the account switcher's "Lena Vogt @lena_vogt". */
export function handleFromText(text: string): string | null {
  const m = /@([A-Za-z0-9_]{1,50})(?![A-Za-z0-9_])/.exec(text);
  return m?.[1] ?? null;
}

const joined = (list: SelectorList) => list.map((alt) => alt.selector).join(', ');
const CELL = joined(S.cell);
const TWEET = joined(S.tweet);
const QUOTE = joined(S.quote);

/** Whether an element inside a tweet belongs to that tweet itself, not to a quoted tweet card inside it. */
function belongsTo(element: Element, tweet: Element): boolean {
  if (element.closest(TWEET) !== tweet) return false;
  const quote = element.closest(QUOTE);
  return !quote || !tweet.contains(quote) || quote === tweet;
}

function ownFirst(tweet: Element, list: SelectorList): Element | null {
  for (const alt of list) {
    for (const found of tweet.querySelectorAll(alt.selector)) if (belongsTo(found, tweet)) return found;
  }
  return null;
}

function ownAll(tweet: Element, list: SelectorList): Element[] {
  return list.flatMap((alt) => [...tweet.querySelectorAll(alt.selector)].filter((el) => belongsTo(el, tweet)));
}

/** The tweet's own status: from the link around its time, else from any own /status/ link with a handle. */
function ownStatus(tweet: Element): { ref: StatusRef; time: Element | null } | null {
  const time = ownFirst(tweet, S.time);
  const timeRef = statusFromHref(time?.closest('a[href]')?.getAttribute('href'));
  if (timeRef) return { ref: timeRef, time };
  const text = ownFirst(tweet, S.tweetText);
  for (const link of ownAll(tweet, S.statusLink)) {
    if (text?.contains(link)) continue;
    const ref = statusFromHref(link.getAttribute('href'));
    if (ref?.handle) return { ref, time: null };
  }
  return null;
}

const tweetId = (tweet: Element | null) => (tweet ? (ownStatus(tweet)?.ref.id ?? null) : null);

// Geometry, not structure: X moves recycled cells with translateY, so document order may differ from what is shown.
interface Box {
  top: number;
  bottom: number;
  laidOut: boolean;
}
function box(element: Element): Box {
  const r = element.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, laidOut: r.height > 0 || r.width > 0 };
}

/** True when `a` is shown above `b` (by layout; by document order when there is none). */
function isAbove(a: Element, b: Element): boolean {
  const ba = box(a);
  const bb = box(b);
  if (ba.laidOut && bb.laidOut) return ba.top < bb.top;
  return Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/** The cells shown above `cell`, nearest first (lazily: callers usually stop at the first). */
function* cellsAbove(cell: Element): Generator<Element> {
  const mine = box(cell);
  let prev = cell.previousElementSibling;
  if (!mine.laidOut) {
    for (; prev; prev = prev.previousElementSibling) yield prev;
    return;
  }
  // Fast path: previous siblings that sit directly on top of each other, as X lays out cells it has not recycled.
  let edge = mine.top;
  const seen = new Set<Element>([cell]);
  for (; prev; prev = prev.previousElementSibling) {
    const b = box(prev);
    if (!b.laidOut || Math.abs(b.bottom - edge) > 1.5) break;
    seen.add(prev);
    yield prev;
    edge = b.top;
  }
  if (!cell.parentElement) return;
  // Recycled cells: document order no longer says what is shown above, so order the rest by position.
  yield* [...cell.parentElement.children]
    .filter((c) => !seen.has(c))
    .map((c) => ({ c, b: box(c) }))
    .filter(({ b }) => b.laidOut && b.top < edge)
    .sort((x, y) => y.b.top - x.b.top)
    .map(({ c }) => c);
}

/** The tweet in the nearest cell above (skipping cells without a tweet, e.g. "show more replies"). */
function previousTweet(cell: Element): Element | null {
  for (const above of cellsAbove(cell)) {
    const tweet = above.querySelector(TWEET);
    if (tweet) return tweet;
  }
  return null;
}

/**
 * Whether the tweet continues the conversation of the cell above: X draws a 2 px vertical line above the avatar
 * (CPFT isReplyToPreviousTweet tests computed width == 2px). Tested by geometry, since its classes are hashed.
 */
export function hasConnectorLine(tweet: Element): boolean {
  const boundary = ownFirst(tweet, S.avatar) ?? ownFirst(tweet, S.userName);
  if (!boundary) return false;
  const limit = boundary.getBoundingClientRect().top;
  const walker = tweet.ownerDocument.createTreeWalker(tweet, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(), seen = 0; node && seen < 80; node = walker.nextNode(), seen++) {
    const el = node as Element;
    if (el === boundary || boundary.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    if (el.contains(boundary)) continue;
    const r = el.getBoundingClientRect();
    if (r.width >= 1 && r.width <= 3 && r.height >= 2 && r.bottom <= limit + 1) {
      if (getComputedStyle(el).visibility !== 'hidden') return true;
    }
  }
  return false;
}

function timelineOf(element: Element): Element | null {
  return element.closest(CELL)?.parentElement ?? null;
}

/**
 * The status page's own post: X marks it by tabindex="-1"; where that hook is missing, the top-level post whose
 * status id is the page's (a post is the focus of its own page whatever its markup says).
 */
function focusedIn(container: ParentNode): Element | null {
  const hooked = queryFirst(container, S.focusedTweet);
  if (hooked) return hooked;
  const doc = container instanceof Document ? container : (container as Element).ownerDocument;
  const page = doc ? pageStatusId(doc) : null;
  if (!page) return null;
  // Only posts that link to the page's status are asked (one query), not every post: this runs once per reply read.
  for (const link of container.querySelectorAll(`a[href*="/status/${page}"]`)) {
    const tweet = link.closest(TWEET);
    if (tweet && !tweet.parentElement?.closest(TWEET) && tweetId(tweet) === page) return tweet;
  }
  return null;
}

/** The status id of the page's URL, when it is a status page. */
function pageStatusId(doc: Document): string | null {
  return statusFromHref(doc.location?.pathname)?.id ?? null;
}

function parentOf(tweet: Element): string | null {
  const cell = tweet.closest(CELL);
  if (!cell) return null;
  const list = timelineOf(tweet) ?? tweet.ownerDocument;
  const focused = focusedIn(list);
  const before = () => tweetId(previousTweet(cell));
  // The focused tweet and its ancestors form one chain: each answers the tweet right above it.
  if (tweet === focused) return before();
  const focusedCell = focused?.closest(CELL);
  if (focusedCell && isAbove(cell, focusedCell)) return before();
  // A reply on the connector line answers the tweet above; when that cell has been recycled away it is unknown.
  if (hasConnectorLine(tweet)) return before();
  // When the focused tweet has been virtualised away (scrolled far down), the URL still names it.
  return tweetId(focused) ?? pageStatusId(tweet.ownerDocument);
}

function readTweet(tweet: Element): RawItem | null {
  const status = ownStatus(tweet);
  if (!status) return null;
  const { ref, time } = status;
  const userName = ownFirst(tweet, S.userName);
  const links = userName ? [...userName.querySelectorAll('a[href]')] : [];
  const linkTexts = links.map((a) => visibleText(a));
  const handle =
    handleFromText(linkTexts.find((t) => t.startsWith('@')) ?? '') ??
    handleFromText(visibleText(userName)) ??
    handleFromAvatarTestId(ownFirst(tweet, S.avatar)?.getAttribute('data-testid')) ??
    ref.handle;
  const name = linkTexts.find((t) => t && !t.startsWith('@')) ?? handle ?? '';
  const origin = tweet.ownerDocument.location?.origin ?? 'https://x.com';
  const iso = parseDatetime(time?.getAttribute('datetime')) ?? snowflakeIso(ref.id);
  const linkHandle = ref.handle ?? handle;
  return {
    id: ref.id,
    parentId: parentOf(tweet),
    author: {
      name,
      ...(handle ? { handle: `@${handle}`, profileUrl: `${origin}/${handle}` } : {}),
    },
    text: visibleText(ownFirst(tweet, S.tweetText)),
    time: iso ? { iso } : {},
    permalink: linkHandle ? `${origin}/${linkHandle}/status/${ref.id}` : `${origin}/i/status/${ref.id}`,
  };
}

function parseDatetime(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

function snowflakeIso(id: string): string | null {
  const ms = snowflakeTime(id);
  return ms === null ? null : new Date(ms).toISOString();
}

/** The reply tweets of a timeline: below the focused tweet and above the next section heading. */
function replyTweets(root: Element): Element[] {
  const tweets = queryAllFirst(root, S.tweet).filter((t) => !t.parentElement?.closest(TWEET));
  const focused = focusedIn(root);
  const focusedCell = focused?.closest(CELL) ?? null;
  const below = tweets.filter((t) => {
    if (t === focused) return false;
    const cell = t.closest(CELL);
    return !focusedCell || !cell || isAbove(focusedCell, cell);
  });
  const headings = queryAllFirst(root, S.sectionHeading)
    .map((h) => h.closest(CELL))
    .filter((cell): cell is Element => Boolean(cell && !cell.querySelector(TWEET)))
    .filter((cell) => !focusedCell || isAbove(focusedCell, cell));
  if (!headings.length) return below;
  return below.filter((t) => {
    const cell = t.closest(CELL) ?? t;
    return !headings.some((heading) => isAbove(heading, cell));
  });
}

/** "Show more replies" controls currently on the page (any supported locale), for the runtime to offer or click. */
export function findMoreRepliesControls(doc: ParentNode): Element[] {
  return S.moreReplies.flatMap((alt) =>
    [...doc.querySelectorAll(alt.selector)].filter(
      (el) => !el.closest(TWEET) && isXString(visibleText(el), 'showMoreReplies'),
    ),
  );
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  composers: COMPOSERS,
  selectors: S,
  // A status page is one conversation; timelines (home, search, profiles) are not threads.
  findThreadRoots(doc) {
    const timeline = pageStatusId(doc) ? queryFirst(doc, S.timeline) : null;
    return timeline ? [timeline] : [];
  },
  threadId(_root, url) {
    if (!X_HOST.test(url.hostname)) return null;
    return statusFromHref(url.pathname)?.id ?? null;
  },
  readPost(root) {
    const focused = focusedIn(root);
    return focused ? readTweet(focused) : null;
  },
  findItems(root) {
    return replyTweets(root);
  },
  readItem(element) {
    return readTweet(element);
  },
  currentUser(doc) {
    const switcher = queryFirst(doc, S.accountSwitcher);
    const fromAvatar = switcher
      ? handleFromAvatarTestId(queryFirst(switcher, S.avatar)?.getAttribute('data-testid'))
      : null;
    const fromProfileTab = (() => {
      const href = queryFirst(doc, S.profileLink)?.getAttribute('href') ?? '';
      return /^\/([A-Za-z0-9_]{1,50})$/.exec(href)?.[1] ?? null;
    })();
    const fromText = switcher ? handleFromText(visibleText(switcher)) : null;
    const handle = fromAvatar ?? fromProfileTab ?? fromText;
    return handle ? `@${handle}` : null;
  },
};
