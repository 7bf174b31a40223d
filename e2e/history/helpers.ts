// Shared steps of the history e2e tests: read a thread for real, open the history page, export through its button
// (the file the user would get, read back from Playwright's download), and put or count raw database records.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page, Worker } from '@playwright/test';
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

/** Records as they could lie in the database, whatever their shape: tests put them past every check the writers make. */
export interface RawRecords {
  threads?: object[];
  items?: object[];
  visits?: object[];
  drafts?: object[];
}

/**
 * Writes records straight into the extension's 'listen-first' database from the service worker (the extension's
 * origin), at the version the extension built, without touching its schema. The database must exist already (open
 * the history page first): a missing one is reported, not created.
 */
export function putRawRecords(serviceWorker: Worker, records: RawRecords): Promise<void> {
  return serviceWorker.evaluate(
    (records: Record<string, object[]>) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('listen-first');
        // Only reached when there is no database yet: abort instead of creating an empty one.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(new Error(`listen-first cannot be opened: ${open.error?.message}`));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(records), 'readwrite');
          for (const [store, rows] of Object.entries(records)) {
            for (const row of rows) tx.objectStore(store).put(row);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    records as Record<string, object[]>,
  );
}

/** How many records each table of the extension's database holds. */
export function countRecords(
  serviceWorker: Worker,
): Promise<Record<'threads' | 'items' | 'visits' | 'drafts', number>> {
  return serviceWorker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('listen-first');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(new Error(`listen-first cannot be opened: ${open.error?.message}`));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['threads', 'items', 'visits', 'drafts']);
          const counts: Record<string, number> = {};
          for (const store of ['threads', 'items', 'visits', 'drafts']) {
            const request = tx.objectStore(store).count();
            request.onsuccess = () => {
              counts[store] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts as Record<'threads' | 'items' | 'visits' | 'drafts', number>);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
