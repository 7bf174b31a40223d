// The real captures in ../shared/captures, each served under its site's real host and a realistic URL. Whole-page
// captures are served as they are (in a bare document); fragments are wrapped in the skeleton the site really serves,
// and the wrapper here is the only markup not from the capture. Tests read the files where they lie, never copies.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteId } from '../../lib/sites/registry';
import type { FixtureRoute } from '../fixtures/routes';

export const CAPTURE_DIR = resolve(import.meta.dirname, '../../../shared/captures');

export interface CapturePage extends FixtureRoute {
  site: SiteId;
  /** The capture's file name below CAPTURE_DIR/<site>/. */
  capture: string;
  /** What the wrapper adds around the capture, said plainly (the test names it too). */
  wrapper: string;
}

/** A bare document around a capture: the page's language, a title, the capture as the body's content. */
function page(lang: string, title: string, body: (capture: string) => string) {
  return (capture: string) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body(capture)}</body></html>`;
}

/** X's status-page column (shared/captures/README.md): main > primaryColumn > region > h1 + timeline > cells. */
const X_COLUMN = (cells: string) =>
  '<div id="react-root"><main role="main"><div data-testid="primaryColumn"><section role="region">' +
  '<h1 role="heading">Conversation</h1><div aria-label="Timeline: Conversation"><div>' +
  `${cells}</div></div></section></div></main></div>`;

const CAPTURES: Omit<CapturePage, 'file'>[] = [
  {
    site: 'facebook',
    capture: 'public-crm__post-permalink-live.html',
    url: 'https://www.facebook.com/permalink.php?story_fbid=pfbid0Test02xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx&id=90000000000009',
    title: 'Facebook capture: permalink dialog over a Page feed',
    wrapper: 'none: the capture is the whole body',
    wrap: page('en', 'Facebook', (c) => c),
  },
  {
    site: 'facebook',
    capture: 'public-crm__page-comment-live.html',
    url: 'https://www.facebook.com/profile.php?id=90000000000021',
    title: 'Facebook capture: one comment on a Page timeline',
    wrapper:
      'a Page timeline feed unit (data-pagelet TimelineFeedUnit_0) with a post article (aria-posinset, permalink, body) and its comment list; the comment is the capture',
    wrap: page(
      'en',
      'Facebook',
      (c) =>
        '<div role="main"><div data-pagelet="ProfileTimeline"><div data-pagelet="TimelineFeedUnit_0">' +
        '<div role="article" aria-posinset="1" aria-setsize="3" aria-labelledby="lf-wrap-h"><div>' +
        '<h2 id="lf-wrap-h"><a role="link" href="https://www.facebook.com/profile.php?id=90000000000021">Wrapper Page</a></h2>' +
        '<a role="link" href="https://www.facebook.com/permalink.php?story_fbid=pfbid0Wrap&amp;id=90000000000021">1h</a>' +
        '<div data-ad-rendering-role="story_message"><div dir="auto">The wrapper post.</div></div>' +
        `<div role="list"><div role="listitem">${c}</div></div></div></div></div></div></div>`,
    ),
  },
  {
    site: 'x',
    capture: 'tweetyoink__x-tweet-sample.html',
    url: 'https://x.com/TestUser123/status/1981398750557065646',
    title: 'X capture: the focused post of a status page',
    wrapper: "X's status column (main > primaryColumn > region > h1 + timeline) and the capture's cellInnerDiv",
    wrap: page('en', 'X', (c) => X_COLUMN(`<div data-testid="cellInnerDiv">${c}</div>`)),
  },
  {
    site: 'x',
    capture: 'tweetyoink__x-tweet-quote.html',
    url: 'https://x.com/TestQuoter/status/1983130065320780162',
    title: 'X capture: a post quoting another, as a timeline cell',
    wrapper: "X's status column (main > primaryColumn > region > h1 + timeline); the cell is the capture",
    wrap: page('en', 'X', (c) => X_COLUMN(c)),
  },
  {
    site: 'linkedin',
    capture: 'noelle-social__post-comments-2026.html',
    url: 'https://www.linkedin.com/feed/update/urn:li:ugcPost:7486054278927835136/',
    title: 'LinkedIn capture: 2026 comments section with an open reply box',
    wrapper: 'none: a bare document whose body is the capture (its own <main>)',
    wrap: page('en', 'LinkedIn', (c) => c),
  },
  {
    site: 'linkedin',
    capture: 'noelle-social__post-comments-legacy-ember.html',
    url: 'https://www.linkedin.com/posts/listen-first-wrapper_capture-ugcPost-7486054278927835136-AbCd/',
    title: 'LinkedIn capture: legacy (Ember) comments with a nested reply and a Quill box',
    wrapper:
      'a bare document with the Ember app shell (body.ember-application > main); the comments container is the capture',
    wrap: (c) =>
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LinkedIn</title></head>' +
      `<body class="ember-application"><div class="application-outlet"><main class="scaffold-layout__main">${c}</main></div></body></html>`,
  },
];

/** Every capture page, with a check that the table names every file of the folder (a new capture needs a row). */
export function capturePages(site?: SiteId): CapturePage[] {
  const pages = CAPTURES.map((c) => ({ ...c, file: resolve(CAPTURE_DIR, c.site, c.capture) }));
  return site ? pages.filter((p) => p.site === site) : pages;
}

/** One capture page by its file name. */
export function capturePage(site: SiteId, file: string): CapturePage {
  const found = capturePages(site).find((p) => p.capture === file);
  if (!found) throw new Error(`No capture ${site}/${file} in the table`);
  return found;
}

/** Capture files of a site folder that have no row in the table. */
export function unlistedCaptures(site: SiteId): string[] {
  const dir = resolve(CAPTURE_DIR, site);
  if (!existsSync(dir)) return [];
  const listed = new Set(CAPTURES.filter((c) => c.site === site).map((c) => c.capture));
  return readdirSync(dir).filter((f) => f.endsWith('.html') && !listed.has(f));
}
