// When Listen First can't read the comments on a supported page, the page button, popup and side panel say so; the popup
// saves the page shape report as a file (no network, no new permission). The page: a real comment box with comments
// in a shape no adapter knows (e2e/fixtures/linkedin/unreadable-en.html).
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { routeFor } from './fixtures/routes';
import { contentStatus, expect, inPageUi, test } from './harness/test';

/** A LinkedIn post page whose comment box is real but whose comments carry nothing we recognise. */
const UNREADABLE = 'https://www.linkedin.com/feed/update/urn:li:activity:7409999999999999999/';

/** The popup in a background tab while `front` stays the active tab, as when the user opens it over a site. */
async function popupOver(context: BrowserContext, front: Page, url: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(url);
  await front.bringToFront();
  await popup.reload();
  return popup;
}

test('an unreadable page: the pill and the popup say so, and the popup saves the page shape report', async ({
  extension,
  page,
  serviceWorker,
  extensionUrl,
  network,
}) => {
  const url = UNREADABLE;
  await page.goto(url);
  await expect.poll(async () => (await contentStatus(serviceWorker, url))?.thread.status).toBe('unreadable');

  await inPageUi(page).getByRole('button', { name: 'Open Listen First' }).click();
  await expect(inPageUi(page).getByRole('dialog')).toContainText("Listen First can't read the comments on this page.");

  const popup = await popupOver(extension.context, page, extensionUrl('popup.html'));
  await expect(popup.locator('[data-lf-thread]')).toHaveText("Listen First can't read the comments on this page.");
  const save = popup.getByRole('button', { name: 'Save page shape report' });
  await expect(save).toHaveAccessibleDescription(
    /^Tag names and structure only — no text, names or links from the page/,
  );

  const download = popup.waitForEvent('download');
  await save.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^listen-first-page-shape-linkedin-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await file.path();
  const report = JSON.parse(await readFile(path, 'utf8'));
  expect(report).toMatchObject({
    format: 'listen-first/page-shape',
    version: 1,
    site: 'linkedin',
    status: 'unreadable',
  });
  expect(report.tree.length).toBeGreaterThan(10);
  expect(Object.keys(report.selectors)).toContain('threadRoot');
  await expect(popup.getByRole('alert')).toHaveCount(0);

  const panel = await popupOver(extension.context, page, extensionUrl('sidepanel.html'));
  await expect(panel.locator('[data-lf-thread="unreadable"]')).toContainText(
    "Listen First can't read the comments on this page.",
  );
  // Made on request, saved by the browser: nothing went over the network.
  expect(network.unexpected()).toEqual([]);
});

test('a readable page offers no report', async ({ extension, page, serviceWorker, extensionUrl }) => {
  const { url } = routeFor('linkedin');
  await page.goto(url);
  await expect.poll(async () => (await contentStatus(serviceWorker, url))?.thread.status).toBe('recognised');
  await inPageUi(page).getByRole('button', { name: 'Open Listen First' }).click();
  await expect(inPageUi(page).getByRole('dialog')).toContainText('Listening on LinkedIn');
  await expect(inPageUi(page).getByRole('dialog')).not.toContainText("can't read");
  const popup = await popupOver(extension.context, page, extensionUrl('popup.html'));
  await expect(popup.locator('[data-lf-thread]')).toHaveText(/^Thread recognised/);
  await expect(popup.getByRole('button', { name: 'Save page shape report' })).toHaveCount(0);
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });
  test('the same sentence and button in German', async ({ extension, page, serviceWorker, extensionUrl }) => {
    const url = UNREADABLE;
    await page.goto(url);
    await expect.poll(async () => (await contentStatus(serviceWorker, url))?.thread.status).toBe('unreadable');
    await inPageUi(page).getByRole('button', { name: 'Listen First öffnen' }).click();
    await expect(inPageUi(page).getByRole('dialog')).toContainText(
      'Listen First kann die Kommentare auf dieser Seite nicht lesen.',
    );
    const popup = await popupOver(extension.context, page, extensionUrl('popup.html'));
    await expect(popup.locator('[data-lf-thread]')).toHaveText(
      'Listen First kann die Kommentare auf dieser Seite nicht lesen.',
    );
    await expect(popup.getByRole('button', { name: 'Seitenaufbau-Bericht speichern' })).toHaveAccessibleDescription(
      /^Nur Tag-Namen und Aufbau – keine Texte, Namen oder Links der Seite/,
    );
    const download = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Seitenaufbau-Bericht speichern' }).click();
    expect((await download).suggestedFilename()).toMatch(/^listen-first-page-shape-linkedin-/);
  });
});
