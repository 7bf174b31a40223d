// Serves fixture pages under the sites' real host names and refuses every other request.
// Everything the browser asks for is logged, so a test can assert the extension fetched nothing.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Request } from '@playwright/test';
import { capturePages } from '../captures/pages';
import { FIXTURE_ROUTES, type FixtureRoute } from '../fixtures/routes';
import { EDITOR_PATH, editorBundle } from './editor-bundles';

const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures');

export interface NetworkLog {
  /** Every http(s) request the browser made, pages and workers alike. */
  requests: { url: string; resourceType: string; fromServiceWorker: boolean }[];
  /** Requests that reached no fixture: aborted, so nothing leaves the machine, and recorded here. */
  refused: string[];
  /** http(s) requests other than the fixture documents the test navigated to and the editors those pages load. */
  unexpected(): string[];
}

const withoutHash = (url: string) => url.split('#')[0] ?? url;

export async function serveFixtures(context: BrowserContext, extraRoutes: FixtureRoute[] = []): Promise<NetworkLog> {
  const table = new Map<string, FixtureRoute>();
  for (const route of [...FIXTURE_ROUTES, ...capturePages(), ...extraRoutes]) table.set(withoutHash(route.url), route);
  const log: NetworkLog = {
    requests: [],
    refused: [],
    unexpected() {
      return this.requests
        .filter((r) => !(r.resourceType === 'document' && table.has(withoutHash(r.url))))
        .filter((r) => !(r.resourceType === 'script' && !r.fromServiceWorker && isEditorAsset(r.url)))
        .map((r) => r.url);
    },
  };

  const record = (request: Request) => {
    if (!/^https?:/.test(request.url())) return;
    log.requests.push({
      url: request.url(),
      resourceType: request.resourceType(),
      fromServiceWorker: Boolean(request.serviceWorker()),
    });
  };
  context.on('request', record);

  // Playwright runs the most recently registered matching route first: the catch-all goes first.
  await context.route('**/*', (route) => {
    // The extension's own pages and files are not network traffic; everything else is refused.
    if (!/^https?:/.test(route.request().url())) return route.continue();
    log.refused.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.route(
    (url) => table.has(withoutHash(url.href)),
    async (route) => {
      const fixture = table.get(withoutHash(route.request().url()));
      if (!fixture) return route.fallback();
      const file = await readFile(resolve(FIXTURE_DIR, fixture.file));
      const body = fixture.wrap ? fixture.wrap(file.toString('utf8')) : file;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    },
  );
  // The real editor frameworks the composer fixtures embed, on whichever fixture host asks for them.
  await context.route(
    (url) => isEditorAsset(url.href),
    async (route) => {
      const name = EDITOR_PATH.exec(new URL(route.request().url()).pathname)?.[1] ?? '';
      const body = await editorBundle(name).catch((error: Error) => `console.error(${JSON.stringify(error.message)})`);
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
    },
  );
  return log;
}

const FIXTURE_HOSTS = new Set(['www.facebook.com', 'x.com', 'twitter.com', 'www.linkedin.com', 'www.xing.com']);

function isEditorAsset(href: string): boolean {
  const url = new URL(href);
  return url.protocol === 'https:' && FIXTURE_HOSTS.has(url.hostname) && EDITOR_PATH.test(url.pathname);
}
