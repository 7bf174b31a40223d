// Prints the raw and gzip size of every script in the built extension (npm run size, after a build).
// Content scripts come first: they are paid on every page load of the four sites.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../.output', process.argv[2] ?? 'chrome-mv3');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = files(root)
  .filter((f) => /\.(js|css|html)$/.test(f))
  .map((f) => {
    const data = readFileSync(f);
    return { file: relative(root, f), raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  })
  .sort(
    (a, b) =>
      Number(b.file.startsWith('content-scripts')) - Number(a.file.startsWith('content-scripts')) || b.raw - a.raw,
  );

console.log(`${root}\n${'file'.padEnd(48)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const r of rows) console.log(`${r.file.padEnd(48)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)}`);
const total = rows.reduce((s, r) => s + r.raw, 0);
console.log(`${'total'.padEnd(48)} ${kb(total).padStart(10)}`);
