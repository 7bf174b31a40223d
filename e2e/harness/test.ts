// Playwright fixtures: a fresh Chromium profile with the built extension for every test,
// fixture pages served under the real host names, and a log of every network request.
import { test as base, expect, type Page, selectors, type Worker } from '@playwright/test';
import type { ThreadSnapshot } from '../../lib/content/thread-watch';
import { type Build, type ExtensionBrowser, launchWithExtension } from './browser';
import { exposeUiContinuously, UI_HOST, uiEngine } from './closed-ui';
import { type NetworkLog, serveFixtures } from './network';

// The service worker's API object inside evaluate(), typed just enough for the lookups below.
declare const chrome: {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

interface Options {
  /** Which build to load: 'e2e' carries the test switches (lib/content/test-switches.ts), production does not. */
  build: Build;
  /** Registers our closed UI for the "lf=" selector engine (closed-ui.ts); the hostile-page spec turns it off. */
  exposeUi: boolean;
}

interface Fixtures {
  extension: ExtensionBrowser;
  network: NetworkLog;
  page: Page;
  serviceWorker: Worker;
  extensionUrl: (path: string) => string;
}

export const test = base.extend<Fixtures & Options, { uiEngine: undefined }>({
  build: ['production', { option: true }],
  exposeUi: [true, { option: true }],
  // Selector engines must be registered before the first page is created.
  uiEngine: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      await selectors.register('lf', uiEngine);
      await use(undefined);
    },
    { scope: 'worker', auto: true },
  ],
  extension: async ({ locale, build, exposeUi }, use) => {
    const extension = await launchWithExtension({ headless: !process.env.HEADED, locale: locale ?? 'en-US', build });
    const stop = exposeUi ? exposeUiContinuously(extension.context) : () => undefined;
    await use(extension);
    stop();
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

/** The host of Listen First's in-page UI: the one element of ours in the page; its inside is closed. */
export const uiHost = (page: Page) => page.locator(UI_HOST);

/** Inside Listen First's closed in-page UI (through the "lf" engine; see closed-ui.ts). */
export const inPageUi = (page: Page) => page.locator('lf=body');

/**
 * Asks, from the service worker, the content script in the tab showing `url`: its status, and with `type`, that
 * message's answer. Null when no content script answers there: the round trip proves absence without a timer.
 */
function askTab(serviceWorker: Worker, url: string, type: 'page:status' | 'thread:snapshot'): Promise<unknown> {
  return serviceWorker.evaluate(
    async ([target, question]) => {
      const tabs = await chrome.tabs.query({});
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        try {
          const status = (await chrome.tabs.sendMessage(tab.id, { type: 'page:status' })) as { url?: string } | null;
          if (status?.url !== target) continue;
          return question === 'page:status' ? status : await chrome.tabs.sendMessage(tab.id, { type: question });
        } catch {
          // No content script in this tab.
        }
      }
      return null;
    },
    [url, type] as const,
  );
}

export async function contentStatus(serviceWorker: Worker, url: string) {
  return (await askTab(serviceWorker, url, 'page:status')) as {
    site: string;
    url: string;
    enabled: boolean;
    thread: { status: string; id: string | null; items: number };
  } | null;
}

/** The content script's thread snapshot in the tab showing `url` (the thread in focus). */
export async function threadSnapshot(serviceWorker: Worker, url: string) {
  return (await askTab(serviceWorker, url, 'thread:snapshot')) as ThreadSnapshot | null;
}

/** How many side panels of the extension are open, as the browser counts its contexts. */
export function sidePanels(serviceWorker: Worker): Promise<number> {
  return serviceWorker.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } })
      .chrome.runtime;
    return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
  });
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
