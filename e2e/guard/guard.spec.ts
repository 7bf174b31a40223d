// The draft check and submit guard in real Chromium with the built extension, on every site and editor
// framework: clean drafts post untouched, promotional German and English drafts are stopped once with the
// engine's findings, Edit keeps text and caret, Post anyway posts the exact text once, IME Enter is ignored,
// composers are told apart, late composers are guarded, private messages are left alone, and a broken guard
// never blocks a post.
import { analyze } from '../../lib/analysis/index';
import { expect, test, uiHost } from '../harness/test';
import { GUARD_CASES } from './cases';
import {
  badgeOf,
  card,
  cardRules,
  editable,
  editorText,
  posts,
  storedDrafts,
  submit,
  typeInto,
  wrapper,
} from './helpers';

const CLEAN_DE = 'Danke für den Hinweis, wir schauen uns das heute noch an.';
const PROMO_DE = 'Jetzt kaufen und 20 % sparen mit dem Code SOMMER20! Link in Bio.';
const PROMO_EN = 'Buy now and save 20% with code SUMMER20! Check the link in my bio.';

/** The rules the card must list: one entry per finding the engine makes on a page in this language, in order. */
const expectedRules = (text: string, langHint: string) =>
  analyze(text, { mode: 'draft', langHint }).findings.map((f) => f.ruleId);
/** The thread's mood adds conversation findings (promotion into an upset thread); the text's own must all be there. */
const CONTEXT_RULES = new Set(['tone-clash', 'missing-acknowledgment', 'register-clash', 'less-is-more']);
function expectFindings(shown: (string | null)[], fromText: string[]): void {
  expect(shown.filter((r) => !CONTEXT_RULES.has(r ?? ''))).toEqual(fromText.filter((r) => !CONTEXT_RULES.has(r)));
}

const pageLang = (page: import('@playwright/test').Page) => page.evaluate(() => document.documentElement.lang);

for (const c of GUARD_CASES) {
  test.describe(c.name, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(c.url);
      await expect(uiHost(page)).toHaveCount(1);
    });

    test('a clean draft posts with no interruption', async ({ page, serviceWorker }) => {
      await typeInto(page, c.main, CLEAN_DE);
      await expect(await badgeOf(page, c.main)).toHaveAttribute('data-lf-verdict', 'ok');
      await submit(page, c, c.main, c.key ? 'key' : 'button');
      await expect.poll(() => posts(page)).toEqual([{ composer: c.main, text: CLEAN_DE }]);
      await expect(card(page)).toHaveCount(0);
      await expect
        .poll(async () => (await storedDrafts(serviceWorker)).map((d) => [d.outcome, d.text]))
        .toEqual([['clean', CLEAN_DE]]);
    });

    for (const [lang, text] of [
      ['German', PROMO_DE],
      ['English', PROMO_EN],
    ] as const) {
      test(`a promotional ${lang} draft is stopped with its findings, by key and by button`, async ({ page }) => {
        await typeInto(page, c.main, text);
        const badge = await badgeOf(page, c.main);
        await expect(badge).toHaveAttribute('data-lf-verdict', 'warn');
        const rules = expectedRules(text, await pageLang(page));
        expect(rules.length).toBeGreaterThan(1);

        await submit(page, c, c.main, c.key ? 'key' : 'button');
        await expect(card(page)).toBeVisible();
        expectFindings(await cardRules(page), rules);
        expect(await posts(page)).toEqual([]);
        expect(await editorText(editable(page, c.main))).toBe(text);

        // The button is guarded as well as the key (a second way, after Edit).
        await card(page).locator('[data-lf-guard-edit]').click();
        await expect(card(page)).toHaveCount(0);
        if (c.key) {
          await page.keyboard.type(' Danke!');
          await submit(page, c, c.main, 'button');
          await expect(card(page)).toBeVisible();
          expect(await posts(page)).toEqual([]);
        }
      });
    }

    test('the draft the guard reads and records is exactly what the site posts, over several lines', async ({
      page,
      serviceWorker,
    }) => {
      // Facebook's Enter sends, so its new line is Shift+Enter; everywhere else Enter is the new line.
      const newLine = c.key === 'Enter' ? 'Shift+Enter' : 'Enter';
      const lines = ['Danke für euren Besuch!', 'Wir freuen uns 🙂 auf Samstag.', 'Eure Bäckerei'];
      await editable(page, c.main).click();
      for (const [i, line] of lines.entries()) {
        if (i) await page.keyboard.press(newLine);
        await page.keyboard.type(line);
      }
      // A clean text (the thread's register may add a caution, which does not stop it).
      await expect(await badgeOf(page, c.main)).not.toHaveAttribute('data-lf-verdict', 'warn');
      await submit(page, c, c.main, c.key ? 'key' : 'button');
      await expect.poll(async () => (await posts(page)).length).toBe(1);
      const [posted] = await posts(page);
      expect(posted?.text.split('\n').filter(Boolean)).toEqual(lines);
      await expect.poll(async () => (await storedDrafts(serviceWorker)).map((d) => d.text)).toEqual([posted?.text]);
    });

    // Lexical and Draft.js handle Backspace and undo themselves and fire no input event for them.
    test('the badge follows deletions and undo, not only typing', async ({ page }) => {
      // The draft arrives as one edit (as a paste does), so it is one undo step in every editor however slowly a
      // loaded machine types: Quill merges only the edits of one second into a step.
      await editable(page, c.main).click();
      await page.keyboard.insertText(PROMO_DE);
      const badge = await badgeOf(page, c.main);
      await expect(badge).toHaveAttribute('data-lf-verdict', 'warn');
      const count = Number(await badge.getAttribute('data-lf-count'));
      // Editors merge edits closer than their undo delay (ProseMirror 500 ms) into one step: keep the deletion apart.
      await page.waitForTimeout(1100);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await expect.poll(() => editorText(editable(page, c.main))).toBe('');
      await expect(badge).toHaveAttribute('data-lf-verdict', 'ok');
      await expect(badge).toHaveAttribute('data-lf-count', '0');
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => editorText(editable(page, c.main))).toBe(PROMO_DE);
      await expect(badge).toHaveAttribute('data-lf-verdict', 'warn');
      await expect(badge).toHaveAttribute('data-lf-count', String(count));
    });

    test('Edit returns to the draft with text and caret intact', async ({ page }) => {
      await typeInto(page, c.main, PROMO_DE);
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
      await submit(page, c, c.main, c.key ? 'key' : 'button');
      await expect(card(page)).toBeVisible();
      await card(page).locator('[data-lf-guard-edit]').click();
      await expect(card(page)).toHaveCount(0);
      await page.keyboard.type('X');
      expect(await editorText(editable(page, c.main))).toBe(`${PROMO_DE.slice(0, -4)}X${PROMO_DE.slice(-4)}`);
      expect(await posts(page)).toEqual([]);
    });

    test('Post anyway posts the exact draft once, and the history says so', async ({ page, serviceWorker }) => {
      await typeInto(page, c.main, PROMO_EN);
      await submit(page, c, c.main, c.key ? 'key' : 'button');
      await expect(card(page)).toBeVisible();
      await card(page).locator('[data-lf-guard-post]').click();
      await expect.poll(() => posts(page)).toEqual([{ composer: c.main, text: PROMO_EN }]);
      await expect(card(page)).toHaveCount(0);
      await expect.poll(() => editorText(editable(page, c.main))).toBe('');
      const drafts = await storedDrafts(serviceWorker);
      expect(drafts.map((d) => [d.outcome, d.text])).toEqual([['anyway', PROMO_EN]]);
      expectFindings(drafts[0]?.findings.map((f) => f.ruleId) ?? [], expectedRules(PROMO_EN, await pageLang(page)));
    });

    test('an edited draft posts after the warning and is recorded as edited', async ({ page, serviceWorker }) => {
      await typeInto(page, c.main, PROMO_DE);
      await submit(page, c, c.main, c.key ? 'key' : 'button');
      await expect(card(page)).toBeVisible();
      await card(page).locator('[data-lf-guard-edit]').click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(CLEAN_DE);
      await expect(await badgeOf(page, c.main)).toHaveAttribute('data-lf-verdict', 'ok');
      await submit(page, c, c.main, c.key ? 'key' : 'button');
      await expect.poll(() => posts(page)).toEqual([{ composer: c.main, text: CLEAN_DE }]);
      await expect.poll(async () => (await storedDrafts(serviceWorker)).map((d) => d.outcome)).toEqual(['edited']);
    });

    test('two composers on one page are told apart', async ({ page }) => {
      if (c.second === 'modal') await page.locator('[data-testid="reply"]').first().click();
      await typeInto(page, c.second, PROMO_DE);
      await typeInto(page, c.main, CLEAN_DE);
      await expect(await badgeOf(page, c.main)).toHaveAttribute('data-lf-verdict', 'ok');
      await expect(await badgeOf(page, c.second)).toHaveAttribute('data-lf-verdict', 'warn');

      await submit(page, c, c.second, c.key ? 'key' : 'button');
      await expect(card(page)).toBeVisible();
      // The card sits by the composer it is about.
      const secondBox = await editable(page, c.second).boundingBox();
      const cardBox = await card(page).boundingBox();
      expect(Math.abs((cardBox?.x ?? 0) - (secondBox?.x ?? 0))).toBeLessThan(40);
      await card(page).locator('[data-lf-guard-edit]').click();

      await submit(page, c, c.main, c.key ? 'key' : 'button');
      await expect.poll(() => posts(page)).toEqual([{ composer: c.main, text: CLEAN_DE }]);
      await expect(card(page)).toHaveCount(0);
    });

    test('a composer that appears after navigation is guarded', async ({ page }) => {
      await page.locator('a[data-fixture-nav]').click();
      await expect(page).not.toHaveURL(c.url);
      const late = c.late;
      await expect(wrapper(page, late)).toBeVisible();
      await typeInto(page, late, PROMO_EN);
      await submit(page, c, late, c.key ? 'key' : 'button');
      await expect(card(page)).toBeVisible();
      expect(await posts(page)).toEqual([]);
    });

    test.describe('in the end-to-end build, with its test switches', () => {
      test.use({ build: 'e2e' });
      test('with an error forced inside the guard, the post still goes through', async ({ page, serviceWorker }) => {
        await serviceWorker.evaluate(() =>
          (
            globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
          ).chrome.storage.local.set({
            'debug:failGuard': true,
          }),
        );
        await typeInto(page, c.main, PROMO_DE);
        await expect(await badgeOf(page, c.main)).toHaveAttribute('data-lf-verdict', 'warn');
        await submit(page, c, c.main, c.key ? 'key' : 'button');
        await expect.poll(() => posts(page)).toEqual([{ composer: c.main, text: PROMO_DE }]);
        await expect(card(page)).toHaveCount(0);
      });
    });

    test('a private-message box is neither checked nor guarded', async ({ page }) => {
      await typeInto(page, c.privateBox.name, PROMO_DE);
      await page.waitForTimeout(100); // a frame for a badge that must not come
      await expect(badges(page)).toHaveCount(0);
      if (c.privateBox.send) await wrapper(page, c.privateBox.name).locator(c.privateBox.send).first().click();
      else await page.keyboard.press('Enter');
      await expect.poll(() => posts(page)).toEqual([{ composer: c.privateBox.name, text: PROMO_DE }]);
      await expect(card(page)).toHaveCount(0);
    });

    if (c.complaintReply) {
      test('a dismissive answer to a complaint is stopped for its tone in that conversation', async ({ page }) => {
        const name = c.complaintReply as string;
        const text = 'Das stimmt so nicht, bei uns läuft alles nach Plan.';
        // Without the conversation, the text alone raises no warning.
        expect(analyze(text, { mode: 'draft', langHint: 'de' }).verdict).not.toBe('warn');
        await typeInto(page, name, text);
        await submit(page, c, name, c.key ? 'key' : 'button');
        await expect(card(page)).toBeVisible();
        const rules = await cardRules(page);
        expect(rules).toContain('dismissive-reply');
        expect(rules).toContain('missing-acknowledgment');
        expect(await posts(page)).toEqual([]);
      });
    }

    if (c.key) {
      test('Enter that confirms an IME composition does not trigger the guard', async ({ page }) => {
        await typeInto(page, c.main, PROMO_DE);
        // A real composition in progress (the editor sees compositionstart), then the Enter that would confirm it.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Input.imeSetComposition', { text: 'かんじ', selectionStart: 3, selectionEnd: 3 });
        // The user's own key (trusted; a script's keydown is ignored anyway), while the composition is open.
        await page.keyboard.press(c.key as string);
        await page.waitForTimeout(100); // a frame for a card that must not come
        await expect(card(page)).toHaveCount(0);
      });
    }

    if (!c.textarea) {
      test('flagged words are highlighted and a suggestion can be applied from the badge', async ({ page }) => {
        await typeInto(page, c.main, PROMO_DE);
        await expect.poll(() => page.locator('lf=[data-lf-mark="warn"]').count()).toBeGreaterThan(0);
        await (await badgeOf(page, c.main)).click();
        const panel = page.locator('lf=[data-lf-draft-panel]');
        await expect(panel).toBeVisible();
        const item = panel
          .locator('[data-lf-rule]')
          .filter({ has: page.locator('[data-lf-apply]') })
          .first();
        const apply = item.locator('[data-lf-apply]').first();
        const replacement = (await apply.getAttribute('data-lf-apply')) ?? '';
        const words = (await item.locator('q').textContent()) ?? '';
        await apply.click();
        const expected = PROMO_DE.replace(words, replacement);
        await expect.poll(() => editorText(editable(page, c.main))).toBe(expected);
        expect(await posts(page)).toEqual([]);
      });
    }
  });
}

const badges = (page: import('@playwright/test').Page) => page.locator('lf=[data-lf-draft-badge]');
