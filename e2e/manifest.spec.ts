// The built manifest asks for no more than the product needs (no <all_urls>, no tabs, no host permissions),
// takes over no browser page, and its content scripts match exactly the hosts in lib/sites/registry.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_IDS, SITES } from '../lib/sites/registry';
import { E2E_EXTENSION_DIR, EXTENSION_DIR } from './harness/browser';
import { expect, test } from './harness/test';

const manifest = () => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

/**
 * Every top-level key of the Chrome build. WXT derives keys from entrypoint names (a folder called history/ became
 * chrome_url_overrides.history and took over Ctrl+H), so a new key must be a decision made here, not a side effect.
 */
const CHROME_KEYS = [
  'action',
  'background',
  'content_scripts',
  'default_locale',
  'description',
  'icons',
  'manifest_version',
  'minimum_chrome_version',
  'name',
  'options_ui',
  'permissions',
  'short_name',
  'side_panel',
  'version',
];

/** Keys that replace a page or setting of the browser's own (new tab, history, bookmarks, home page, search). */
const OVERRIDES = ['chrome_url_overrides', 'chrome_settings_overrides'];

test('the Chrome manifest has exactly the expected top-level keys, so it overrides no browser page', () => {
  expect(Object.keys(manifest()).sort()).toEqual(CHROME_KEYS);
});

test('the Firefox build, when there is one, overrides no browser page either', () => {
  // Built by "npm run zip" (part of npm test) or "npm run build:firefox"; a Chrome-only run has none.
  const path = join(EXTENSION_DIR, '..', 'firefox-mv2', 'manifest.json');
  test.skip(!existsSync(path), 'no Firefox build in .output/firefox-mv2');
  const firefox = JSON.parse(readFileSync(path, 'utf8'));
  for (const key of OVERRIDES) expect(firefox[key], key).toBeUndefined();
});

test('permissions are minimal', () => {
  const m = manifest();
  expect(m.manifest_version).toBe(3);
  expect([...m.permissions].sort()).toEqual(['sidePanel', 'storage']);
  expect(m.host_permissions ?? []).toEqual([]);
  expect(m.optional_permissions ?? []).toEqual([]);
  expect(m.web_accessible_resources ?? []).toEqual([]);
  expect(JSON.stringify(m)).not.toContain('<all_urls>');
  // No remote code: the default MV3 policy, not loosened.
  expect(m.content_security_policy).toBeUndefined();
});

test('one content script per site, matching only its hosts', () => {
  const scripts: { matches: string[]; js: string[] }[] = manifest().content_scripts;
  expect(scripts).toHaveLength(SITE_IDS.length);
  for (const id of SITE_IDS) {
    const script = scripts.find((s) => s.js.includes(`content-scripts/${id}.js`));
    expect(script, id).toBeDefined();
    expect([...(script?.matches ?? [])].sort()).toEqual([...SITES[id].matches].sort());
  }
});

test('name and description are localised in German and English', () => {
  expect(manifest().name).toBe('__MSG_extName__');
  for (const lang of ['de', 'en']) {
    const messages = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales', lang, 'messages.json'), 'utf8'));
    expect(messages.extName.message).toBe('Listen First');
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
  }
});

test('content scripts are plain ASCII, so Chromium never rejects one as "not UTF-8"', () => {
  for (const id of SITE_IDS) {
    const code = readFileSync(join(EXTENSION_DIR, 'content-scripts', `${id}.js`));
    expect(
      code.every((byte) => byte < 0x80),
      id,
    ).toBe(true);
  }
});

/** Test switches (lib/content/test-switches.ts) and the names they hide behind in the code that uses them. */
const TEST_SWITCHES = ['debug:failGuard', 'failGuard', 'forced guard failure', 'debug:threadStatus'];

test('production content scripts carry no test switch; the end-to-end build does, so this check can fail', () => {
  const files = (dir: string) => SITE_IDS.map((id) => readFileSync(join(dir, 'content-scripts', `${id}.js`), 'utf8'));
  for (const code of files(EXTENSION_DIR)) {
    for (const word of TEST_SWITCHES) expect(code.includes(word), word).toBe(false);
  }
  // The e2e build is made by "npm run test:e2e" before Playwright starts (package.json).
  expect(existsSync(join(E2E_EXTENSION_DIR, 'manifest.json')), 'an e2e build to compare with').toBe(true);
  for (const code of files(E2E_EXTENSION_DIR)) expect(code.includes('debug:failGuard')).toBe(true);
});

test("content scripts do not announce themselves to the page with WXT's postMessage", () => {
  // WXT posts "<extension id>:<name>:wxt:content-script-started" unless told not to; a page that posts it back
  // would end the script (e2e/hostile-page.spec.ts shows that nothing of the kind reaches the page now).
  const scripts: Record<string, unknown>[] = manifest().content_scripts;
  expect(scripts.length).toBe(SITE_IDS.length);
  for (const id of SITE_IDS) {
    const code = readFileSync(join(EXTENSION_DIR, 'content-scripts', `${id}.js`), 'utf8');
    expect(code, id).toContain('noScriptStartedPostMessage:!0');
  }
});
