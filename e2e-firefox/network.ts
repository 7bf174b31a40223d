// Serves the fixture pages to one Firefox tab under the sites' real host names (BiDi request interception),
// refuses every other request, and logs them all: the Firefox twin of e2e/harness/network.ts.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { FIXTURE_ROUTES, type FixtureRoute } from '../e2e/fixtures/routes';

const FIXTURE_DIR = resolve(import.meta.dirname, '../e2e/fixtures');
const withoutHash = (url: string) => url.split('#')[0] ?? url;

export interface TabNetworkLog {
  /** Every http(s) request the tab made. */
  requests: { url: string; navigation: boolean }[];
  /** Requests that matched no fixture: aborted, so nothing leaves the machine, and recorded here. */
  refused: string[];
  /** http(s) requests other than the fixture documents the test navigated to. */
  unexpected(): string[];
}

export async function serveFixtures(page: Page): Promise<TabNetworkLog> {
  const table = new Map<string, FixtureRoute>(FIXTURE_ROUTES.map((route) => [withoutHash(route.url), route]));
  const log: TabNetworkLog = {
    requests: [],
    refused: [],
    unexpected() {
      return this.requests.filter((r) => !(r.navigation && table.has(withoutHash(r.url)))).map((r) => r.url);
    },
  };

  const handle = async (request: HTTPRequest) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return request.continue();
    log.requests.push({ url, navigation: request.isNavigationRequest() });
    const fixture = table.get(withoutHash(url));
    if (!fixture) {
      log.refused.push(url);
      return request.abort('blockedbyclient');
    }
    const body = await readFile(resolve(FIXTURE_DIR, fixture.file));
    return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    handle(request).catch((error: Error) => {
      log.refused.push(`${request.url()} (harness error: ${error.message})`);
    });
  });
  return log;
}
