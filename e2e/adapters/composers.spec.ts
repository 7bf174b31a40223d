// Composer selectors of every site against the composer fixture pages (real editors, plain Chromium) and the real
// captures: each alternative matches where a fixture or a capture has it, private-message boxes are excluded, and the fixture's composers get
// the kind the guard records. Alternatives no fixture holds are listed by name, so a gap is a decision, not luck.
import type { Page } from '@playwright/test';
import { ADAPTERS } from '../../lib/sites/adapters';
import type { SiteId } from '../../lib/sites/registry';
import type { SelectorList } from '../../lib/sites/types';
import { capturePages } from '../captures/pages';
import { expect, test } from '../harness/adapter-test';

const PAGES: Record<SiteId, string[]> = {
  facebook: ['https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0composer1'],
  x: ['https://x.com/greenline_demo/status/1990721642296246560'],
  linkedin: [
    'https://www.linkedin.com/feed/update/urn:li:activity:7275000000000000000/',
    'https://www.linkedin.com/posts/oliver-price-demo_delivery-activity-7276000000000000000-XyZa/',
  ],
  xing: ['https://www.xing.com/discover/updates?lf-fixture=composer'],
};

/** Alternatives for page variants no fixture shows yet (other UI languages, layouts, surfaces). */
const NOT_IN_FIXTURES: Record<SiteId, string[]> = {
  facebook: [
    'specs.reply: div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label^="Reply to"]',
    `specs.post: div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label^="What's on your mind"]`,
    'specs.comment: div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label^="Comment as"]',
    'specs.comment: div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label^="Write a comment"]',
    // The older non-Lexical box: the permalink capture has its "Comment as" textbox, but without contenteditable
    // (e2e/captures/guard.spec.ts makes it editable and guards it).
    'specs.comment: div[contenteditable="true"][role="textbox"]:not([data-lexical-editor])[aria-label^="Write a comment"], div[contenteditable="true"][role="textbox"]:not([data-lexical-editor])[aria-label^="Comment as"], div[contenteditable="true"][role="textbox"]:not([data-lexical-editor])[aria-label^="Schreibe einen Kommentar"], div[contenteditable="true"][role="textbox"]:not([data-lexical-editor])[aria-label^="Kommentieren als"]',
    'specs.comment: div[role="article"] div[contenteditable="true"][role="textbox"]:not([data-lexical-editor]), [role="dialog"]:has([role="article"]) div[contenteditable="true"][role="textbox"]:not([data-lexical-editor]), [role="complementary"] div[contenteditable="true"][role="textbox"]:not([data-lexical-editor])',
  ],
  x: ['specs.comment: main div[data-testid^="tweetTextarea"] textarea'],
  linkedin: [],
  xing: [],
};

function alternatives(site: SiteId): { name: string; selector: string }[] {
  const { composers } = ADAPTERS[site];
  const named = (name: string, list: SelectorList) =>
    list.map((alt) => ({ name: `${name}: ${alt.selector}`, selector: alt.selector }));
  return [
    ...composers.specs.flatMap((spec) => named(`specs.${spec.kind}`, spec.editable)),
    ...named('exclude', composers.exclude),
    ...named('submit', composers.submit),
  ];
}

/** Composers a page shows only after a click (X's reply dialog), opened before anything is counted. */
const OPENERS: Partial<Record<SiteId, string>> = { x: '[data-testid="reply"]' };

async function openComposers(page: Page, site: SiteId, url: string): Promise<void> {
  await page.goto(url);
  const any = page.locator('[data-fixture-composer] [contenteditable="true"], [data-fixture-composer] textarea');
  await any.first().waitFor();
  const opener = OPENERS[site];
  if (opener) {
    const before = await any.count();
    await page.locator(opener).first().click();
    await expect(any).toHaveCount(before + 1);
  }
}

async function counts(page: Page, selectors: string[]): Promise<number[]> {
  return page.evaluate((list) => list.map((s) => document.querySelectorAll(s).length), selectors);
}

for (const site of Object.keys(PAGES) as SiteId[]) {
  test(`${site}: every composer selector matches in a fixture, or is listed as not covered`, async ({ page }) => {
    const alts = alternatives(site);
    const max = new Map(alts.map((a) => [a.name, 0]));
    for (const url of PAGES[site]) {
      await openComposers(page, site, url);
      // Facebook shows its send button only in the focused box.
      await page
        .locator('[data-fixture-composer] [contenteditable="true"], [data-fixture-composer] textarea')
        .first()
        .click();
      const found = await counts(
        page,
        alts.map((a) => a.selector),
      );
      alts.forEach((a, i) => {
        max.set(a.name, Math.max(max.get(a.name) ?? 0, found[i] ?? 0));
      });
    }
    // The real captures of the live sites count as well (LinkedIn's 2026 send button is only there).
    for (const capture of capturePages(site)) {
      await page.goto(capture.url);
      const found = await counts(
        page,
        alts.map((a) => a.selector),
      );
      alts.forEach((a, i) => {
        max.set(a.name, Math.max(max.get(a.name) ?? 0, found[i] ?? 0));
      });
    }
    const unmatched = [...max].filter(([, n]) => n === 0).map(([name]) => name);
    expect(unmatched.sort()).toEqual([...NOT_IN_FIXTURES[site]].sort());
  });

  test(`${site}: the fixture's composers are guarded with their kind, private messages are not`, async ({ page }) => {
    const { composers } = ADAPTERS[site];
    for (const url of PAGES[site]) {
      await openComposers(page, site, url);
      const specs = composers.specs.map((s) => ({
        kind: s.kind,
        selector: s.editable.map((a) => a.selector).join(', '),
      }));
      const exclude = composers.exclude.map((a) => a.selector).join(', ');
      const seen = await page.evaluate(
        ({ specs, exclude }) =>
          [...document.querySelectorAll('[data-fixture-composer]')].map((wrapper) => {
            const editable = wrapper.querySelector('[contenteditable="true"], textarea');
            const spec = editable ? specs.find((s) => editable.matches(s.selector)) : undefined;
            const excluded = Boolean(editable?.closest(exclude));
            return {
              name: wrapper.getAttribute('data-fixture-composer'),
              kind: excluded ? 'private' : (spec?.kind ?? null),
            };
          }),
        { specs, exclude },
      );
      for (const { name, kind } of seen) {
        const isPrivate = name === 'messenger' || name === 'dm' || name === 'message';
        if (isPrivate) expect(kind, `${url} ${name}`).toBe('private');
        else expect(kind, `${url} ${name}`).not.toBeNull();
        if (name === 'post') expect(kind).toBe('post');
        if (name === 'modal') expect(kind).toBe('reply');
      }
      expect(seen.filter((s) => s.kind !== 'private').length).toBeGreaterThanOrEqual(2);
    }
  });
}
