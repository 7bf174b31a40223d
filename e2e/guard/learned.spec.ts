// The learned layer in the built extension: the background hands the content script the packaged weights, and a
// German advert no rule names gets the model's own finding in the badge's panel, pointing at words and saying why.
// The model alone advises: the draft is a caution and posts at the first Enter (the guard stops warnings).
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/test';
import { GUARD_CASES, type GuardCase } from './cases';
import { badgeOf, card, posts, submit, typeInto } from './helpers';

const FB = GUARD_CASES.find((c) => c.name.startsWith('facebook')) as GuardCase;
// Plain advertising around a verb and a shop without a URL: none of the rules' phrases.
const AD_DE = 'Schau doch mal bei uns im Onlineshop vorbei, da findest du genau sowas in 12 Farben 😉';
const panel = (page: Page) => page.locator('lf=[data-lf-draft-panel]');

test('a German advert only the model recognises gets "sounds like advertising" on its words, and still posts', async ({
  page,
}) => {
  await page.goto(FB.url);
  await typeInto(page, FB.main, AD_DE);
  const badge = await badgeOf(page, FB.main);
  await expect(badge).toHaveAttribute('data-lf-verdict', 'caution');
  await badge.click();
  const finding = panel(page).locator('[data-lf-rule="promotional-model"]').first();
  await expect(finding).toContainText(/sounds like advertising|klingt nach Werbung/);
  // The words it points at are words of the draft, not the whole text.
  const words = (await finding.locator('q').first().textContent()) ?? '';
  expect(words.length).toBeGreaterThan(2);
  expect(AD_DE).toContain(words);
  expect(words).not.toBe(AD_DE);

  await submit(page, FB, FB.main, 'key');
  await expect.poll(() => posts(page)).toEqual([{ composer: FB.main, text: AD_DE }]);
  await expect(card(page)).toHaveCount(0);
});
