// Each site's content script runs on its real hosts and nowhere else, and the extension sends nothing.
import { SITE_IDS, SITES } from '../lib/sites/registry';
import { FIXTURE_ROUTES, routeFor } from './fixtures/routes';
import { contentStatus, expect, inPageUi, serviceWorkerFetches, test, uiHost } from './harness/test';

for (const site of SITE_IDS) {
  test(`${site}: content script runs on ${routeFor(site).url}`, async ({ page, serviceWorker, network }) => {
    const { url } = routeFor(site);
    await page.goto(url);

    await expect(uiHost(page)).toHaveCount(1);
    expect(await contentStatus(serviceWorker, url)).toMatchObject({ site, url, enabled: true });
    // The demo page holds a thread, and the content script reads it.
    // Recognised as soon as the thread root is found; its items follow in time-sliced passes.
    await expect.poll(async () => (await contentStatus(serviceWorker, url))?.thread.status).toBe('recognised');
    await expect.poll(async () => (await contentStatus(serviceWorker, url))?.thread.items ?? 0).toBeGreaterThan(0);

    // The in-page button opens a card that names the site.
    await inPageUi(page).getByRole('button', { name: 'Open Listen First' }).click();
    await expect(inPageUi(page).getByRole('dialog')).toContainText(`Listening on ${SITES[site].name}`);

    // Nothing of ours lands in the site's own storage.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

    expect(network.unexpected()).toEqual([]);
    expect(network.refused).toEqual([]);
    expect(await serviceWorkerFetches(serviceWorker)).toEqual([]);
  });
}

test('x: the same script serves twitter.com', async ({ page, serviceWorker }) => {
  const url = 'https://twitter.com/greenline_demo/status/1861001885905846272';
  await page.goto(url);
  await expect(uiHost(page)).toHaveCount(1);
  expect((await contentStatus(serviceWorker, url))?.site).toBe('x');
});

const NEGATIVE = FIXTURE_ROUTES.filter((r) => r.site === null);

test('no content script on unrelated or look-alike hosts', async ({ page, serviceWorker, network }) => {
  expect(NEGATIVE.length).toBeGreaterThanOrEqual(4);
  for (const { url } of NEGATIVE) {
    await page.goto(url, { waitUntil: 'load' });
    // document_idle injection happens by the load event at the latest; one more task to be sure.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    expect(await contentStatus(serviceWorker, url), url).toBeNull();
    await expect(uiHost(page), url).toHaveCount(0);
  }
  // Positive control in the same tab: the lookup does find a content script where one runs.
  const { url } = routeFor('facebook');
  await page.goto(url);
  await expect(uiHost(page)).toHaveCount(1);
  expect((await contentStatus(serviceWorker, url))?.site).toBe('facebook');
  expect(network.unexpected()).toEqual([]);
});

test('the harness refuses and records anything not served', async ({ page, network }) => {
  // Guards the network assertions above against passing vacuously: a stray request is caught.
  await page.goto(routeFor('xing').url);
  await page.evaluate(() => fetch('https://tracker.example/pixel').catch(() => undefined));
  expect(network.refused).toEqual(['https://tracker.example/pixel']);
  expect(network.unexpected()).toEqual(['https://tracker.example/pixel']);
});
