// What a store package must satisfy: its manifest (version, manifest version, Gecko id, exact permissions,
// default CSP) and its code (no script loaded from a remote URL). Pure functions, so unit tests can feed them.
import type { ZipEntry } from './zip';

export type Target = 'chrome' | 'firefox';

/** What wxt.config.ts declares (storage) plus what WXT adds for the Chrome side panel; the README's table. */
export const EXPECTED_PERMISSIONS: Record<Target, string[]> = {
  chrome: ['sidePanel', 'storage'],
  firefox: ['storage'],
};

// Ways code can load a script from the network. Plain URL strings (links, XML namespaces, the sites' own
// match patterns) are data, not code, so only these loading forms count.
const REMOTE = String.raw`["'\x60](?:https?:)?//`;
const REMOTE_SCRIPT_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\bimport\s*\(\s*${REMOTE}[^"'\x60]*`, 'g'),
  new RegExp(String.raw`\bimport\s*${REMOTE}[^"'\x60]*`, 'g'),
  new RegExp(String.raw`\bfrom\s*${REMOTE}[^"'\x60]*`, 'g'),
  new RegExp(String.raw`\bimportScripts\s*\(\s*${REMOTE}[^"'\x60]*`, 'g'),
  new RegExp(String.raw`\bnew\s+(?:Shared)?Worker\s*\(\s*${REMOTE}[^"'\x60]*`, 'g'),
  new RegExp(String.raw`\.src\s*=\s*${REMOTE}[^"'\x60]*\.m?js\b`, 'g'),
  /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\/[^\s"'>]*/gi,
];

/** Every place in a JS or HTML file that loads a script from a remote URL. */
export function remoteScriptUrls(code: string): string[] {
  return REMOTE_SCRIPT_PATTERNS.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[0]));
}

const sorted = (list: unknown): string[] => (Array.isArray(list) ? list.map(String).sort() : []);

/** Problems with one built manifest, as messages; empty when it is fine. */
export function manifestProblems(target: Target, manifest: unknown, version: string): string[] {
  if (!manifest || typeof manifest !== 'object') return ['manifest.json is not a JSON object'];
  const m = manifest as Record<string, unknown>;
  const problems: string[] = [];
  if (m.version !== version) problems.push(`version is ${String(m.version)}, package.json says ${version}`);
  if (target === 'chrome' && m.manifest_version !== 3) {
    problems.push(`manifest_version is ${String(m.manifest_version)}, Chrome needs 3`);
  }
  if (target === 'firefox') {
    if (m.manifest_version !== 2 && m.manifest_version !== 3) {
      problems.push(`manifest_version is ${String(m.manifest_version)}`);
    }
    const gecko = (m.browser_specific_settings as { gecko?: { id?: unknown } } | undefined)?.gecko;
    if (typeof gecko?.id !== 'string' || gecko.id === '') problems.push('no browser_specific_settings.gecko.id');
  }
  const permissions = sorted(m.permissions);
  const expected = [...EXPECTED_PERMISSIONS[target]].sort();
  if (permissions.join() !== expected.join()) {
    problems.push(`permissions are [${permissions.join(', ')}], expected [${expected.join(', ')}]`);
  }
  for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions']) {
    if (sorted(m[key]).length > 0) problems.push(`${key} is not empty: [${sorted(m[key]).join(', ')}]`);
  }
  // The browsers' default extension CSP forbids remote code; any policy here could loosen it.
  if (m.content_security_policy !== undefined) problems.push('content_security_policy is set');
  return problems;
}

/** Files the manifest names (background, content scripts, pages) that the package does not contain. */
export function missingFiles(manifest: Record<string, unknown>, names: Set<string>): string[] {
  const background = (manifest.background ?? {}) as { service_worker?: string; scripts?: string[]; page?: string };
  const scripts = (manifest.content_scripts ?? []) as { js?: string[]; css?: string[] }[];
  const pages = [manifest.options_ui, manifest.action, manifest.browser_action, manifest.side_panel]
    .map((p) => (p as Record<string, unknown> | undefined) ?? {})
    .map((p) => p.page ?? p.default_popup ?? p.default_path);
  const referenced = [
    background.service_worker,
    background.page,
    ...(background.scripts ?? []),
    ...scripts.flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])]),
    ...pages,
  ].filter((file): file is string => typeof file === 'string');
  return referenced.filter((file) => !names.has(file));
}

/** Problems with one extension package (the Chrome or Firefox zip), as messages. */
export function packageProblems(target: Target, entries: ZipEntry[], version: string): string[] {
  const manifestEntry = entries.find((e) => e.name === 'manifest.json');
  if (!manifestEntry) return ['no manifest.json at the top of the package'];
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestEntry.read().toString('utf8'));
  } catch (error) {
    return [`manifest.json does not parse: ${(error as Error).message}`];
  }
  const problems = manifestProblems(target, manifest, version);
  if (problems.length === 0) {
    const missing = missingFiles(manifest as Record<string, unknown>, new Set(entries.map((e) => e.name)));
    for (const file of missing) problems.push(`manifest names ${file}, which is not in the package`);
  }
  for (const entry of entries.filter((e) => /\.(m?js|html)$/.test(e.name))) {
    for (const found of remoteScriptUrls(entry.read().toString('utf8'))) {
      problems.push(`${entry.name} loads remote code: ${found.slice(0, 120)}`);
    }
  }
  return problems;
}

/** The sources zip AMO reviewers rebuild from: the build inputs, none of the installed or built trees. */
export function sourcesProblems(entries: ZipEntry[]): string[] {
  const names = new Set(entries.map((e) => e.name));
  const problems = ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', '.gitignore']
    .filter((file) => !names.has(file))
    .map((file) => `sources zip lacks ${file}`);
  const built = entries.filter((e) => /(^|\/)(node_modules|\.output|\.wxt)\//.test(e.name));
  if (built.length > 0) problems.push(`sources zip contains installed or built files, e.g. ${built[0]?.name}`);
  return problems;
}
