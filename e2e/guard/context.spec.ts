// The draft check in its context, with the built extension: the brand from the settings (disclosure), the user's
// history ("less is more" in a thread, copy-paste across threads, also after a reload), how a warned draft ends in
// the history (abandoned, statistics only), "ignore this phrase", and the guard threshold, each changed in the
// options page while the site's tab stays open. Site-agnostic logic, so Facebook (Lexical) and LinkedIn (TipTap).
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, uiHost } from '../harness/test';
import { GUARD_CASES, type GuardCase } from './cases';
import { badgeOf, card, cardRules, editable, editorText, posts, storedDrafts, submit, typeInto } from './helpers';

const caseNamed = (prefix: string): GuardCase => {
  const found = GUARD_CASES.find((c) => c.name.startsWith(prefix));
  if (!found) throw new Error(`no guard case ${prefix}`);
  return found;
};
const FB = caseNamed('facebook');
const LI = caseNamed('linkedin v2');
const FB_OTHER_THREAD = 'https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0composer2';

const PROMO_DE = 'Jetzt kaufen und 20 % sparen mit dem Code SOMMER20! Link in Bio.';
const CAUTION_DE = 'Wie du sicher weißt, ist das eigentlich ganz einfach.';

/** Changes settings the way a user does, in the options page, and goes back to the site's tab. */
async function inOptions(
  context: BrowserContext,
  optionsUrl: string,
  back: Page,
  change: (options: Page) => Promise<void>,
): Promise<void> {
  const options = await context.newPage();
  await options.goto(optionsUrl);
  await change(options);
  await expect(options.getByRole('status')).toHaveText('Saved');
  await options.close();
  await back.bringToFront();
}

async function fillList(options: Page, label: string, value: string): Promise<void> {
  const field = options.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
}

const panel = (page: Page) => page.locator('lf=[data-lf-draft-panel]');

/** Opens the badge's findings panel of a composer and returns the rule ids it lists. */
async function panelRules(page: Page, name: string): Promise<(string | null)[]> {
  if (!(await panel(page).isVisible())) await (await badgeOf(page, name)).click();
  await expect(panel(page)).toBeVisible();
  return panel(page)
    .locator('[data-lf-rule]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-lf-rule')));
}

async function post(page: Page, c: GuardCase, name: string, text: string): Promise<void> {
  const before = (await posts(page)).length;
  await typeInto(page, name, text);
  await submit(page, c, name, 'key');
  await expect.poll(async () => (await posts(page)).length).toBe(before + 1);
  await expect(card(page)).toHaveCount(0);
}

test('praise of the brand set in the options needs a disclosure, which one click adds', async ({
  page,
  extension,
  extensionUrl,
}) => {
  await page.goto(LI.url);
  await inOptions(extension.context, extensionUrl('options.html'), page, (o) => fillList(o, 'Your brand', 'Radwerk'));
  const praise = 'Ich kann Radwerk nur empfehlen, der Service ist super!';
  await typeInto(page, LI.main, praise);
  await submit(page, LI, LI.main, 'key');
  await expect(card(page)).toBeVisible();
  expect(await cardRules(page)).toContain('undisclosed-affiliation');
  expect(await posts(page)).toEqual([]);

  await card(page).locator('[data-lf-guard-edit]').click();
  await panelRules(page, LI.main);
  await panel(page).locator('[data-lf-rule="undisclosed-affiliation"] [data-lf-apply]').first().click();
  await expect
    .poll(() => editorText(editable(page, LI.main)))
    .toBe('Ich kann Radwerk (Transparenz: Ich arbeite bei Radwerk) nur empfehlen, der Service ist super!');
  await expect(panel(page).locator('[data-lf-rule="undisclosed-affiliation"]')).toHaveCount(0);
});

test('a box that posts as the brand itself needs no disclosure', async ({ page, extension, extensionUrl }) => {
  // The Facebook page comments as "Bäckerei Morgenrot" (its comment box says so).
  await page.goto(FB.url);
  await inOptions(extension.context, extensionUrl('options.html'), page, (o) =>
    fillList(o, 'Your brand', 'Bäckerei Morgenrot'),
  );
  await typeInto(page, FB.main, 'Die Bäckerei Morgenrot kann ich nur empfehlen, der Service ist super!');
  const rules = await panelRules(page, FB.main);
  expect(rules).not.toContain('undisclosed-affiliation');
});

test('"less is more": the third comment in a thread is told how often the user already spoke, also after a reload', async ({
  page,
}) => {
  await page.goto(FB.url);
  await typeInto(page, FB.main, 'x');
  expect(await panelRules(page, FB.main)).not.toContain('less-is-more');
  await page.keyboard.press('Backspace');
  await post(page, FB, FB.main, 'Danke für den Hinweis, wir schauen uns das heute noch an.');
  await post(page, FB, FB.main, 'Gute Frage, der Lieferdienst fährt montags bis samstags.');

  await typeInto(page, FB.main, 'Und noch etwas: ');
  expect(await panelRules(page, FB.main)).toContain('less-is-more');
  await expect(panel(page).locator('[data-lf-rule="less-is-more"]')).toContainText('2');

  // From the history this time: a fresh page knows the two comments.
  await page.reload();
  await typeInto(page, FB.main, 'Und noch etwas: ');
  await expect.poll(() => panelRules(page, FB.main)).toContain('less-is-more');
});

test('a text already posted in another thread is stopped as copy-paste', async ({ page }) => {
  const text = 'Danke für euer Feedback, wir geben es heute noch an unser Team weiter.';
  await page.goto(FB.url);
  await post(page, FB, FB.main, text);

  await page.goto(FB_OTHER_THREAD);
  await typeInto(page, FB.main, text);
  await expect(await badgeOf(page, FB.main)).toHaveAttribute('data-lf-verdict', 'warn');
  await submit(page, FB, FB.main, 'key');
  await expect(card(page)).toBeVisible();
  expect(await cardRules(page)).toContain('copy-paste');
  expect(await posts(page)).toEqual([]);
});

test('copy-paste compares with posts on the same site only: a LinkedIn post is not held against a Facebook draft', async ({
  page,
}) => {
  const onLinkedIn = 'Wir freuen uns auf euer Feedback zur neuen Kollektion, schreibt uns gern bis Freitag.';
  const onFacebook = 'Danke für euer Feedback, wir geben es heute noch an unser Team weiter.';
  await page.goto(LI.url);
  await post(page, LI, LI.main, onLinkedIn);
  await page.goto(FB.url);
  await post(page, FB, FB.main, onFacebook);

  await page.goto(FB_OTHER_THREAD);
  // The background answers on this page: the Facebook text comes back as a copy.
  await typeInto(page, FB.main, onFacebook);
  await expect.poll(() => panelRules(page, FB.main)).toContain('copy-paste');
  await editable(page, FB.main).press('ControlOrMeta+a');
  await editable(page, FB.main).press('Backspace');
  // The LinkedIn text does not, well after the same answer time (several typing pauses of 300 ms).
  await page.keyboard.type(onLinkedIn);
  await page.waitForTimeout(1500);
  expect(await panelRules(page, FB.main)).not.toContain('copy-paste');
});

test('a warned draft that is emptied, or whose box goes away, is recorded as abandoned', async ({
  page,
  serviceWorker,
}) => {
  await page.goto(FB.url);
  await typeInto(page, FB.main, PROMO_DE);
  await submit(page, FB, FB.main, 'key');
  await expect(card(page)).toBeVisible();
  await card(page).locator('[data-lf-guard-edit]').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect
    .poll(async () => (await storedDrafts(serviceWorker)).map((d) => [d.outcome, d.text]))
    .toEqual([['abandoned', PROMO_DE]]);

  // Warned again, then the site navigates on its own (the card is modal: the user's clicks stay with it) and takes
  // the box away.
  await typeInto(page, FB.main, PROMO_DE);
  await submit(page, FB, FB.main, 'key');
  await expect(card(page)).toBeVisible();
  await page.evaluate(() => document.querySelector<HTMLElement>('a[data-fixture-nav]')?.click());
  await expect(page).toHaveURL(FB_OTHER_THREAD);
  await expect
    .poll(async () => (await storedDrafts(serviceWorker)).map((d) => d.outcome))
    .toEqual(['abandoned', 'abandoned']);
  await expect(card(page)).toHaveCount(0);
  expect(await posts(page)).toEqual([]);
});

test('with "statistics only" the history keeps outcome and rules, never the words', async ({
  page,
  serviceWorker,
  extension,
  extensionUrl,
}) => {
  await page.goto(FB.url);
  await inOptions(extension.context, extensionUrl('options.html'), page, (o) =>
    o.getByLabel('Statistics only, never the words').check(),
  );
  await typeInto(page, FB.main, PROMO_DE);
  await submit(page, FB, FB.main, 'key');
  await card(page).locator('[data-lf-guard-post]').click();
  await expect.poll(() => posts(page)).toEqual([{ composer: FB.main, text: PROMO_DE }]);
  await expect.poll(async () => (await storedDrafts(serviceWorker)).length).toBe(1);
  const [draft] = await storedDrafts(serviceWorker);
  expect(draft).toMatchObject({ outcome: 'anyway', chars: PROMO_DE.length });
  expect(draft?.text).toBeUndefined();
  expect(draft?.findings.length).toBeGreaterThan(1);
  for (const finding of draft?.findings ?? []) expect(finding).not.toHaveProperty('actual');
});

test('"ignore this phrase" silences it in every draft, lists it in the options and survives a reload', async ({
  page,
  extension,
  extensionUrl,
}) => {
  await page.goto(FB.url);
  await typeInto(page, FB.main, PROMO_DE);
  await panelRules(page, FB.main);
  const item = panel(page)
    .locator('[data-lf-rule]')
    .filter({ has: page.locator('[data-lf-ignore]') })
    .first();
  const words = (await item.locator('q').textContent()) ?? '';
  expect(words).not.toBe('');
  const shown = () => panel(page).locator('[data-lf-rule] q').allTextContents();
  expect(await shown()).toContain(words);
  await item.locator('[data-lf-ignore]').click();
  await expect.poll(shown).not.toContain(words);

  const options = await extension.context.newPage();
  await options.goto(extensionUrl('options.html'));
  await expect(options.getByLabel('Phrases to always allow', { exact: true })).toHaveValue(words.toLowerCase());
  await options.close();

  await page.bringToFront();
  await page.reload();
  await typeInto(page, FB.main, PROMO_DE);
  await panelRules(page, FB.main);
  await expect(panel(page).locator('[data-lf-rule]').first()).toBeVisible();
  expect(await shown()).not.toContain(words);
});

test('the threshold: cautions pass by default, stop when asked; the guard off only shows the badge', async ({
  page,
  extension,
  extensionUrl,
}) => {
  await page.goto(FB.url);
  await typeInto(page, FB.main, CAUTION_DE);
  await expect(await badgeOf(page, FB.main)).toHaveAttribute('data-lf-verdict', 'caution');
  await submit(page, FB, FB.main, 'key');
  await expect.poll(() => posts(page)).toEqual([{ composer: FB.main, text: CAUTION_DE }]);

  const options = extensionUrl('options.html');
  await inOptions(extension.context, options, page, (o) => o.getByLabel('Also stop drafts with cautions').check());
  // A different text (a near copy of the first would be stopped as copy-paste, a warning).
  const second = 'Google doch mal nach dem Rezept, so schwer ist das nicht.';
  await typeInto(page, FB.main, second);
  await expect(await badgeOf(page, FB.main)).toHaveAttribute('data-lf-verdict', 'caution');
  await submit(page, FB, FB.main, 'key');
  await expect(card(page)).toBeVisible();
  await card(page).locator('[data-lf-guard-post]').click();
  await expect.poll(async () => (await posts(page)).map((p) => p.text)).toEqual([CAUTION_DE, second]);

  await inOptions(extension.context, options, page, (o) =>
    o.getByRole('checkbox', { name: 'Warn before posting' }).uncheck(),
  );
  await typeInto(page, FB.main, PROMO_DE);
  await expect(await badgeOf(page, FB.main)).toHaveAttribute('data-lf-verdict', 'warn');
  await submit(page, FB, FB.main, 'key');
  await expect.poll(async () => (await posts(page)).map((p) => p.text)).toEqual([CAUTION_DE, second, PROMO_DE]);
  await expect(card(page)).toHaveCount(0);
});

test('a new post on Facebook: Enter is a new line there, the Post button is guarded, no thread is its context', async ({
  page,
  serviceWorker,
}) => {
  await page.goto(FB.url);
  await page.locator('[data-fixture-open-post]').click();
  const box = editable(page, 'post');
  await expect(box).toBeFocused();
  await page.keyboard.type('Jetzt kaufen und 20 % sparen!');
  await expect(await badgeOf(page, 'post')).toHaveAttribute('data-lf-verdict', 'warn');
  // Enter in the post box is the user's new line: never stopped, never a send.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Nur diese Woche.');
  await expect(card(page)).toHaveCount(0);
  await expect(box.locator('p')).toHaveCount(2);
  expect(await posts(page)).toEqual([]);

  await page.locator('[data-fixture-composer="post"] [role="button"][aria-label="Posten"]').click();
  await expect(card(page)).toBeVisible();
  expect(await posts(page)).toEqual([]);
  await card(page).locator('[data-lf-guard-post]').click();
  const text = 'Jetzt kaufen und 20 % sparen!\nNur diese Woche.';
  await expect.poll(() => posts(page)).toEqual([{ composer: 'post', text }]);
  await expect
    .poll(async () => (await storedDrafts(serviceWorker)).map((d) => [d.composer, d.outcome, d.text]))
    .toEqual([['post', 'anyway', text]]);
  const [draft] = await storedDrafts(serviceWorker);
  expect(draft).toMatchObject({ threadKey: null });
});

test('a site that takes Listen First out of the page gets it back, with the guard working', async ({ page }) => {
  await page.goto(FB.url);
  await typeInto(page, FB.main, PROMO_DE);
  await expect(await badgeOf(page, FB.main)).toHaveAttribute('data-lf-verdict', 'warn');
  // An app that re-renders the body drops elements it does not know.
  await page.evaluate(() => document.querySelector('listen-first-ui')?.remove());
  await expect(uiHost(page)).toHaveCount(0);
  await page.keyboard.type(' Heute!');
  await expect(uiHost(page)).toHaveCount(1);
  await expect(await badgeOf(page, FB.main)).toHaveAttribute('data-lf-verdict', 'warn');
  await submit(page, FB, FB.main, 'key');
  await expect(card(page)).toBeVisible();
  expect(await posts(page)).toEqual([]);
  await card(page).locator('[data-lf-guard-post]').click();
  await expect.poll(() => posts(page)).toEqual([{ composer: FB.main, text: `${PROMO_DE} Heute!` }]);
});

test('Enter that picks an entry of the site typeahead is not taken for a send', async ({ page }) => {
  await page.goto(FB.url);
  await typeInto(page, FB.main, PROMO_DE);
  await expect(await badgeOf(page, FB.main)).toHaveAttribute('data-lf-verdict', 'warn');
  // What a mention typeahead does: a listbox with a highlighted option the editor points at.
  await editable(page, FB.main).evaluate((el) => {
    const list = document.createElement('ul');
    list.setAttribute('role', 'listbox');
    list.innerHTML = '<li role="option" id="typeahead-option-1" aria-selected="true">Tobias Kern</li>';
    document.body.append(list);
    el.setAttribute('aria-activedescendant', 'typeahead-option-1');
  });
  await page.keyboard.press('Enter');
  await expect(card(page)).toHaveCount(0);
  // The typeahead closes: Enter sends again, and is guarded again.
  await editable(page, FB.main).evaluate((el) => el.removeAttribute('aria-activedescendant'));
  await typeInto(page, FB.main, PROMO_DE);
  await submit(page, FB, FB.main, 'key');
  await expect(card(page)).toBeVisible();
});

test('the card takes the focus on Edit: a second Enter goes back to the draft, not to the site', async ({ page }) => {
  await page.goto(FB.url);
  await typeInto(page, FB.main, PROMO_DE);
  await expect(await badgeOf(page, FB.main)).toHaveAttribute('data-lf-verdict', 'warn');
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('[data-lf-guard-edit]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(page)).toHaveCount(0);
  await expect(editable(page, FB.main)).toBeFocused();
  expect(await editorText(editable(page, FB.main))).toBe(PROMO_DE);
  expect(await posts(page)).toEqual([]);
});

test('a huge pasted draft is checked up to 20,000 characters, says so, and posts whole', async ({ page }) => {
  await page.goto(LI.url);
  const filler = 'Unser Sauerteigbrot ruht 24 Stunden, das schmeckt man einfach. ';
  const text = `Jetzt kaufen! ${filler.repeat(Math.ceil(100_000 / filler.length))}`.trim();
  await editable(page, LI.main).click();
  await page.keyboard.insertText(text);
  const badge = await badgeOf(page, LI.main);
  await expect(badge).toHaveAttribute('data-lf-verdict', 'warn');
  await submit(page, LI, LI.main, 'key');
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('[data-lf-truncated="20000"]')).toContainText('20,000');
  await card(page).locator('[data-lf-guard-post]').click();
  await expect.poll(async () => (await posts(page)).map((p) => p.text.length)).toEqual([text.length]);
  expect((await posts(page))[0]?.text).toBe(text);
});

test('odd Unicode (emoji sequences, combining marks, right-to-left text) keeps the marks on the words and posts exactly', async ({
  page,
}) => {
  await page.goto(FB.url);
  const text = 'Café\u0301 👩‍👩‍👧‍👦 مرحبا Jetzt kaufen und 20 % sparen! \u202eabc\u202c ✨';
  await typeInto(page, FB.main, text);
  await expect(await badgeOf(page, FB.main)).toHaveAttribute('data-lf-verdict', 'warn');
  // The marks sit exactly on the words the findings name: the boxes of those words, measured in the page, each have
  // a mark of ours drawn on them (within a pixel).
  const expected = await editable(page, FB.main).evaluate(
    (el, words) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const boxes: { x: number; y: number; width: number; height: number }[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        for (const word of words) {
          const at = value.indexOf(word);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          for (const r of range.getClientRects()) boxes.push({ x: r.x, y: r.y, width: r.width, height: r.height });
        }
      }
      return boxes;
    },
    ['Jetzt kaufen', '20 % sparen'],
  );
  expect(expected.length).toBeGreaterThanOrEqual(2);
  const marks = page.locator('lf=[data-lf-mark="warn"]');
  await expect.poll(() => marks.count()).toBeGreaterThanOrEqual(expected.length);
  const drawn = (await marks.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  )) as typeof expected;
  const near = (a: (typeof expected)[number], b: (typeof expected)[number]) =>
    Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) <= 1 && Math.abs(a.width - b.width) <= 1;
  for (const box of expected)
    expect(
      drawn.some((d) => near(d, box)),
      JSON.stringify(box),
    ).toBe(true);
  await submit(page, FB, FB.main, 'key');
  await card(page).locator('[data-lf-guard-post]').click();
  await expect.poll(() => posts(page)).toEqual([{ composer: FB.main, text }]);
});

test('Escape closes the findings panel, and on the card it goes back to the draft', async ({ page }) => {
  await page.goto(FB.url);
  await typeInto(page, FB.main, PROMO_DE);
  const badge = await badgeOf(page, FB.main);
  await badge.click();
  await expect(panel(page)).toBeVisible();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(badge).toHaveAttribute('aria-expanded', 'false');

  await editable(page, FB.main).focus();
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await expect(editable(page, FB.main)).toBeFocused();
  expect(await posts(page)).toEqual([]);
});
