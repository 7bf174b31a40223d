// Where X keeps the parts of a status page (/<handle>/status/<id>), as data: each alternative names its page
// variant, source and date (sources: /work/shared/docs/selectors.md §0/§1). data-testid and roles only, never classes.
import type { SelectorList } from '../types';

export const X_SELECTORS = {
  /** The virtualised list whose children are the cells of the conversation. */
  timeline: [
    {
      selector: 'div[data-testid="primaryColumn"] section > h1 + div[aria-label] > div',
      note: 'desktop status page; CPFT Selectors.TIMELINE (script.js l.2261, 15e2779f 2026-08-17)',
    },
    {
      selector: 'section[role="region"] > h1 + div[aria-label] > div',
      note: 'modal/other column layouts; CPFT Selectors.MODAL_TIMELINE (15e2779f 2026-08-17), role added from YOINK-era captures',
    },
    {
      selector: 'div[data-testid="primaryColumn"]',
      note: 'last resort when the section/h1 wrapper changes: items are still found below it (structure guess, 2026)',
    },
  ],
  /** One virtualised cell; recycled by X, so never cache anything on it. */
  cell: [
    {
      selector: 'div[data-testid="cellInnerDiv"]',
      note: 'all layouts; CPFT l.7419 (2026-08-17), YOINK fixtures 2025-10-24, RVW snapshots 2023-11',
    },
  ],
  /** A tweet (the focused one, ancestors and replies). */
  tweet: [
    {
      selector: 'article[data-testid="tweet"]',
      note: 'all layouts; CPFT Selectors.TWEET (2026-08-17), YOINK 2025-10-24, RVW 2023-11',
    },
    {
      selector: 'div[data-testid="cellInnerDiv"] article[role="article"]',
      note: 'if the testid is renamed: the role is what screen readers get (YOINK 2025-10-24)',
    },
  ],
  /** The focused tweet of a status page: the only tweet X takes out of the tab order. */
  focusedTweet: [
    {
      selector: 'article[data-testid="tweet"][tabindex="-1"]',
      note: 'status page; CPFT onIndividualTweetTimelineChange l.6386 (tabIndex == -1, 2026-08-17); YOINK x-tweet-sample',
    },
  ],
  /** Display name link, then @handle link (and, in timeline tweets, the time link). */
  userName: [
    {
      selector: '[data-testid="User-Name"]',
      note: 'all tweets; CPFT l.5609 (2026-08-17), TRUST XReplyScraper.ts (2026-02-26), YOINK 2025-10-24',
    },
  ],
  /** Avatar container; its testid ends in the screen name. Also the upper bound for the connector line. */
  avatar: [
    {
      selector: '[data-testid^="UserAvatar-Container-"]',
      note: 'all tweets and the account switcher; YOINK 2025-10-24 (UserAvatar-Container-TestUser123), RVW 2023-11',
    },
    {
      selector: '[data-testid="Tweet-User-Avatar"]',
      note: 'wrapper of the tweet avatar; YOINK x-tweet-sample 2025-10-24',
    },
  ],
  tweetText: [
    {
      selector: '[data-testid="tweetText"]',
      note: 'all tweets with text (lang, dir=auto, emoji as img alt); CPFT, TRUST, YOINK 2025-10-24',
    },
  ],
  time: [
    {
      selector: 'time[datetime]',
      note: 'ISO UTC inside the /status/ permalink; YOINK 2025-10-24 (2025-10-23T16:34:09.000Z), RVW 2023-11',
    },
  ],
  /** Links that carry a status id: the time permalink, or e.g. /analytics when no time is rendered. */
  statusLink: [
    {
      selector: 'a[href*="/status/"]',
      note: 'permalink (/<handle>/status/<id>) and its suffixes /analytics, /photo/, /quotes; YOINK, RVW',
    },
  ],
  /** A quoted tweet card inside a tweet: its name, text and time are not the outer tweet's. */
  quote: [
    {
      selector: 'article div[role="link"][tabindex="0"]:has([data-testid="User-Name"])',
      note: 'quote tweet card: a focusable div[role=link] holding a second User-Name (CPFT [aria-labelledby] quote rules 2026-08-17; structure, unverified in a 2026 capture)',
    },
  ],
  /** A cell after the replies that starts another section ("Discover more"): tweets below it are not replies. */
  sectionHeading: [
    {
      selector: 'div[data-testid="cellInnerDiv"] h2',
      note: 'status page, header cell of the section after the replies ("More Tweets"/"Discover more"): firewood/WarnTopTweetsFirst content_scripts.js finds it as a cell h2[role=heading] (older layout, undated); unverified in 2026',
    },
  ],
  /** The logged-in account: switcher avatar (testid ends in the handle) or its "@handle" text. */
  accountSwitcher: [
    {
      selector: '[data-testid="SideNav_AccountSwitcher_Button"]',
      note: 'desktop side nav, logged in; widely used in public scrapers for the handle (text "@handle"), 2024-2026',
    },
  ],
  /** The profile tab of the side nav / bottom bar: href="/<handle>". */
  profileLink: [
    {
      selector: 'a[data-testid="AppTabBar_Profile_Link"]',
      note: 'side nav (desktop) and tab bar, logged in; used by several public extensions for the own handle, 2024-2026',
    },
  ],
  /** Controls that load more replies; which one is meant is decided by its localised text (strings.ts). */
  moreReplies: [
    {
      selector: 'div[data-testid="cellInnerDiv"] button[role="button"]',
      note: 'end of a reply list: button with SHOW_MORE_REPLIES text; CPFT l.6480 (2026-08-17)',
    },
    {
      selector: 'div[data-testid="cellInnerDiv"] a[href^="/i/status/"]',
      note: 'self-thread with hidden replies: link to /i/status/<id> reading "Show more replies"; RVW snapshot 2023-11',
    },
  ],
} as const satisfies Record<string, SelectorList>;
