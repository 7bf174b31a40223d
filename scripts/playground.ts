// `npm start`: opens Chromium with the built extension on the bundled demo threads, served under the
// sites' real host names, so Listen First can be tried without logging in anywhere. Without a display
// (CI, servers) it runs headless and saves screenshots instead.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { FIXTURE_ROUTES } from '../e2e/fixtures/routes';
import { launchWithExtension } from '../e2e/harness/browser';
import { serveFixtures } from '../e2e/harness/network';
import { SITE_IDS } from '../lib/sites/registry';

const OUT_DIR = resolve(import.meta.dirname, '../.output/playground');
const headless = !process.env.DISPLAY || Boolean(process.env.CI) || process.env.HEADLESS === '1';
const locale = process.env.LF_LOCALE ?? (process.env.LANG?.startsWith('de') ? 'de-DE' : 'en-US');

// One demo thread per site, in the order a new user would try them.
const demos = SITE_IDS.map((site) => FIXTURE_ROUTES.find((r) => r.site === site)).filter((r) => r !== undefined);

const extension = await launchWithExtension({ headless, locale });
const network = await serveFixtures(extension.context);
const { context, extensionId } = extension;
const extensionPage = (path: string) => `chrome-extension://${extensionId}/${path}`;

const tabs: { site: string; page: Page }[] = [];
for (const [index, demo] of demos.entries()) {
  const page = index === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
  await page.goto(demo.url);
  tabs.push({ site: demo.site ?? 'unknown', page });
}

console.log('\nListen First playground: demo threads served under the real host names');
for (const demo of demos) console.log(`  ${demo.title.padEnd(42)} ${demo.url}`);

if (!headless) {
  const first = tabs[0];
  if (first) await first.page.bringToFront();
  console.log('\nClick the Listen First button at the bottom right of each page, or the toolbar icon.');
  console.log('Close the browser window to end the playground.');
  await new Promise<void>((done) => context.on('close', () => done()));
  process.exit(0);
}

mkdirSync(OUT_DIR, { recursive: true });
const saved: string[] = [];
const shoot = async (page: Page, name: string) => {
  const path = resolve(OUT_DIR, `${name}.png`);
  await page.screenshot({ path });
  saved.push(path);
};

for (const { site, page } of tabs) {
  await page.bringToFront();
  const host = page.locator('listen-first-ui');
  await host.waitFor({ state: 'attached', timeout: 10_000 });
  await host.getByRole('button').first().click();
  await host.getByRole('dialog').waitFor();
  await shoot(page, site);
}

// The popup and the side panel describe the active tab: open them as pages while a demo tab is in front.
const demoTab = tabs[0]?.page;
for (const [name, width, height] of [
  ['popup', 360, 260],
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
const options = await context.newPage();
await options.goto(extensionPage('options.html'));
await options.getByRole('combobox').waitFor();
await shoot(options, 'options');

await extension.close();
console.log(`\nNo display: ran headless and saved ${saved.length} screenshots in ${OUT_DIR}`);
for (const path of saved) console.log(`  ${path}`);
const unexpected = network.unexpected();
if (unexpected.length) {
  console.error(`\nUnexpected network requests (all refused): ${unexpected.join(', ')}`);
  process.exit(1);
}
