// Facebook ("Comet" UI) selectors as data: each alternative says which page variant it is for, its source
// and date. Roles, data-* hooks and URL shapes only; Facebook's class names are atomic hashes and never used.
import type { SelectorList } from '../types';

export const SELECTORS = {
  /** A post opened over the feed: it wins over everything behind it. */
  dialog: [
    {
      selector: 'div[role="dialog"][aria-modal="true"]',
      note: 'permalink.php / post modal over the feed; CRM COMMENTS.postSurface + fixture post-permalink-live.html, 2026-09-25',
    },
  ],
  /** The side panel of the photo viewer and of video pages: owner, caption and comments, with no post article. */
  sidePanel: [
    {
      selector: 'div[role="complementary"]',
      note: 'photo/?fbid= page: date link a[href*="/photo/"], owner "h2 a", comment articles inside; "Facebook Page Scraper v7.2" bookmarklet (photo page, findCoreContainers), 2025. Video pages assumed alike (no source)',
    },
  ],
  /** Feed units that hold one post with its comments. */
  feedUnit: [
    {
      selector: 'div[data-pagelet^="FeedUnit_"]',
      note: 'News Feed and Page feed units; CRM COMMENTS.post, TRUST findPostContainer, 2026-02..09',
    },
    {
      selector: 'div[data-pagelet^="TimelineFeedUnit_"]',
      note: 'Page timeline (inside data-pagelet="ProfileTimeline"); CRM fixture page-timeline-live.html, 2026-09-25',
    },
  ],
  /** The post article; comments are role="article" too but never carry aria-posinset. */
  post: [
    {
      selector: 'div[role="article"][aria-posinset]',
      note: 'top-level post in feed, timeline and modal; CRM fixtures 2026-09-25, TRUST findPostContainer 2026-02',
    },
  ],
  /** Links to the post itself: the thread id and the post time live here. */
  postPermalink: [
    {
      selector: 'a[href*="story_fbid="]',
      note: 'permalink.php?story_fbid=<pfbid…|digits>&id=<page>; CRM POST_ID_RE + fixtures, 2026-09-25',
    },
    {
      selector: 'a[href*="/posts/"]',
      note: '/<page>/posts/<pfbid…> (Page and profile posts) and /groups/<group>/posts/<id>/; CRM POST_ID_RE, 2026-09',
    },
    {
      selector: 'a[href*="/permalink/"]',
      note: '/groups/<group>/permalink/<id>/ (group posts, older link form); URL shape from the brief (issue 13), no capture',
    },
    {
      selector: 'a[href*="/photo"][href*="fbid="]',
      note: 'a photo: /photo/?fbid=<id>&set=… and photo.php?fbid=; the photo viewer date link (bookmarklet above), comment links (brief)',
    },
    {
      selector: 'a[href*="/videos/"]',
      note: '/<page>/videos/<id>/ (video page date link); CRM POST_ID_RE lists /videos/, 2026-09; the link in the panel is assumed',
    },
  ],
  /** The post text. */
  postBody: [
    {
      selector: 'div[data-ad-rendering-role="story_message"]',
      note: 'feed/timeline post body; TRUST postText, 2026-02-26',
    },
    {
      selector: 'div[data-ad-preview="message"]',
      note: 'older post body hook, still served on some surfaces; TRUST postText fallback, 2026-02. TODO(2027-06): drop if no capture shows it',
    },
    {
      selector: 'div[dir="auto"]',
      note: 'no data-ad hook (modal post in CRM post-permalink-live.html, 2026-09-25): first text block outside header links, buttons and comments',
    },
  ],
  /** Comment and reply articles (filtered in code: an item has a comment permalink or a data-commentid wrapper). */
  item: [
    {
      selector: 'div[role="article"]:not([aria-posinset])',
      note: 'comments and replies, label "Comment by …"/"Reply by … to …" (localised, not used to find them); CRM COMMENTS.comment 2026-09, DISREX 2025-10',
    },
  ],
  /** Wrapper with the comment's numeric id. */
  commentWrapper: [
    {
      selector: 'div[data-commentid]',
      note: 'wrapper around a comment article on Page timelines; CRM COMMENT_ACTIONS.byId + page-timeline-live.html, 2026-09-25',
    },
  ],
  /** A comment's permalink (its text is the relative time); replies add reply_comment_id. */
  itemPermalink: [
    {
      selector: 'a[href*="comment_id="]',
      note: '…?comment_id=<id>[&reply_comment_id=<id>], id numeric or base64 "comment:<post>_<id>"; CRM COMMENT_ID_RE/REPLY_COMMENT_ID_RE, 2026-09',
    },
  ],
  /** Profile links: the author's name link is the first of them with text and without aria-label. */
  authorLink: [
    {
      selector: 'a[role="link"][href*="profile.php?id="]',
      note: 'numeric profile (people without vanity name, Pages in new Pages experience); CRM authorLink + PROFILE_ID_RE, 2026-09',
    },
    {
      selector: 'a[role="link"][href^="https://www.facebook.com/"]',
      note: 'vanity profile https://www.facebook.com/<name>; CRM authorLink, 2026-09',
    },
  ],
  /** Text blocks of an item (outside links and buttons). */
  textBlock: [
    {
      selector: 'div[dir="auto"]',
      note: 'comment text "span[dir=auto] > div[dir=auto]"; CRM textNode + fixtures, 2026-09-25',
    },
  ],
  /** The comment composer: its label names the logged-in account. */
  composer: [
    {
      selector: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
      note: 'Lexical comment box, label "Comment as <name>"; TRUST SELECTORS.commentInput 2026-02-24, CRM 2026-09',
    },
    {
      selector: 'div[role="textbox"][aria-label]',
      note: 'same box as minimised in CRM fixtures (contenteditable stripped), 2026-09-25',
    },
  ],
  /** Per-item menu buttons: "Edit or delete this" marks the viewer's own items. */
  itemMenu: [
    {
      selector: 'div[role="button"][aria-label]',
      note: 'own item "Edit or delete this" vs others "Delete, hide or report this" (localised); CRM page-timeline-live.html, 2026-09-25',
    },
  ],
} satisfies Record<string, SelectorList>;
