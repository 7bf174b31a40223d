// Launches real Chromium with the built extension loaded; shared by the e2e tests and `npm start`.
// CHROMIUM_PATH chooses the browser; Debian's /usr/bin/chromium is the default, Playwright's own the fallback.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
/** `wxt build --mode e2e`: the same extension plus the test switches that production builds compile out. */
export const E2E_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
export type Build = 'production' | 'e2e';

/** undefined means "Playwright's own Chromium", which only exists where it was installed. */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  headless: boolean;
  locale?: string;
  build?: Build;
}): Promise<ExtensionBrowser> {
  const dir = options.build === 'e2e' ? E2E_EXTENSION_DIR : EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    const command = options.build === 'e2e' ? 'npm run build:e2e' : 'npm run build';
    throw new Error(`No built extension at ${dir}: run "${command}" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'listen-first-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    headless: options.headless,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 860 },
    // On Linux, Chromium takes its UI language (browser.i18n.getUILanguage) from LANGUAGE, not --lang.
    env: { ...process.env, LANGUAGE: (options.locale ?? 'en-US').replace('-', '_') },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these Chromium floods a closed network with its own background connections.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    serviceWorker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
