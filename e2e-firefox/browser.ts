// Launches stock Firefox (Debian's firefox-esr, or FIREFOX_PATH) through puppeteer over WebDriver BiDi and
// installs the built Firefox extension (.output/firefox-mv2) as a temporary add-on, as about:debugging would.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPrefs } from './prefs';
import { type Recorder, startRecorder } from './recorder';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../.output/firefox-mv2');
/** Any fixed UUID: the moz-extension:// host the prefs assign to the extension. */
const EXTENSION_UUID = '4f6b2c1e-8d3a-4e57-9b0c-2a1d5e7f9c30';

export function firefoxExecutable(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`No Firefox at ${path}: run "bash scripts/setup.sh" (installs firefox-esr) or set FIREFOX_PATH.`);
  }
  return path;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** Connections Firefox tried to open: none are expected while the smoke runs. */
  recorder: Recorder;
  extensionUrl(path: string): string;
  /** A tab showing one of the extension's own pages, where the `browser` API can be used from evaluate(). */
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  }
  const extensionId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  const recorder = await startRecorder();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable(),
    headless: !process.env.HEADED,
    // Lets BiDi navigate a tab to moz-extension:// pages (refused otherwise as "not allowed in this context").
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs({ proxyPort: recorder.port, extensionId, extensionUuid: EXTENSION_UUID }),
    // Release builds ignore the remote-settings server pref (puppeteer points it at a data: URL) unless told
    // otherwise, and then poll firefox.settings.services.mozilla.com all the time.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    protocolTimeout: 20_000,
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== extensionId) throw new Error(`Installed ${installed}, expected ${extensionId}`);
  } catch (error) {
    await browser.close();
    await recorder.close();
    throw error;
  }
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path}`;
  return {
    browser,
    recorder,
    extensionUrl,
    async extensionPage(path) {
      const page = await browser.newPage();
      await navigateAndWait(page, extensionUrl(path));
      return page;
    },
    async close() {
      await browser.close();
      await recorder.close();
    },
  };
}

/**
 * page.goto() waits for network events that Firefox does not send for moz-extension:// documents, so it times
 * out although the page loads; BiDi's own navigate with wait "complete" returns once the page has loaded.
 */
async function navigateAndWait(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext?: BidiContext }).browsingContext;
  if (typeof context?.navigate !== 'function') {
    throw new Error('puppeteer internals changed: no BiDi browsing context on the main frame (see navigateAndWait)');
  }
  await context.navigate(url, 'complete');
}

interface BidiContext {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
}
