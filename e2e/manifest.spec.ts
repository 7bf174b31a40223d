// The built manifest asks for no more than the product needs (no <all_urls>, no tabs, no host permissions),
// and its content scripts match exactly the hosts in lib/sites/registry.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_IDS, SITES } from '../lib/sites/registry';
import { EXTENSION_DIR } from './harness/browser';
import { expect, test } from './harness/test';

const manifest = () => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

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
