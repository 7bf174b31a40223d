// `npm run check:sources`: unpacks the sources zip into a temporary folder, builds the Firefox extension there with
// the installed dependencies, and checks that every file equals the Firefox package's: what AMO reviewers do.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { readZip } from './packages/zip';

const ROOT = resolve(import.meta.dirname, '..');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const sourcesZip = join(ROOT, '.output', `${name}-${version}-sources.zip`);
const firefoxZip = join(ROOT, '.output', `${name}-${version}-firefox.zip`);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'listen-first-sources-'));
try {
  for (const entry of readZip(sourcesZip)) {
    if (entry.name.endsWith('/')) continue;
    mkdirSync(dirname(join(work, entry.name)), { recursive: true });
    writeFileSync(join(work, entry.name), entry.read());
  }
  // The reviewer runs `npm ci`; the dependencies installed here are the same package-lock.json's.
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
  execFileSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], { cwd: work, stdio: 'pipe' });

  const rebuiltDir = join(work, '.output', 'firefox-mv2');
  const rebuilt = new Map(filesUnder(rebuiltDir).map((file) => [file, readFileSync(join(rebuiltDir, file))]));
  const shipped = readZip(firefoxZip).filter((entry) => !entry.name.endsWith('/'));
  const problems: string[] = [];
  for (const entry of shipped) {
    const built = rebuilt.get(entry.name);
    if (!built) problems.push(`${entry.name}: in the package, not in the rebuild`);
    else if (!built.equals(entry.read())) problems.push(`${entry.name}: differs from the rebuild`);
    rebuilt.delete(entry.name);
  }
  for (const file of rebuilt.keys()) problems.push(`${file}: in the rebuild, not in the package`);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length) {
    console.error(`✗ the sources zip does not rebuild the Firefox package (${seconds} s):`);
    for (const problem of problems) console.error(`    ${problem}`);
    process.exitCode = 1;
  } else {
    console.log(`✓ the sources zip rebuilds the Firefox package byte for byte: ${shipped.length} files (${seconds} s)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
