// Bundles the site adapters and the thread reader into one script that adapter tests inject into fixture
// pages, so selectors are tested in real Chromium against real-structure DOM (never jsdom).
import { resolve } from 'node:path';
import { build } from 'esbuild';

let cached: Promise<string> | null = null;

export function adapterBundle(): Promise<string> {
  cached ??= build({
    entryPoints: [resolve(import.meta.dirname, 'adapter-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    charset: 'ascii',
    write: false,
  }).then((result) => new TextDecoder().decode(result.outputFiles[0]?.contents));
  return cached;
}
