// Helpers for thread e2e tests with the built extension: what the extension marked in the page, what the
// adapter reads from the same page, what the engine says about each text, and what the history stored.
import type { Page, Worker } from '@playwright/test';
import { analyze } from '../../lib/analysis/index';
import type { SiteId } from '../../lib/sites/registry';
import type { Thread, ThreadItem } from '../../lib/sites/types';
import { adapterBundle } from './adapter-bundle';

export interface Mark {
  id: string;
  tone: string;
  flags: string;
}

/**
 * What the extension showed: the marks on the site's elements (id and tone, all the page can see) and, for flagged
 * comments, the flags of their badges in our closed layer.
 */
export async function marksIn(page: Page): Promise<Mark[]> {
  const badges = new Map(
    await page
      .locator('lf=[data-lf-badge]')
      .evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-lf-badge') ?? '', el.getAttribute('data-flags') ?? '']),
      ),
  );
  const marks = await page.evaluate(() =>
    [...document.querySelectorAll('[data-lf-id]')].map((el) => ({
      id: el.getAttribute('data-lf-id') ?? '',
      tone: el.getAttribute('data-lf-tone') ?? '',
    })),
  );
  return marks.map((mark) => ({ ...mark, flags: badges.get(mark.id) ?? '' }));
}

interface Reading {
  threads: Thread[];
  focus: number;
}

/** Reads the page with the one read path, injected into the page's main world (the DOM is shared). */
async function adapterReading(page: Page, site: SiteId): Promise<Reading> {
  const injected = await page.evaluate(() => Boolean((window as unknown as { __lf?: unknown }).__lf));
  if (!injected) await page.addScriptTag({ content: await adapterBundle() });
  return page.evaluate(
    ([s, now]) =>
      (window as unknown as { __lf: { readPage(s: string, n: number, o: string[]): Promise<Reading> } }).__lf.readPage(
        s,
        now,
        [],
      ),
    [site, Date.now()] as const,
  );
}

/** The thread in focus (the one the popup and side panel show), read as the extension reads it. */
export async function adapterThread(page: Page, site: SiteId): Promise<Thread> {
  const reading = await adapterReading(page, site);
  const thread = reading.threads[reading.focus];
  if (!thread) throw new Error(`The ${site} adapter found no thread on ${page.url()}`);
  return thread;
}

/** Every thread on the page (a feed shows one per post), read as the extension reads them. */
export async function adapterThreads(page: Page, site: SiteId): Promise<Thread[]> {
  const { threads } = await adapterReading(page, site);
  if (!threads.length) throw new Error(`The ${site} adapter found no thread on ${page.url()}`);
  return threads;
}

/** The tone the engine gives each item's text, as the content script asks for it (item mode, page language). */
export async function expectedTones(page: Page, items: readonly ThreadItem[]): Promise<Map<string, string>> {
  const langHint = (await page.evaluate(() => document.documentElement.lang)) || undefined;
  return new Map(
    items.map((item) => [item.id, analyze(item.text, { mode: 'item', ...(langHint ? { langHint } : {}) }).tone.label]),
  );
}

/** Items and visits the background stored for a thread, read from the extension origin's IndexedDB. */
export function storedCounts(
  serviceWorker: Worker,
  site: SiteId,
  threadId: string,
): Promise<{ items: number; visits: number }> {
  return serviceWorker.evaluate(
    async ([s, t]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('listen-first');
        // Before the background made it, an open would create an empty database that blocks the background's own.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const count = (store: string) =>
        new Promise<number>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).index('threadKey').count(`${s}:${t}`);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const result = { items: await count('items'), visits: await count('visits') };
      db.close();
      return result;
    },
    [site, threadId] as const,
  );
}
