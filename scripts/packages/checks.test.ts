// The package checks catch what they claim to: remote script loads, wrong permissions, a missing Gecko id,
// a manifest naming files the package lacks; and they pass the URLs that are data, not code.
import { describe, expect, it } from 'vitest';
import { manifestProblems, missingFiles, packageProblems, remoteScriptUrls, sourcesProblems } from './checks';
import type { ZipEntry } from './zip';

const entry = (name: string, text = ''): ZipEntry => ({ name, size: text.length, read: () => Buffer.from(text) });

const chrome = {
  manifest_version: 3,
  version: '1.2.3',
  permissions: ['storage', 'sidePanel'],
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['https://x.com/*'], js: ['content-scripts/x.js'] }],
  side_panel: { default_path: 'sidepanel.html' },
};
const firefox = {
  manifest_version: 2,
  version: '1.2.3',
  permissions: ['storage'],
  browser_specific_settings: { gecko: { id: 'listen-first@listen-first.app' } },
  background: { scripts: ['background.js'] },
};

describe('remoteScriptUrls', () => {
  it('finds every form of loading a script from the network', () => {
    const code = [
      'import("https://cdn.example/a.js")',
      'import"https://cdn.example/b.js";',
      'import{x}from"//cdn.example/c.js"',
      "importScripts('http://cdn.example/d.js')",
      'new Worker(`https://cdn.example/e.js`)',
      's.src="https://cdn.example/f.min.js"',
      '<script type="module" src="https://cdn.example/g.js"></script>',
    ].join('\n');
    expect(remoteScriptUrls(code)).toHaveLength(7);
  });

  it('leaves URLs that are data alone', () => {
    const code = [
      'document.createElementNS("http://www.w3.org/2000/svg","svg")',
      'const matches=["https://www.facebook.com/*"]',
      'a.href="https://react.dev/errors/"+n',
      'img.src="https://x.com/logo.png"',
      '<script type="module" src="/chunks/popup.js"></script>',
    ].join('\n');
    expect(remoteScriptUrls(code)).toEqual([]);
  });
});

describe('manifestProblems', () => {
  it('accepts the manifests the builds produce', () => {
    expect(manifestProblems('chrome', chrome, '1.2.3')).toEqual([]);
    expect(manifestProblems('firefox', firefox, '1.2.3')).toEqual([]);
  });

  it('wants MV3 on Chrome, a Gecko id on Firefox and the version of package.json', () => {
    expect(manifestProblems('chrome', { ...chrome, manifest_version: 2 }, '1.2.3')).toEqual([
      'manifest_version is 2, Chrome needs 3',
    ]);
    expect(manifestProblems('firefox', { ...firefox, browser_specific_settings: {} }, '1.2.3')).toEqual([
      'no browser_specific_settings.gecko.id',
    ]);
    expect(manifestProblems('chrome', chrome, '1.2.4')).toEqual(['version is 1.2.3, package.json says 1.2.4']);
  });

  it('wants exactly the declared permissions, no host permissions and the default CSP', () => {
    expect(manifestProblems('firefox', { ...firefox, permissions: ['storage', 'tabs'] }, '1.2.3')).toEqual([
      'permissions are [storage, tabs], expected [storage]',
    ]);
    expect(manifestProblems('chrome', { ...chrome, permissions: ['storage'] }, '1.2.3')).toHaveLength(1);
    expect(manifestProblems('chrome', { ...chrome, host_permissions: ['<all_urls>'] }, '1.2.3')).toEqual([
      'host_permissions is not empty: [<all_urls>]',
    ]);
    expect(manifestProblems('firefox', { ...firefox, content_security_policy: "script-src 'self'" }, '1.2.3')).toEqual([
      'content_security_policy is set',
    ]);
  });
});

describe('packageProblems', () => {
  const files = ['background.js', 'content-scripts/x.js', 'sidepanel.html'];

  it('passes a complete package and names the files a manifest points to but the package lacks', () => {
    const complete = [entry('manifest.json', JSON.stringify(chrome)), ...files.map((f) => entry(f))];
    expect(packageProblems('chrome', complete, '1.2.3')).toEqual([]);
    expect(missingFiles(chrome, new Set(['background.js']))).toEqual(['content-scripts/x.js', 'sidepanel.html']);
  });

  it('reports a missing or broken manifest and remote code in any script', () => {
    expect(packageProblems('chrome', [entry('background.js')], '1.2.3')).toEqual([
      'no manifest.json at the top of the package',
    ]);
    expect(packageProblems('chrome', [entry('manifest.json', '{')], '1.2.3')[0]).toMatch(/does not parse/);
    const remote = [
      entry('manifest.json', JSON.stringify(chrome)),
      ...files.map((f) => entry(f)),
      entry('chunks/a.js', 'import("https://cdn.example/x.js")'),
    ];
    expect(packageProblems('chrome', remote, '1.2.3')).toEqual([
      'chunks/a.js loads remote code: import("https://cdn.example/x.js',
    ]);
  });
});

describe('sourcesProblems', () => {
  const inputs = ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', '.gitignore'].map((f) => entry(f));

  it('wants the build inputs and none of the installed or built trees', () => {
    expect(sourcesProblems(inputs)).toEqual([]);
    expect(sourcesProblems(inputs.slice(1))).toEqual(['sources zip lacks package.json']);
    expect(sourcesProblems([...inputs, entry('e2e/editors/draft-js/node_modules/react/index.js')])).toHaveLength(1);
  });
});
