// Shared steps of the history e2e tests: read a thread for real, open the history page, and export through its
// button (the file the user would get, read back from Playwright's download).
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { routeFor } from '../fixtures/routes';
import { expect, uiHost } from '../harness/test';

/** Opens a site's demo thread and waits until its batch is in the history (the history page counts it). */
export async function readDemoThread(page: Page, site: 'facebook' | 'x' | 'linkedin' | 'xing'): Promise<string> {
  const { url } = routeFor(site);
  await page.goto(url);
  await expect(uiHost(page)).toHaveCount(1);
  await expect(page.locator('[data-lf-id]').first()).toBeAttached();
  return url;
}

export async function openHistory(context: BrowserContext, extensionUrl: (path: string) => string): Promise<Page> {
  const history = await context.newPage();
  await history.goto(extensionUrl('activity.html'));
  await expect(history.getByRole('heading', { level: 1 })).toContainText('History');
  return history;
}

/** Waits until the totals show `threads` threads: history batches are debounced, so they land a moment later. */
export async function expectThreads(history: Page, threads: number): Promise<void> {
  await expect(async () => {
    await history.reload();
    await expect(history.locator('[data-lf-total="threads"]')).toHaveText(String(threads), { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

export async function exportJson(history: Page): Promise<{ text: string; name: string }> {
  const download = history.waitForEvent('download');
  await history.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  const path = await file.path();
  return { text: await readFile(path, 'utf8'), name: file.suggestedFilename() };
}

export const withoutStamp = (file: string) => file.replace(/"exportedAt":"[^"]+"/, '"exportedAt":""');

/** Chooses a file in the import control, as the user's file dialog would. */
export async function importFile(history: Page, name: string, text: string): Promise<void> {
  await history
    .getByTestId('import-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}
