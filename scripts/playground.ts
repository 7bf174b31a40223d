// `npm start`: opens Chromium with the built extension on the bundled demo threads, served under the
// sites' real host names, so Listen First can be tried without logging in anywhere. Without a display
// (CI, servers) it runs headless and saves screenshots instead.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page, selectors } from '@playwright/test';
import { FIXTURE_ROUTES } from '../e2e/fixtures/routes';
import { spreadOut } from '../e2e/guard/helpers';
import { launchWithExtension } from '../e2e/harness/browser';
import { exposeUiContinuously, uiEngine } from '../e2e/harness/closed-ui';
import { serveFixtures } from '../e2e/harness/network';
import { SITE_IDS } from '../lib/sites/registry';
import { sampleFile } from './history-sample';

const OUT_DIR = resolve(import.meta.dirname, '../.output/playground');
const headless = !process.env.DISPLAY || Boolean(process.env.CI) || process.env.HEADLESS === '1';
const locale = process.env.LF_LOCALE ?? (process.env.LANG?.startsWith('de') ? 'de-DE' : 'en-US');

// One demo thread per site, in the order a new user would try them.
const demos = SITE_IDS.map((site) => FIXTURE_ROUTES.find((r) => r.site === site)).filter((r) => r !== undefined);
// Pages with the sites' real editors (Lexical, Draft.js, TipTap, Quill, plain fields), to try the draft check.
const COMPOSER_URLS = [
  'https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0composer1',
  'https://x.com/greenline_demo/status/1990721642296246560',
  'https://www.linkedin.com/feed/update/urn:li:activity:7275000000000000000/',
  'https://www.linkedin.com/posts/oliver-price-demo_delivery-activity-7276000000000000000-XyZa/',
  'https://www.xing.com/discover/updates?lf-fixture=composer',
];
const composerDemos = COMPOSER_URLS.map((url) => FIXTURE_ROUTES.find((r) => r.url === url)).filter(
  (r) => r !== undefined,
);

// Our in-page UI is closed to page scripts; the screenshots reach it the way the e2e tests do (closed-ui.ts).
await selectors.register('lf', uiEngine);
const extension = await launchWithExtension({ headless, locale });
if (headless) exposeUiContinuously(extension.context);
const network = await serveFixtures(extension.context);
const { context, extensionId } = extension;
const extensionPage = (path: string) => `chrome-extension://${extensionId}/${path}`;

const tabs: { site: string; page: Page }[] = [];
for (const [index, demo] of demos.entries()) {
  const page = index === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
  await page.goto(demo.url);
  tabs.push({ site: demo.site ?? 'unknown', page });
}
mkdirSync(OUT_DIR, { recursive: true });
const saved: string[] = [];
const shoot = async (page: Page, name: string, fullPage = false) => {
  const path = resolve(OUT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  saved.push(path);
};

// "Listen first" in the composer. The demo thread is short; spaced out like a long one, the replies between the post
// and the comment box are never on screen when the box takes the focus. Shot before the composer tabs open, which
// show (and so read) the whole thread.
if (headless && COMPOSER_URLS[0]) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 280 });
  await spreadOut(page);
  await page.goto(COMPOSER_URLS[0]);
  await page.locator('[data-lf-id]').nth(3).waitFor({ state: 'attached', timeout: 10_000 });
  await page.locator('[data-fixture-composer="comment"] [contenteditable="true"]').first().click();
  await page.locator('lf=[data-lf-unread-note]').waitFor({ timeout: 10_000 });
  await shoot(page, 'composer-note');
  await page.close();
}

const composerTabs: Page[] = [];
for (const demo of composerDemos) {
  const page = await context.newPage();
  await page.goto(demo.url);
  composerTabs.push(page);
}

// A month of demo activity in the history page, brought in through its own import, so the charts have data.
const history = await context.newPage();
await history.setViewportSize({ width: 1280, height: 1100 });
await history.goto(extensionPage('activity.html'));
await history.getByTestId('import-file').setInputFiles({
  name: 'demo-history.json',
  mimeType: 'application/json',
  buffer: Buffer.from(sampleFile({ threads: 60, itemsPerThread: 8, now: Date.now(), days: 30 })),
});
await history.locator('[data-testid="transfer-status"]').filter({ hasText: /\d/ }).waitFor({ timeout: 20_000 });

console.log('\nListen First playground: demo threads served under the real host names');
for (const demo of demos) console.log(`  ${demo.title.padEnd(42)} ${demo.url}`);
console.log('\nTry the draft check: write a comment in these (e.g. "Jetzt kaufen und 20 % sparen!") and send it');
for (const demo of composerDemos) console.log(`  ${demo.title.padEnd(52)} ${demo.url}`);

if (!headless) {
  const first = tabs[0];
  if (first) await first.page.bringToFront();
  console.log('\nClick the Listen First button at the bottom right of each page, or the toolbar icon.');
  console.log('Close the browser window to end the playground.');
  await new Promise<void>((done) => context.on('close', () => done()));
  process.exit(0);
}

for (const { site, page } of tabs) {
  await page.bringToFront();
  const host = page.locator('lf=body');
  await host.getByRole('button').first().waitFor({ timeout: 10_000 });
  await host.getByRole('button').first().click();
  await host.getByRole('dialog').waitFor();
  await shoot(page, site);
}

// The draft check on the Facebook page: the badge's findings while typing, then the card when Enter is pressed.
const composerPage = composerTabs[0];
if (composerPage) {
  await composerPage.bringToFront();
  const box = composerPage.locator('[data-fixture-composer="comment"] [contenteditable="true"]').first();
  await box.click();
  await composerPage.keyboard.type('Jetzt kaufen und 20 % sparen mit dem Code SOMMER20! Link in Bio.');
  const layer = composerPage.locator('lf=body');
  const badge = layer.locator('[data-lf-draft-badge][data-lf-verdict="warn"]');
  await badge.waitFor({ timeout: 10_000 });
  await badge.click();
  await layer.locator('[data-lf-draft-panel]').waitFor();
  await shoot(composerPage, 'draft-findings');
  await badge.click();
  await box.focus();
  await composerPage.keyboard.press('Enter');
  await layer.locator('[data-lf-guard-card]').waitFor();
  await shoot(composerPage, 'guard-card');
}

// The popup and the side panel describe the active tab: open them as pages while a demo tab is in front.
const demoTab = tabs[0]?.page;
for (const [name, width, height] of [
  ['popup', 360, 400],
  ['sidepanel', 400, 640],
] as const) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(extensionPage(`${name}.html`));
  await demoTab?.bringToFront();
  await page.reload();
  await page.locator('[data-lf-page="active"]').waitFor({ timeout: 10_000 });
  await shoot(page, name);
  await page.close();
}
// The reply queue: the side panel over a tab without a thread lists who waits in the demo threads read above.
const queuePanel = await context.newPage();
await queuePanel.setViewportSize({ width: 400, height: 720 });
await queuePanel.goto(extensionPage('sidepanel.html'));
await queuePanel.locator('[data-lf-queue-entry]').first().waitFor({ timeout: 15_000 });
await shoot(queuePanel, 'queue');
await queuePanel.close();

// The weekly report, as the page shows it and as "Save as PDF" prints it.
const report = await context.newPage();
await report.setViewportSize({ width: 900, height: 900 });
await report.goto(extensionPage('report.html'));
await report.getByTestId('report-tone').waitFor({ timeout: 15_000 });
await shoot(report, 'report', true);
await report.emulateMedia({ media: 'print' });
const pdf = resolve(OUT_DIR, 'report.pdf');
await report.pdf({ path: pdf, format: 'A4' });
saved.push(pdf);
await report.close();

const options = await context.newPage();
await options.goto(extensionPage('options.html'));
await options.getByRole('combobox').waitFor();
await shoot(options, 'options');

await history.bringToFront();
await history.reload();
await history.locator('[data-lf-chart] canvas').first().waitFor();
await history.locator('[data-lf-entry]').first().waitFor();
await shoot(history, 'history');

await extension.close();
console.log(`\nNo display: ran headless and saved ${saved.length} screenshots in ${OUT_DIR}`);
for (const path of saved) console.log(`  ${path}`);
const unexpected = network.unexpected();
if (unexpected.length) {
  console.error(`\nUnexpected network requests (all refused): ${unexpected.join(', ')}`);
  process.exit(1);
}
