// Issue 16's features in real Chromium with the built extension, one describe block each. "Silence a rule", on the
// Facebook fixture thread: "Don't flag this kind" silences a rule from the guard's card, the settings list it and
// flag it again, and a page's script can neither silence, ignore nor post through our buttons.
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { GUARD_CASES, type GuardCase } from './guard/cases';
import { badgeOf, card, cardRules, posts, submit, typeInto } from './guard/helpers';
import { expect, test, uiHost } from './harness/test';

const FB = GUARD_CASES.find((c) => c.name.startsWith('facebook')) as GuardCase;
/** Seed 002's bad example: self-promotion, an order to buy, and "!!!" (the shouting rule). */
const ADVERT = 'Hier ist meine Werbung. KONSUMIERE!!!';
const SHOUTING = 'Capitals and exclamation marks';

const panel = (page: Page) => page.locator('lf=[data-lf-draft-panel]');

/** The rule ids silenced in the stored settings, as the background and every tab read them. */
const storedDisabled = (serviceWorker: Worker) =>
  serviceWorker.evaluate(async () => {
    const sync = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<object> } } } })
      .chrome.storage.sync;
    const { settings } = (await sync.get('settings')) as { settings?: { disabledRules?: string[] } };
    return settings?.disabledRules ?? [];
  });

/** Types the advert and sends it: the guard's card stops it, listing the shouting rule among its findings. */
async function stoppedAdvert(page: Page): Promise<void> {
  await typeInto(page, FB.main, ADVERT);
  await expect(await badgeOf(page, FB.main)).toHaveAttribute('data-lf-verdict', 'warn');
  await submit(page, FB, FB.main, 'key');
  await expect(card(page)).toBeVisible();
  expect(await cardRules(page)).toEqual(expect.arrayContaining(['self-promotion', 'call-to-action', 'shouting']));
}

test.describe('silence a rule', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(FB.url);
    await expect(uiHost(page)).toHaveCount(1);
  });

  test('from the card, listed in the settings, flagged again there', async ({ page, serviceWorker, extensionUrl }) => {
    await stoppedAdvert(page);

    // The button names the kind it silences, for screen readers as for everyone.
    await card(page)
      .getByRole('button', { name: `Don’t flag this kind: ${SHOUTING}` })
      .click();
    await expect(card(page).locator('[data-lf-rule="shouting"]')).toHaveCount(0);
    expect(await cardRules(page)).toEqual(expect.arrayContaining(['self-promotion', 'call-to-action']));
    const note = card(page).locator('[data-lf-silenced="shouting"]');
    await expect(note).toContainText(`“${SHOUTING}” will no longer be flagged.`);
    await expect(note.getByRole('button', { name: `Undo: flag “${SHOUTING}” again` })).toBeFocused();
    await expect.poll(() => storedDisabled(serviceWorker)).toEqual(['shouting']);

    // The settings list it by name; a rule id from another release (synced from another machine) shows by id.
    const options = await page.context().newPage();
    await options.goto(extensionUrl('options.html'));
    const list = options.locator('[data-lf-silenced-rules]');
    await expect(list.locator('[data-lf-silenced-rule="shouting"]')).toContainText(SHOUTING);
    await options.evaluate(async () => {
      type Sync = { get(k: string): Promise<object>; set(v: object): Promise<void> };
      const sync = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage.sync;
      const { settings } = (await sync.get('settings')) as { settings: { disabledRules: string[] } };
      await sync.set({ settings: { ...settings, disabledRules: [...settings.disabledRules, 'retired-rule'] } });
    });
    await expect(list.locator('[data-lf-silenced-rule="retired-rule"]')).toContainText('Rule “retired-rule”');
    const scan = await new AxeBuilder({ page: options }).include('[data-lf-settings="check"]').analyze();
    expect(scan.violations).toEqual([]);

    await list.getByRole('button', { name: 'Flag again: retired-rule' }).click();
    await expect(list.locator('[data-lf-silenced-rule="retired-rule"]')).toHaveCount(0);
    await list.getByRole('button', { name: `Flag again: ${SHOUTING}` }).click();
    await expect(list).toContainText('None silenced.');
    await expect.poll(() => storedDisabled(serviceWorker)).toEqual([]);

    // Back on the site: the note goes with the silence, and a new draft is flagged for shouting again.
    await page.bringToFront();
    await expect(note).toHaveCount(0);
    await card(page).locator('[data-lf-guard-edit]').click();
    await expect(card(page)).toHaveCount(0);
    await page.keyboard.type(' Wirklich!!!');
    await (await badgeOf(page, FB.main)).click();
    await expect(panel(page).locator('[data-lf-rule="shouting"]')).not.toHaveCount(0);
  });

  test('Undo in place brings the finding back at once', async ({ page, serviceWorker }) => {
    await stoppedAdvert(page);
    await card(page).locator('[data-lf-silence="shouting"]').click();
    await expect(card(page).locator('[data-lf-rule="shouting"]')).toHaveCount(0);
    await card(page)
      .getByRole('button', { name: `Undo: flag “${SHOUTING}” again` })
      .click();
    await expect(card(page).locator('[data-lf-rule="shouting"]')).toHaveCount(1);
    await expect(card(page).locator('[data-lf-silenced]')).toHaveCount(0);
    await expect.poll(() => storedDisabled(serviceWorker)).toEqual([]);
  });

  test("a page's script cannot silence a rule, ignore a phrase or post: its clicks on our buttons do nothing", async ({
    page,
    serviceWorker,
  }) => {
    await stoppedAdvert(page);
    // A click the page dispatches (the test's exposed roots stand in for a page that found our closed UI)...
    const forge = (selector: string) =>
      card(page)
        .locator(selector)
        .evaluate((button) => {
          (button as HTMLElement).click();
          button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        });
    await forge('[data-lf-rule="call-to-action"] [data-lf-silence]');
    await forge('[data-lf-rule="call-to-action"] [data-lf-ignore]');
    await forge('[data-lf-guard-post]');
    // ...is handled synchronously, before the user's real click on another finding's button below: once that one's
    // effects show, the forged one would have shown too.
    await card(page).locator('[data-lf-silence="shouting"]').click();
    await expect(card(page).locator('[data-lf-rule="shouting"]')).toHaveCount(0);
    await expect.poll(() => storedDisabled(serviceWorker)).toEqual(['shouting']);
    await expect(card(page).locator('[data-lf-rule="call-to-action"]')).toHaveCount(1);
    expect(await posts(page)).toEqual([]);
  });
});
