// What the Firefox smoke asks the browser: a content script's status, the background page's fetches and the
// history database (from an extension page's `browser` API), and a polling wait.
import type { Page } from 'puppeteer-core';

// The extension page's API object inside evaluate(), typed just enough for the lookups below.
declare const browser: {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  extension: { getBackgroundPage(): Window | null };
};

export interface ContentStatus {
  site: string;
  url: string;
  enabled: boolean;
  thread: { status: string; id: string | null; items: number };
}

/**
 * Asks the content script in the tab showing `url` for its status. Null when no content script answers there:
 * the round trip proves absence without waiting on a timer.
 */
export function contentStatus(control: Page, url: string): Promise<ContentStatus | null> {
  return control.evaluate(async (target) => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const status = (await browser.tabs.sendMessage(tab.id, { type: 'page:status' })) as { url?: string } | null;
        if (status && status.url === target) return status as ContentStatus;
      } catch {
        // No content script in this tab.
      }
    }
    return null;
  }, url);
}

/** http(s) resources the background page fetched, read from its own performance timeline. */
export function extensionFetches(control: Page): Promise<string[]> {
  return control.evaluate(() => {
    const background = browser.extension.getBackgroundPage();
    if (!background) throw new Error('no background page');
    return background.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => /^https?:/.test(u));
  });
}

/** Keys of the threads in the extension's history database ('listen-first', lib/db/schema.ts). */
export function storedThreadKeys(control: Page): Promise<string[]> {
  return control.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('listen-first');
        // Reading must never create the database (Dexie would then find a foreign version 1): give up instead.
        let missing = false;
        open.onupgradeneeded = () => {
          missing = true;
          open.transaction?.abort();
        };
        open.onerror = () => (missing ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('threads')) {
            db.close();
            resolve([]);
            return;
          }
          const keys = db.transaction('threads').objectStore('threads').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.map(String));
          };
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
}

/**
 * Polls `read` until `done` holds for its value, and returns that value; fails after `timeoutMs` naming what
 * it waited for and the last value seen, so a failure says what the browser showed instead.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
