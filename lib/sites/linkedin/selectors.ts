// Where LinkedIn keeps a thread, as data. Two DOM generations are live at once (v2 React/SDUI, v1 legacy Ember),
// so every list carries both and the adapter picks per element. Sources: shared/docs/selectors.md §3 (ids there).
import type { SelectorList } from '../types';

/** A single-post screen: when one is on the page, it is the thread (post plus comments). */
export const threadRoot: SelectorList = [
  {
    selector: '[data-sdui-screen="com.linkedin.sdui.flagshipnav.feed.UpdateDetail"]',
    note: 'v2 post-detail screen (/feed/update/…), SDUI since May 2026. LHR selectors.ts + issues #776/#800, 2026-05',
  },
  {
    selector: 'div[data-view-name="feed-detail-page"]',
    note: 'v2 post-detail page before the May 2026 SDUI rewrite. TRUST, 2026-02-26',
  },
];

/** One post with its comments, on the feed (several per page) and on legacy permalinks (one). */
export const feedPost: SelectorList = [
  {
    selector: '[data-testid="mainFeed"] [role="listitem"]',
    note: 'v2 feed: a listitem holds the post body and, as a sibling, its comments. TRUST find-post-container.ts, LHR; 2026',
  },
  {
    selector: '[role="listitem"][componentkey*="FeedType_"]',
    note: '2026 obfuscated feed: listitems keyed "expanded…FeedType_MAIN_FEED_RELEVANCE", no mainFeed test id, no data-urn. noelle-social feed-2026-obfuscated.html, 2026-07',
  },
  {
    selector: 'div[data-id^="urn:li:activity:"]',
    note: 'v1 legacy (TODO 2026-10: legacy, drop when Ember is gone): feed wrapper with the activity URN. umerakmal linkedin_selectors.py',
  },
  {
    selector: 'div.feed-shared-update-v2[data-urn^="urn:li:activity:"]',
    note: 'v1 legacy (TODO 2026-10: legacy): the update, comments nested inside; also on /posts/… permalinks. openclaw dom-patterns.md',
  },
];

/** The post body alone, so the post is never read from a comment. */
export const postBody: SelectorList = [
  {
    selector: '[componentkey^="expanded"][componentkey$="FeedType_FEED_DETAIL"]',
    note: 'v2 post-detail: post body only, the comment list is a sibling. LHR POST_DETAIL_CONTAINER, 2026-05',
  },
  {
    selector: 'div[data-view-name="feed-full-update"]',
    note: 'v2 feed listitem: post body only (comments are a sibling). TRUST, 2026-02. v1 uses no body wrapper: the root is read outside its comments',
  },
];

/** Where the post's URN is written (the thread id). */
export const postUrn: SelectorList = [
  {
    selector: '[data-view-tracking-scope*="FeedUpdateServedEvent"]',
    note: 'v2: JSON with a byte-array breadcrumb that decodes to {"updateUrn":…}. TRUST parse-tracking-scope.ts, 2026-02',
  },
  {
    selector: '[data-view-tracking-scope*="updateUrn"]',
    note: 'v2: the same scope with plain JSON (unverified variant, kept because the demo fixture and older notes show it)',
  },
  {
    selector: '[data-urn^="urn:li:activity:"]',
    note: 'v1 legacy (TODO 2026-10: legacy): data-urn on div.feed-shared-update-v2. openclaw dom-patterns.md',
  },
  {
    selector: '[data-id^="urn:li:activity:"]',
    note: 'v1 legacy (TODO 2026-10: legacy): data-id on the feed wrapper. umerakmal linkedin_selectors.py',
  },
];

/** Any profile link: the 2026 obfuscated feed has no hook on the actor, and the post's first such link is its author. */
const anyProfileLink = {
  selector: 'a[href*="/in/"], a[href*="/company/"]',
  note: '2026 obfuscated feed: the first profile link outside the comments is the actor (avatar, then name). noelle-social feed-2026-obfuscated.html',
};

/** The post author's profile link. */
export const postActor: SelectorList = [
  {
    selector: 'a[data-view-name="feed-actor-image"]',
    note: 'v2: avatar link (href /in/… or /company/…); the name is the first <p> of the sibling link. TRUST extract-post-author-info.ts, 2026-02',
  },
  {
    selector: 'a.update-components-actor__meta-link',
    note: 'v1 legacy (TODO 2026-10: legacy): actor name/headline link. openclaw dom-patterns.md',
  },
  anyProfileLink,
];

/** The post author's name where it has its own element (v2 reads it from the link with the actor's href). */
export const postAuthorName: SelectorList = [
  {
    selector: '.update-components-actor__title span[aria-hidden="true"]',
    note: 'v1 legacy (TODO 2026-10: legacy): visible name; the visually-hidden twin repeats it. LIVE_POST_AUTHOR_SELECTOR (scraper), openclaw',
  },
];

export const postText: SelectorList = [
  {
    selector: '[data-view-name="feed-commentary"]',
    note: 'v2 post text. TRUST extract-post-caption.ts, 2026-02',
  },
  {
    selector: 'p[componentkey^="feed-commentary_"]',
    note: 'v2 post text paragraph (post-detail). LHR POST_DETAIL_BODY_TEXT_LEAF, 2026-05',
  },
  {
    selector: '.update-components-update-v2__commentary',
    note: 'v1 legacy (TODO 2026-10: legacy): post commentary. LIVE_POST_TEXT_SELECTOR (scraper)',
  },
  {
    selector: '.feed-shared-update-v2__description .update-components-text',
    note: 'v1 legacy (TODO 2026-10: legacy): older description wrapper. openclaw dom-patterns.md',
  },
  {
    selector: '[data-testid="expandable-text-box"]',
    note: '2026 obfuscated feed: the post text box (the first one outside the comments). noelle-social feed-2026-obfuscated.html, 2026-07',
  },
];

/** The post's relative time ("3 Std. • Bearbeitet •"); v2 has no hook, the adapter finds it by its shape. */
export const postTime: SelectorList = [
  {
    selector: '.update-components-actor__sub-description span[aria-hidden="true"]',
    note: 'v1 legacy (TODO 2026-10: legacy): "3h • Edited •" under the actor name (unverified class, common in v1 scrapers)',
  },
];

/** One comment or reply. The adapter keeps each comment's outermost element (v2 nests three with one key). */
export const comment: SelectorList = [
  {
    selector: '[componentkey^="replaceableComment_urn:li:comment:("]',
    note: 'v2: three nested elements share the key; replies are siblings after their parent. LHR get-post.ts, Lyra; 2026-05',
  },
  {
    selector: 'div[id^="replaceableComment_urn:li:comment:"]',
    note: 'v2 post page after the 2026-08 obfuscation: id carries the URN, replies nested inside the parent unit. scraper verified live 2026-08-19',
  },
  {
    selector: 'article.comments-comment-entity[data-id^="urn:li:comment:("]',
    note: 'v1 legacy (TODO 2026-10: legacy): replies nested inside the parent article. TECHKA get-post-comments.js, Lyra; capture noelle-social post-comments-legacy-ember.html, 2026-07',
  },
  {
    selector: '[data-id^="urn:li:comment:("]',
    note: "any element v1 keys by a comment URN (the 2022 feed's article.comments-comment-item too): the URN is the item, whatever the classes",
  },
];

/** Present in a reply's own subtree (or on the reply element itself): tells replies from top-level comments. */
export const replyMarker: SelectorList = [
  {
    selector: 'a[data-view-name="reply-actor-picture"]',
    note: 'v2 reply avatar (top-level: comment-actor-picture). TRUST extract-post-comments.ts, 2026-02',
  },
  {
    selector: '[data-view-name="comment-reply-commentary"]',
    note: 'v2 reply text container (top-level: comment-commentary). selectors.md §3a (source repository not named)',
  },
  {
    selector: '[componentkey^="comment-reply-commentary_"]',
    note: 'v2 2026 obfuscated generation: the reply text paragraph (top-level: comment-commentary_). Capture noelle-social post-comments-2026.html, 2026-07',
  },
  {
    selector: 'article.comments-comment-entity--reply',
    note: 'v1 legacy (TODO 2026-10: legacy): modifier class on reply articles. Lyra (source repository not named)',
  },
];

/** The comment author's profile link. */
export const commentAuthorLink: SelectorList = [
  {
    selector: 'a[data-view-name="comment-actor-description"]',
    note: 'v2 top-level comment: name, degree and headline link. TRUST, 2026-02',
  },
  {
    selector: 'a[data-view-name="reply-actor-description"]',
    note: 'v2 reply: name, degree and headline link. TRUST, 2026-02',
  },
  {
    selector: 'a[data-view-name="comment-actor-picture"]',
    note: 'v2 top-level comment avatar link, when the description link is missing. TRUST, 2026-02',
  },
  {
    selector: 'a.comments-comment-meta__description-container',
    note: 'v1 legacy (TODO 2026-10: legacy): name/headline link. TECHKA',
  },
  {
    selector: 'a.comments-comment-meta__image-link',
    note: 'v1 legacy (TODO 2026-10: legacy): avatar link. tristanloper, 2026-08 scraper fallback',
  },
];

/** The comment author's name where it has its own element (v2 reads the description link's first line). */
export const commentAuthorName: SelectorList = [
  {
    selector: '.comments-comment-meta__description-title',
    note: 'v1 legacy (TODO 2026-10: legacy): name only, degree in a sibling span. TECHKA',
  },
  {
    selector: '.comments-post-meta__name-text span[aria-hidden="true"]',
    note: 'v1, 2022 comment-item generation: the name as seen (a visually-hidden twin repeats it). Public LinkedIn scrapers 2022-2024',
  },
];

export const commentText: SelectorList = [
  {
    selector: '[data-view-name="comment-commentary"]',
    note: 'v2 top-level comment text. selectors.md §3a (source repository not named), TRUST',
  },
  {
    selector: '[data-view-name="comment-reply-commentary"]',
    note: 'v2 reply text. selectors.md §3a (source repository not named)',
  },
  {
    selector: '[componentkey^="comment-commentary_"], [componentkey^="comment-reply-commentary_"]',
    note: 'v2 2026 obfuscated generation: the comment or reply text paragraph. Capture noelle-social post-comments-2026.html, 2026-07',
  },
  {
    selector: 'span[data-testid="expandable-text-box"]',
    note: 'v2 text box near the avatar (feed); LHR says it is absent inside comments on post-detail. TRUST, 2026-02',
  },
  {
    selector: '.comments-comment-item__main-content',
    note: 'v1 legacy (TODO 2026-10: legacy): comment text. TECHKA, 2026-08 scraper fallback',
  },
  {
    selector: '.comments-comment-entity__content .update-components-text',
    note: 'v1 legacy (TODO 2026-10: legacy): text inside the content section. TECHKA',
  },
];

/** The comment's relative time; v2 shows it as bare text ("2w •"), found by its shape. */
export const commentTime: SelectorList = [
  {
    selector: '.comments-comment-meta__info time',
    note: 'v1 legacy (TODO 2026-10: legacy): relative time text in <time>. TECHKA',
  },
  {
    selector: '.comments-comment-item__timestamp',
    note: 'v1, 2022 comment-item generation: the relative time. Public LinkedIn scrapers 2022-2024',
  },
];

/** The logged-in member, by an element whose alt text is their name. */
export const currentUser: SelectorList = [
  {
    selector: 'img.global-nav__me-photo[alt]',
    note: 'v1 global nav "Me"/"Ich" photo, alt = member name; used by many login checks (2021-2026)',
  },
  {
    selector: '[componentkey^="commentBox-"] img[alt]',
    note: 'v2 comment-box avatar (unverified: alt assumed to be the name, localized "Foto von …" prefixes stripped)',
  },
];

/** The comment composer (not used for reading; kept here so one file names every LinkedIn hook). */
export const composer: SelectorList = [
  {
    selector: '[componentkey^="commentBox-"] [role="textbox"][contenteditable]',
    note: 'v2 TipTap/ProseMirror editor in the comment box (contenteditable may be "plaintext-only"). TRUST, LHR',
  },
  {
    selector: '.comments-comment-box__form .ql-editor[contenteditable]',
    note: 'v1 legacy (TODO 2026-10: legacy): Quill editor. LHR, TRUST',
  },
];

export const submit: SelectorList = [
  {
    selector: 'button[data-view-name="comment-post"]',
    note: 'v2 comment submit. TRUST linkedin.content/index.tsx',
  },
  {
    selector: 'button.comments-comment-box__submit-button--cr',
    note: 'v1 legacy (TODO 2026-10: legacy): comment submit. TRUST, LHR',
  },
];

export const SELECTORS = {
  threadRoot,
  feedPost,
  postBody,
  postUrn,
  postActor,
  postAuthorName,
  postText,
  postTime,
  comment,
  replyMarker,
  commentAuthorLink,
  commentAuthorName,
  commentText,
  commentTime,
  currentUser,
  composer,
  submit,
} as const;
