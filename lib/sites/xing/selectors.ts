// Xing selectors as data: every alternative says which page variant it is for, where it comes from, and when.
// No public source documents Xing's comment DOM (shared/docs/selectors.md §4): comment hooks are guesses in the
// style of Xing's design system (data-testid, data-qa, data-xds) and are marked "guessed"; re-check on a capture.
import type { SelectorList } from '../types';
import { allLocales } from './strings';

const labelled = (tag: string, key: 'comments') =>
  allLocales(key)
    .map((label) => `${tag}[aria-label="${label}"]`)
    .join(', ');

export const SELECTORS = {
  /** A post in a feed or on its own page, by hook. All alternatives are used together (mixed rollouts). */
  post: [
    {
      selector: '[data-testid="activity-card"]',
      note: 'newer XDS feed card (data-testid), demo feed; guessed name, 2026-11',
    },
    {
      selector: 'article[data-qa="activity-card"]',
      note: 'older "malt" feed card (data-qa); guessed name, 2026-11',
    },
  ],
  /** Posts by structure, used only when no hook above matches; the first alternative that matches wins. */
  postByStructure: [
    {
      selector: 'article',
      note: 'posts are <article> (ITMO YourPostsPage.java, ancestor::article), 2023-04; documented',
    },
    {
      selector: 'div[data-xds="Card"]',
      note: 'XDS Card component as post container (ITMO HomePage.java, job scrapers 2025); hook documented, use for posts guessed',
    },
  ],
  /** Carries the post's stable id as an attribute (the attribute in brackets is read). */
  postId: [
    { selector: '[data-activity-id]', note: 'older data-qa card: numeric activity id; guessed, 2026-11' },
    { selector: '[data-urn]', note: 'newer XDS card: activity URN; guessed, 2026-11' },
  ],
  /** A link to the post's own page, when the card has no id attribute. */
  postPermalink: [
    {
      selector: 'a[href*="/discover/detail-activities/"]',
      note: 'single-post URL path; guessed from shared links, 2026-11',
    },
  ],
  /** The post's text (outside the comments). */
  postBody: [
    { selector: '[data-testid="activity-body"]', note: 'newer XDS card; guessed, 2026-11' },
    { selector: '[data-qa="activity-text"]', note: 'older data-qa card; guessed, 2026-11' },
    {
      selector: '[data-xds="BodyCopy"]',
      note: 'XDS BodyCopy text component (job pages 2025, documented); that posts use it is guessed',
    },
  ],
  /** The post author's name / profile link (outside the comments). */
  postAuthor: [
    { selector: 'a[data-testid="actor-link"]', note: 'newer XDS card; guessed, 2026-11' },
    { selector: 'a[data-qa="activity-actor-name"]', note: 'older data-qa card; guessed, 2026-11' },
    { selector: 'a[href*="/profile/"]', note: 'structure: member profile links are /profile/<Name>; all variants' },
  ],
  /** The region holding the comments; anything inside is not part of the post itself. */
  comments: [
    { selector: '[data-testid="comments-section"]', note: 'newer XDS card; guessed, 2026-11' },
    { selector: '[data-qa="comments"]', note: 'older data-qa card; guessed, 2026-11' },
    {
      selector: labelled('section', 'comments'),
      note: 'structure + localised label (strings.ts comments), demo feed; guessed, 2026-11',
    },
  ],
  /** A toggle that shows the post's comments; aria-expanded="true" means the user opened them. */
  commentsToggle: [
    {
      selector: 'button[data-testid="comments-toggle"][aria-expanded]',
      note: 'newer XDS card; guessed, 2026-11',
    },
    {
      selector: 'button[data-qa="comments-button"][aria-expanded]',
      note: 'older data-qa card; guessed, 2026-11',
    },
  ],
  /** Comment and reply elements by hook. Unlike other lists, all alternatives are used together (mixed rollouts). */
  item: [
    { selector: '[data-testid="comment"]', note: 'newer XDS comments and replies, demo feed; guessed, 2026-11' },
    { selector: '[data-qa="comment"]', note: 'older data-qa top-level comment; guessed, 2026-11' },
    { selector: '[data-qa="comment-reply"]', note: 'older data-qa reply; guessed, 2026-11' },
  ],
  /** Comment elements by structure alone, used only when no hook above matches in the thread. */
  itemByStructure: [
    {
      selector: 'li:has(> a[href*="/profile/"]):has(> [data-xds="BodyCopy"])',
      note: 'structure: list entry with a profile link and an XDS BodyCopy text as children; guessed, 2026-11',
    },
  ],
  /** Carries an item's stable id as an attribute (the attribute in brackets is read). */
  itemId: [
    { selector: '[data-comment-id]', note: 'newer XDS and bare-structure comments; guessed, 2026-11' },
    { selector: '[data-qa="comment"][id]', note: 'older data-qa comment: id="comment-<n>"; guessed, 2026-11' },
    { selector: '[data-qa="comment-reply"][id]', note: 'older data-qa reply: id="comment-<n>"; guessed, 2026-11' },
  ],
  /** The item author's profile link. */
  itemAuthor: [
    { selector: 'a[data-testid="comment-author"]', note: 'newer XDS comment; guessed, 2026-11' },
    { selector: 'a[data-qa="comment-author-name"]', note: 'older data-qa comment; guessed, 2026-11' },
    { selector: 'a[href*="/profile/"]', note: 'structure: first member profile link of the item; all variants' },
  ],
  /** The item's text. */
  itemText: [
    { selector: '[data-testid="comment-text"]', note: 'newer XDS comment; guessed, 2026-11' },
    { selector: '[data-qa="comment-text"]', note: 'older data-qa comment; guessed, 2026-11' },
    {
      selector: '[data-xds="BodyCopy"]',
      note: 'XDS BodyCopy text component (documented on job pages 2025); in comments guessed',
    },
  ],
  /** When the item or post was written: time[datetime] first, else a relative text. */
  time: [
    {
      selector: 'time[datetime]',
      note: 'job pages use <time dateTime="ISO"> (selectors.md §4, unverified for comments); guessed, 2026-11',
    },
    { selector: '[data-qa="comment-timestamp"]', note: 'older data-qa comment: relative text only; guessed, 2026-11' },
    { selector: '[data-qa="activity-timestamp"]', note: 'older data-qa card: relative text only; guessed, 2026-11' },
  ],
  /** Link to the item itself. */
  itemPermalink: [
    { selector: 'a[data-qa="comment-permalink"]', note: 'older data-qa comment; guessed, 2026-11' },
    { selector: 'a[href*="commentId="]', note: 'structure: any link carrying a commentId parameter; guessed, 2026-11' },
  ],
  /** The logged-in member in the top bar. */
  me: [
    {
      selector: '[data-testid="header-me-menu"] a[href*="/profile/"]',
      note: 'newer top bar me menu: own profile link; guessed, 2026-11',
    },
    {
      selector: 'img[data-qa="me-menu-avatar"][alt]',
      note: 'older top bar: own profile image, alt "Profilbild von <Name>" (strings.ts); guessed, 2026-11',
    },
  ],
} as const satisfies Record<string, SelectorList>;

/** Single-post page paths (after an optional /en); the id is the first group. Guessed from shared links, 2026-11. */
export const POST_PATHS: readonly { pattern: RegExp; note: string }[] = [
  { pattern: /^(?:\/en)?\/discover\/detail-activities\/([^/?#]+)/, note: 'current single-post page; guessed' },
  { pattern: /^(?:\/en)?\/feedy\/stories\/([^/?#]+)/, note: 'older shared-story links; guessed' },
];
