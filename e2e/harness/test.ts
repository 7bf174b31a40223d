// Playwright fixtures: a fresh Chromium profile with the built extension for every test,
// fixture pages served under the real host names, and a log of every network request.
import { test as base, expect, type Page, type Worker } from '@playwright/test';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { type NetworkLog, serveFixtures } from './network';

// The service worker's API object inside evaluate(), typed just enough for the lookups below.
declare const chrome: {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

interface Fixtures {
  extension: ExtensionBrowser;
  network: NetworkLog;
  page: Page;
  serviceWorker: Worker;
  extensionUrl: (path: string) => string;
}

export const test = base.extend<Fixtures>({
  extension: async ({ locale }, use) => {
    const extension = await launchWithExtension({ headless: !process.env.HEADED, locale: locale ?? 'en-US' });
    await use(extension);
    await extension.close();
  },
  network: async ({ extension }, use) => {
    await use(await serveFixtures(extension.context));
  },
  page: async ({ extension, network }, use) => {
    void network; // routes must be in place before the first navigation
    await use(extension.context.pages()[0] ?? (await extension.context.newPage()));
  },
  serviceWorker: async ({ extension }, use) => use(extension.serviceWorker),
  extensionUrl: async ({ extension }, use) => use((path) => `chrome-extension://${extension.extensionId}/${path}`),
});

export { expect };

/** The shadow host of Listen First's in-page UI. */
export const uiHost = (page: Page) => page.locator('listen-first-ui');

/**
 * Asks, from the service worker, the content script in the tab showing `url` for its status.
 * Null when no content script answers there: the round trip proves absence without waiting on a timer.
 */
export async function contentStatus(serviceWorker: Worker, url: string) {
  return serviceWorker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      try {
        const status = (await chrome.tabs.sendMessage(tab.id, { type: 'page:status' })) as { url?: string } | null;
        if (status && status.url === target) {
          return status as {
            site: string;
            url: string;
            enabled: boolean;
            thread: { status: string; id: string | null; items: number };
          };
        }
      } catch {
        // No content script in this tab.
      }
    }
    return null;
  }, url);
}

/** http(s) resources the service worker fetched, read from its own performance timeline. */
export function serviceWorkerFetches(serviceWorker: Worker): Promise<string[]> {
  return serviceWorker.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => /^https?:/.test(u)),
  );
}
