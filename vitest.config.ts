// Unit tests: Node with WXT's fake browser. DOM, selector and editor behaviour is tested in real
// Chromium by Playwright (e2e/), never in jsdom or happy-dom.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
