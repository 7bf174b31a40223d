// Playwright fixtures for adapter tests: a plain Chromium page (no extension), fixture pages served under the
// sites' real host names, the adapter bundle injected after load, and helpers that call it.
import { test as base, chromium, expect, type Page } from '@playwright/test';
import type { SiteId } from '../../lib/sites/registry';
import type { Thread } from '../../lib/sites/types';
import { adapterBundle } from './adapter-bundle';
import { chromiumExecutable } from './browser';
import { serveFixtures } from './network';

export const test = base.extend<{ page: Page }>({
  page: async ({ locale }, use) => {
    const browser = await chromium.launch({
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu'],
    });
    // One time zone everywhere, so dates the page prints without a zone read the same on every machine.
    const context = await browser.newContext({ locale: locale ?? 'de-DE', timezoneId: 'UTC' });
    await serveFixtures(context);
    const page = await context.newPage();
    await use(page);
    await browser.close();
  },
});

export { expect };

/** Loads a fixture URL and injects the adapters. */
export async function openFixture(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.addScriptTag({ content: await adapterBundle() });
}

export function readThreadIn(page: Page, site: SiteId, now: number, ownHandles: string[] = []): Promise<Thread | null> {
  return page.evaluate(
    ([s, n, own]) =>
      (window as unknown as { __lf: { readThread(s: string, n: number, o: string[]): Thread | null } }).__lf.readThread(
        s,
        n,
        own,
      ),
    [site, now, ownHandles] as const,
  );
}

export interface PageReading {
  status: string;
  threads: Thread[];
  marks: { id: string; tag: string; thread: string }[];
  focus: number;
}

/** Every thread the one read path finds on the page (a feed: one per post), with the marks it would set. */
export function readPageIn(page: Page, site: SiteId, now: number, ownHandles: string[] = []): Promise<PageReading> {
  return page.evaluate(
    ([s, n, own]) =>
      (
        window as unknown as { __lf: { readPage(s: string, n: number, o: string[]): Promise<PageReading> } }
      ).__lf.readPage(s, n, own),
    [site, now, ownHandles] as const,
  );
}

export function selectorCountsIn(
  page: Page,
  site: SiteId,
): Promise<Record<string, { selector: string; count: number }[]>> {
  return page.evaluate(
    (s) =>
      (
        window as unknown as {
          __lf: { selectorCounts(s: string): Record<string, { selector: string; count: number }[]> };
        }
      ).__lf.selectorCounts(s),
    site,
  );
}
