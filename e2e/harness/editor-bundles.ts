// Builds the real editor frameworks (Lexical, Draft.js, TipTap, Quill) from npm into one script each, for the
// fixture pages to load from /__fixtures__/editors/<name>.js under the site's own host name.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const EDITOR_DIR = resolve(import.meta.dirname, '../editors');

/** Editor name -> entry file. Draft.js has its own folder and node_modules: it needs React 18 (findDOMNode). */
export const EDITOR_ENTRIES: Record<string, string> = {
  lexical: 'lexical.ts',
  'draft-js': 'draft-js/index.jsx',
  tiptap: 'tiptap.ts',
  quill: 'quill.ts',
};

/** The URL path fixture pages load an editor from; served on every fixture host. */
export const EDITOR_PATH = /^\/__fixtures__\/editors\/([a-z-]+)\.js$/;

const cache = new Map<string, Promise<string>>();

export function editorBundle(name: string): Promise<string> {
  const entry = EDITOR_ENTRIES[name];
  if (!entry) return Promise.reject(new Error(`No fixture editor named ${name}`));
  const file = resolve(EDITOR_DIR, entry);
  if (!existsSync(file)) return Promise.reject(new Error(`Fixture editor entry missing: ${file}`));
  let bundle = cache.get(name);
  if (!bundle) {
    bundle = build({
      entryPoints: [file],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome116',
      charset: 'ascii',
      minify: true,
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
      write: false,
    }).then((result) => new TextDecoder().decode(result.outputFiles[0]?.contents));
    cache.set(name, bundle);
  }
  return bundle;
}
