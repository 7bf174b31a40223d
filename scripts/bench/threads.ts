// Thread-reading benchmark in real Chromium on each site's 1,000-comment fixture: time until every item is
// marked, long tasks (over 50 ms) with and without the extension, and the JS heap the content script adds.
import { chromium, type Page } from '@playwright/test';
import { FIXTURE_ROUTES } from '../../e2e/fixtures/routes';
import { chromiumExecutable, launchWithExtension } from '../../e2e/harness/browser';
import { serveFixtures } from '../../e2e/harness/network';
import { kb, ms } from './stats';

// Long tasks that start after the load event: the fixtures build their 1,000 comments in an inline script before
// load (that is the page's own work), and the content script starts at document_idle, after load.
const LONG_TASK_PROBE = `
  window.__lfLongTasks = [];
  new PerformanceObserver((list) => {
    const loaded = performance.timing.loadEventEnd ? performance.timing.loadEventEnd - performance.timing.navigationStart : Infinity;
    for (const e of list.getEntries()) if (e.startTime >= loaded) window.__lfLongTasks.push(Math.round(e.duration));
  }).observe({ type: 'longtask', buffered: true });
`;

interface PageFigures {
  longTasks: number[];
  heapBytes: number;
}

async function settle(page: Page): Promise<PageFigures> {
  // Let the page finish its own work, then read what happened.
  await page.waitForTimeout(1500);
  const longTasks = await page.evaluate(() => (window as unknown as { __lfLongTasks: number[] }).__lfLongTasks);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { longTasks, heapBytes: usedSize };
}

async function baseline(url: string): Promise<PageFigures> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext();
    await serveFixtures(context);
    const page = await context.newPage();
    await page.addInitScript(LONG_TASK_PROBE);
    await page.goto(url);
    return await settle(page);
  } finally {
    await browser.close();
  }
}

export async function runThreadBench(): Promise<void> {
  const longFixtures = FIXTURE_ROUTES.filter((r) => r.site && /long|1000/.test(r.file));
  if (longFixtures.length === 0) {
    console.log('\n== Thread reading: no 1,000-comment fixtures found');
    return;
  }
  console.log('\n== Thread reading in Chromium with the built extension, 1,000-comment fixtures');
  for (const route of longFixtures) {
    const plain = await baseline(route.url);
    const extension = await launchWithExtension({ headless: true });
    try {
      await serveFixtures(extension.context);
      const page = extension.context.pages()[0] ?? (await extension.context.newPage());
      await page.addInitScript(LONG_TASK_PROBE);
      const start = Date.now();
      await page.goto(route.url);
      // Every item is marked when the count reaches what the page holds and stays there for 500 ms.
      await page.waitForFunction(() => document.querySelectorAll('[data-lf-id]').length >= 1000, undefined, {
        timeout: 60_000,
        polling: 50,
      });
      let markedMs = Date.now() - start;
      let last = -1;
      for (let still = 0; still < 10; ) {
        const count = await page.evaluate(() => document.querySelectorAll('[data-lf-id]').length);
        if (count === last) still++;
        else {
          still = 0;
          last = count;
          markedMs = Date.now() - start;
        }
        await page.waitForTimeout(50);
      }
      const marked = await page.evaluate(() => document.querySelectorAll('[data-lf-id]').length);
      const figures = await settle(page);
      const extra = figures.longTasks.length - plain.longTasks.length;
      console.log(`  ${route.site?.padEnd(9)} ${route.file}`);
      console.log(`    all ${marked} items marked ${ms(markedMs)} after navigation`);
      console.log(
        `    long tasks over 50 ms after load: ${figures.longTasks.length} with the extension, ${plain.longTasks.length} without (added: ${Math.max(0, extra)}; longest ${ms(Math.max(0, ...figures.longTasks))})`,
      );
      console.log(
        `    JS heap: ${kb(figures.heapBytes)} with, ${kb(plain.heapBytes)} without (added ${kb(figures.heapBytes - plain.heapBytes)})`,
      );
    } finally {
      await extension.close();
    }
  }
}
