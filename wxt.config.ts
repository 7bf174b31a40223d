// WXT build configuration: manifest, permissions and the Vite pipeline for every entrypoint.
// Content scripts declare their own host matches (lib/sites/registry.ts); nothing here widens them.
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';

const PREACT_FOR_REACT = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: lib/analysis must run under plain Node, and visible imports keep
  // a content script's weight reviewable.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Listen First',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings (storage.sync) and per-tab page status (storage.session).
    // sidePanel is added by WXT for the Chrome build. Nothing else: no tabs, no host permissions.
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'listen-first@listen-first.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
  zip: {
    // The sources zip is what AMO reviewers rebuild from. WXT leaves out dotfiles, but Tailwind reads .gitignore
    // to decide which files to scan for class names: without it the rebuilt CSS (and so every bundle) differs.
    includeSources: ['.gitignore', '.npmrc'],
  },
  hooks: {
    // Content scripts run on every page of the four sites, so their UI uses Preact's React API (preact/compat,
    // about 4 KB gzip instead of React's 60); the extension's own pages keep React.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const existing = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...PREACT_FOR_REACT, ...existing] };
    },
  },
  vite: () => ({
    plugins: [tailwindcss()],
    build: {
      // Chromium refuses a content script that is not valid UTF-8; a minified bundle can carry a
      // lone U+FFFF. ASCII output escapes such characters (see shared/docs/setup-notes.md).
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  }),
});
