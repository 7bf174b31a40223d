// The smoke of e2e/smoke.spec.ts in stock Firefox: each site's content script runs on its real hosts and nowhere
// else, its card opens, history lands in the extension's own database, and nothing is sent anywhere.
import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { FIXTURE_ROUTES, routeFor } from '../e2e/fixtures/routes';
import { SITE_IDS } from '../lib/sites/registry';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './browser';
import { contentStatus, extensionFetches, storedThreadKeys, waitFor } from './lookups';
import { serveFixtures, type TabNetworkLog } from './network';

let firefox: FirefoxWithExtension;
/** An extension page in its own tab: where tabs.sendMessage and the database are reached from. */
let control: Page;
let tabs: Page[] = [];

before(async () => {
  firefox = await launchFirefoxWithExtension();
  control = await firefox.extensionPage('popup.html');
});
after(async () => {
  await firefox?.close();
});
afterEach(async () => {
  await Promise.all(tabs.map((tab) => tab.close()));
  tabs = [];
});

/** A fresh tab with the fixtures served, and the index from which the recorder's entries belong to this test. */
async function openTab(): Promise<{ page: Page; network: TabNetworkLog; connections: () => string[] }> {
  const page = await firefox.browser.newPage();
  tabs.push(page);
  // Fail within the 60 s test timeout with puppeteer's own message (which selector, which URL).
  page.setDefaultTimeout(10_000);
  const network = await serveFixtures(page);
  const from = firefox.recorder.hosts.length;
  return { page, network, connections: () => firefox.recorder.hosts.slice(from) };
}

/** Our hosts as the page sees them: the shadow root is closed, so the page reads null there. */
const uiHosts = (page: Page) =>
  page.$$eval('listen-first-ui', (hosts) => hosts.map((h) => (h.shadowRoot === null ? 'closed' : 'open')));

/** Whether the page's own hit test finds our layer at a point (x, y from the window's bottom right corner). */
const oursAt = (page: Page, fromRight: number, fromBottom: number) =>
  page.evaluate(
    (r, b) => document.elementFromPoint(innerWidth - r, innerHeight - b)?.localName === 'listen-first-ui',
    fromRight,
    fromBottom,
  );

for (const site of SITE_IDS) {
  test(`${site}: content script runs on ${routeFor(site).url}`, async () => {
    const { page, network, connections } = await openTab();
    const { url } = routeFor(site);
    await page.goto(url);

    await page.waitForSelector('listen-first-ui');
    assert.deepEqual(await uiHosts(page), ['closed'], 'one Listen First UI host, closed to the page');
    const status = await contentStatus(control, url);
    assert.equal(status?.site, site);
    assert.equal(status?.url, url);
    assert.equal(status?.enabled, true);
    // Recognised as soon as the thread root is found; its items follow in time-sliced passes.
    const read = await waitFor(
      () => contentStatus(control, url),
      (s) => s?.thread.status === 'recognised' && s.thread.items > 0,
      'the thread recognised with items read',
    );

    // The in-page button (bottom right) opens a card over the page. Our UI is closed to scripts, Firefox's driver
    // included, so the test clicks where the button is and sees the card take the space above it.
    await waitFor(() => oursAt(page, 34, 34), Boolean, 'the page button at the bottom right');
    assert.equal(await oursAt(page, 150, 150), false, 'no card before the click');
    await page.mouse.click((await page.evaluate(() => innerWidth)) - 34, (await page.evaluate(() => innerHeight)) - 34);
    await waitFor(() => oursAt(page, 150, 150), Boolean, 'the card above the page button');

    // History is kept in the extension's own IndexedDB, and nothing of ours lands in the site's storage.
    await waitFor(
      () => storedThreadKeys(control),
      (keys) => keys.includes(`${site}:${read?.thread.id}`),
      `thread ${site}:${read?.thread.id} in the extension's history database`,
    );
    assert.equal(await page.evaluate(() => localStorage.length), 0, "the site's localStorage");
    assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), []);

    assert.deepEqual(network.unexpected(), []);
    assert.deepEqual(network.refused, []);
    assert.deepEqual(await extensionFetches(control), [], 'http(s) resources fetched by the background page');
    assert.deepEqual(connections(), [], 'connections Firefox tried to open');
  });
}

test('x: the same script serves twitter.com', async () => {
  const { page } = await openTab();
  const url = 'https://twitter.com/greenline_demo/status/1861001885905846272';
  await page.goto(url);
  await page.waitForSelector('listen-first-ui');
  assert.deepEqual(await uiHosts(page), ['closed']);
  assert.equal((await contentStatus(control, url))?.site, 'x');
});

test('no content script on unrelated or look-alike hosts', async () => {
  const { page, network, connections } = await openTab();
  const negative = FIXTURE_ROUTES.filter((r) => r.site === null);
  assert.ok(negative.length >= 4, 'at least four negative hosts');
  for (const { url } of negative) {
    await page.goto(url, { waitUntil: 'load' });
    // document_idle injection happens by the load event at the latest; one more task to be sure.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    assert.equal(await contentStatus(control, url), null, url);
    assert.deepEqual(await uiHosts(page), [], url);
  }
  // Positive control in the same tab: the lookup does find a content script where one runs.
  const { url } = routeFor('facebook');
  await page.goto(url);
  await page.waitForSelector('listen-first-ui');
  assert.equal((await contentStatus(control, url))?.site, 'facebook');
  assert.deepEqual(network.unexpected(), []);
  assert.deepEqual(connections(), []);
});

test('the harness refuses and records anything not served, in the tab and outside it', async () => {
  // Guards the network assertions above against passing vacuously: stray requests are caught.
  const { page, network, connections } = await openTab();
  await page.goto(routeFor('xing').url);
  await page.evaluate(() => fetch('https://tracker.example/pixel').catch(() => undefined));
  assert.deepEqual(network.refused, ['https://tracker.example/pixel']);
  assert.deepEqual(network.unexpected(), ['https://tracker.example/pixel']);
  // An extension page is not intercepted, like the background page: its request reaches the recorder.
  await control.evaluate(() => fetch('https://beacon.example/collect').catch(() => undefined));
  assert.deepEqual(connections(), ['beacon.example:443']);
});

test('Firefox itself opened no connection during the run (background network is off, e2e-firefox/prefs.ts)', () => {
  // Runs last: everything the recorder saw since launch, less the deliberate request of the test above.
  assert.deepEqual(
    firefox.recorder.hosts.filter((host) => host !== 'beacon.example:443'),
    [],
  );
});
