// `npm run check:packages`: opens the store packages `npm run zip` wrote to .output/ and checks each one
// (scripts/packages/checks.ts); prints their sizes, exits non-zero on any problem.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageProblems, sourcesProblems, type Target } from './packages/checks';
import { readZip } from './packages/zip';

const ROOT = resolve(import.meta.dirname, '..');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const OUTPUT = join(ROOT, '.output');

const PACKAGES: { file: string; check: (entries: ReturnType<typeof readZip>) => string[] }[] = [
  ...(['chrome', 'firefox'] as Target[]).map((target) => ({
    file: `${name}-${version}-${target}.zip`,
    check: (entries: ReturnType<typeof readZip>) => packageProblems(target, entries, version),
  })),
  { file: `${name}-${version}-sources.zip`, check: sourcesProblems },
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
let failed = false;
let total = 0;
for (const { file, check } of PACKAGES) {
  const path = join(OUTPUT, file);
  if (!existsSync(path)) {
    console.error(`✗ ${file}: missing; run "npm run zip" first`);
    failed = true;
    continue;
  }
  const entries = readZip(path);
  const problems = check(entries);
  const size = statSync(path).size;
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  total += size;
  console.log(
    `${problems.length ? '✗' : '✓'} ${file}: ${kb(size)} (${entries.length} entries, ${kb(unpacked)} unpacked)`,
  );
  for (const problem of problems) console.error(`    ${problem}`);
  if (problems.length) failed = true;
}
console.log(`total ${kb(total)}`);
process.exit(failed ? 1 : 0);
