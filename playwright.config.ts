// End-to-end tests: the built extension (.output/chrome-mv3) in real Chromium, pages served under real host names.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never', outputFolder: '.output/playwright-report' }]]
    : 'list',
  outputDir: '.output/test-results',
  use: { trace: 'retain-on-failure' },
});
