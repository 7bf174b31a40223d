// Accessibility scans (axe) of the history page, its dialogs, the popup and the side panel, in English and German;
// every string of the history page in German when the browser is German.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { sampleFile } from '../../scripts/history-sample';
import { expect, test } from '../harness/test';
import { importFile, readDemoThread } from './helpers';

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`,
  );

/** A month of sample activity: rows of every kind, charts with bars, a timeline with visits and posts. */
async function withSample(page: Page, url: string, imported: RegExp): Promise<void> {
  await page.goto(url);
  await importFile(page, 'sample.json', sampleFile({ threads: 12, itemsPerThread: 6, now: Date.now(), days: 20 }));
  await expect(page.getByTestId('transfer-status')).toHaveText(imported);
  await expect(page.locator('[data-lf-chart] canvas')).toHaveCount(3);
  await expect(page.locator('[data-lf-entry="draft"]').first()).toBeVisible();
}

test('history page, its timeline and its confirmation pass axe', async ({ page, extensionUrl }) => {
  await withSample(page, extensionUrl('activity.html'), /^Imported: 12 new threads/);
  expect(await violations(page)).toEqual([]);

  await page.locator('[data-lf-entry="thread"]').first().getByRole('button', { name: 'Timeline' }).click();
  const timeline = page.getByRole('dialog');
  await expect(timeline.locator('[data-lf-timeline="draft"], [data-lf-timeline="item"]').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // Delete from inside the timeline: a second dialog over the first; Cancel returns to the timeline.
  await timeline.getByRole('button', { name: 'Delete thread' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this thread?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(timeline.getByRole('button', { name: 'Delete thread' })).toBeFocused();

  // Searching marks the words found; the page still passes.
  await page.keyboard.press('Escape');
  await page.getByTestId('history-search').fill('lieferung');
  await expect(page.locator('[data-lf-entry] mark').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('popup and side panel pass axe over a recognised thread', async ({ extension, page, extensionUrl }) => {
  await readDemoThread(page, 'facebook');
  for (const path of ['popup.html', 'sidepanel.html']) {
    const view = await extension.context.newPage();
    await view.goto(extensionUrl(path));
    await page.bringToFront();
    await view.reload();
    await expect(view.locator('[data-lf-page="active"]')).toBeVisible();
    expect(await violations(view), path).toEqual([]);
    await view.close();
  }
});

test.describe('German browser', () => {
  test.use({ locale: 'de-DE' });

  test('the history page speaks German and passes axe', async ({ page, extensionUrl }) => {
    await withSample(page, extensionUrl('activity.html'), /^Importiert: 12 neue Threads/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Listen First · Verlauf');
    await expect(page.getByRole('button', { name: 'Ganzen Verlauf löschen' })).toBeVisible();
    await expect(page.getByText('Tonlage der Kommentare pro Tag')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    expect(await violations(page)).toEqual([]);
  });
});
