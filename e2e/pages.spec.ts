// The extension's own pages: popup and side panel describe the active tab; settings apply live in open tabs.
import type { BrowserContext, Page } from '@playwright/test';
import { routeFor } from './fixtures/routes';
import { contentStatus, expect, inPageUi, sidePanels, test, uiHost } from './harness/test';

/**
 * Opens an extension page in a background tab while `front` is the active tab, as when the user opens
 * the popup or side panel over a site. Reloading after bringToFront keeps `front` active.
 */
async function openOver(context: BrowserContext, front: Page, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await front.bringToFront();
  await page.reload();
  return page;
}

test('popup on an unsupported page says Listen First does not run there', async ({ page, extensionUrl }) => {
  await page.goto(extensionUrl('popup.html'));
  await expect(page.getByRole('status')).toHaveText(/does not run on this page/);
  await expect(page.getByRole('button', { name: 'Open side panel' })).toBeVisible();
});

test('popup and side panel describe the site tab in front', async ({ extension, page, extensionUrl }) => {
  const { url } = routeFor('linkedin');
  await page.goto(url);
  await expect(uiHost(page)).toHaveCount(1);

  const popup = await openOver(extension.context, page, extensionUrl('popup.html'));
  await expect(popup.getByRole('status')).toContainText('Active on LinkedIn');

  const panel = await openOver(extension.context, page, extensionUrl('sidepanel.html'));
  await expect(panel.locator('[data-lf-page="active"]')).toContainText('Listening on LinkedIn');
  await expect(panel.locator('[data-lf-page="active"]')).toContainText(url);
});

test('language setting switches every surface to German without a reload', async ({
  extension,
  page,
  extensionUrl,
}) => {
  const { url } = routeFor('xing');
  await page.goto(url);
  await inPageUi(page).getByRole('button', { name: 'Open Listen First' }).click();
  await expect(inPageUi(page).getByRole('dialog')).toContainText('Listening on Xing');

  const options = await extension.context.newPage();
  await options.goto(extensionUrl('options.html'));
  await options.getByLabel('Language').selectOption('de');
  await expect(options.getByRole('status')).toHaveText('Gespeichert');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Listen First · Einstellungen');
  await expect(options.locator('html')).toHaveAttribute('lang', 'de');

  // The open site tab follows at once.
  await expect(inPageUi(page).getByRole('dialog')).toContainText('Hört mit auf Xing');

  // And the choice is stored: a fresh page load starts in German.
  await options.reload();
  await expect(options.getByLabel('Sprache')).toHaveValue('de');
});

test('switching a site off removes Listen First from its open tab at once', async ({
  extension,
  page,
  serviceWorker,
  extensionUrl,
}) => {
  const { url } = routeFor('facebook');
  await page.goto(url);
  await expect(uiHost(page)).toHaveCount(1);
  await expect(page.locator('[data-lf-id]').first()).toBeAttached();

  const options = await extension.context.newPage();
  await options.goto(extensionUrl('options.html'));
  await options.getByRole('checkbox', { name: 'Facebook' }).uncheck();
  await expect(options.getByRole('status')).toHaveText('Saved');

  await expect(uiHost(page)).toHaveCount(0);
  expect(await contentStatus(serviceWorker, url)).toMatchObject({ site: 'facebook', url, enabled: false });
  // Switched off, it stops reading: the marks stay as they were, and no new thread status is kept.
  expect((await contentStatus(serviceWorker, url))?.thread.status).toBe('searching');
  const popup = await openOver(extension.context, page, extensionUrl('popup.html'));
  await expect(popup.getByRole('status')).toHaveText('Switched off for Facebook in the settings.');

  // The marks and badges it wrote into the page are taken back too.
  await expect(page.locator('[data-lf-id], [data-lf-tone]')).toHaveCount(0);

  await options.getByRole('checkbox', { name: 'Facebook' }).check();
  await expect(uiHost(page)).toHaveCount(1);
  await expect(page.locator('[data-lf-id]').first()).toBeAttached();
});

test('"Hide on this page" removes the page button until the next load', async ({ page }) => {
  await page.goto(routeFor('x').url);
  await inPageUi(page).getByRole('button', { name: 'Open Listen First' }).click();
  await inPageUi(page).getByRole('button', { name: 'Hide on this page' }).click();
  await expect(inPageUi(page).getByRole('button', { name: 'Open Listen First' })).toHaveCount(0);
  await page.reload();
  await expect(inPageUi(page).getByRole('button', { name: 'Open Listen First' })).toHaveCount(1);
});

test('the page button opens the side panel beside the page', async ({ page, serviceWorker }) => {
  await page.goto(routeFor('x').url);
  await inPageUi(page).getByRole('button', { name: 'Open Listen First' }).click();
  expect(await sidePanels(serviceWorker)).toBe(0);
  await inPageUi(page).getByRole('button', { name: 'Open side panel' }).click();
  await expect.poll(() => sidePanels(serviceWorker)).toBe(1);
  // Opened, so the manual hint stays hidden.
  await expect(inPageUi(page).getByText('toolbar button')).toHaveCount(0);
});

test('the popup says so when a supported site shows no thread', async ({ extension, page, extensionUrl }) => {
  await page.goto('https://www.xing.com/jobs/search');
  await expect(uiHost(page)).toHaveCount(1);
  const popup = await openOver(extension.context, page, extensionUrl('popup.html'));
  await expect(popup.getByRole('status')).toContainText('Active on Xing');
  await expect(popup.locator('[data-lf-thread]')).toHaveText('Thread not recognised on this page.');

  await page.goto(routeFor('xing').url);
  await expect(page.locator('[data-lf-id]').first()).toBeAttached();
  await popup.reload();
  await expect(popup.locator('[data-lf-thread]')).toHaveText(/^Thread recognised: \d+ comments read\.$/);
});

test('badges and the watchlist follow the settings in an open tab; marks stay', async ({
  extension,
  page,
  extensionUrl,
}) => {
  await page.goto('https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0demo1');
  await expect(page.locator('lf=[data-lf-badge]').first()).toBeAttached();
  const marked = await page.locator('[data-lf-id]').count();

  const options = await extension.context.newPage();
  await options.goto(extensionUrl('options.html'));
  await options.getByRole('checkbox', { name: /Show badges/ }).uncheck();
  await expect(page.locator('lf=[data-lf-badge]')).toHaveCount(0);
  await expect(page.locator('[data-lf-id]')).toHaveCount(marked);

  await options.getByRole('checkbox', { name: /Show badges/ }).check();
  await options.getByLabel('Watchlist', { exact: true }).fill('Brot*');
  await options.getByLabel('Watchlist', { exact: true }).blur();
  await expect(page.locator('lf=[data-lf-badge][data-flags~="watchlist"]').first()).toBeAttached();

  // The chips take no pointer events (the page must not find them by a hit test); a real pointer over one still
  // brings up its explanation, here the watched words.
  await page.bringToFront();
  const badge = page.locator('lf=[data-lf-badge][data-flags~="watchlist"]').first();
  const id = await badge.getAttribute('data-lf-badge');
  await page.locator(`[data-lf-id="${id}"]`).first().scrollIntoViewIfNeeded();
  const chip = badge.locator('.watchlist');
  await expect(chip).toBeVisible();
  const box = await chip.boundingBox();
  if (!box) throw new Error('the watchlist chip has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('lf=.lf-item-tip')).toBeVisible();
  await expect(page.locator('lf=.lf-item-tip')).toContainText('Brot');
  await page.mouse.move(5, 5);
  await expect(page.locator('lf=.lf-item-tip')).toBeHidden();
});
