// Thread-reading benchmark in real Chromium on each site's 1,000-comment fixture: time from the page's load event
// until every item is marked, long tasks (over 50 ms) with and without the extension, and the JS heap the content script adds; also with
// one 5 MB comment and with every comment past the length limit (lib/limits.ts), which must not add a long task.
import { chromium, type Page } from '@playwright/test';
import { FIXTURE_ROUTES } from '../../e2e/fixtures/routes';
import { chromiumExecutable, launchWithExtension } from '../../e2e/harness/browser';
import { serveFixtures } from '../../e2e/harness/network';
import { figure, slug } from './figures';
import { profileScript } from './script-runs';
import { kb, ms } from './stats';

// Long tasks that start after the load event: the fixtures build their 1,000 comments in an inline script before
// load (that is the page's own work), and the content script starts at document_idle, after load.
// The same probe notes, in the page's own clock, when a comment last got its data-lf-id: the time from the load event
// to that moment is the figure (the fixture's own build before load is not ours, and can take seconds here).
const LONG_TASK_PROBE = `
  window.__lfLongTasks = [];
  new PerformanceObserver((list) => {
    const loaded = performance.timing.loadEventEnd ? performance.timing.loadEventEnd - performance.timing.navigationStart : Infinity;
    for (const e of list.getEntries()) if (e.startTime >= loaded) window.__lfLongTasks.push(Math.round(e.duration));
  }).observe({ type: 'longtask', buffered: true });
  window.__lfLastMark = 0;
  new MutationObserver(() => { window.__lfLastMark = performance.now(); })
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-lf-id'] });
`;

/** How the page grows its comments before load (its own work, not measured): none, one 5 MB comment, all long. */
type Growth = 'none' | 'one-5mb' | 'all-12k';

/** Runs in the page at DOMContentLoaded: text nodes of 30 characters or more are comment bodies, titles and names. */
const growScript = (growth: Growth) => `
  document.addEventListener('DOMContentLoaded', () => {
    const growth = ${JSON.stringify(growth)};
    if (growth === 'none') return;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const long = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.nodeValue || '').trim().length >= 30) long.push(n);
    const grow = (node, size) => { const v = node.nodeValue + ' '; node.nodeValue = v.repeat(Math.ceil(size / v.length)).slice(0, size); };
    if (growth === 'one-5mb') grow(long[Math.min(3, long.length - 1)], 5 * 1024 * 1024);
    else for (const node of long) grow(node, 12000);
  });
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

async function baseline(url: string, growth: Growth): Promise<PageFigures> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext();
    await serveFixtures(context);
    const page = await context.newPage();
    await page.addInitScript(LONG_TASK_PROBE);
    await page.addInitScript(growScript(growth));
    await page.goto(url);
    return await settle(page);
  } finally {
    await browser.close();
  }
}

/** `only`: a word the fixture's site or file name must hold (one site's or one fixture's runs), else every fixture. */
export async function runThreadBench(only?: string): Promise<void> {
  const longFixtures = FIXTURE_ROUTES.filter(
    (r) => r.site && /long|1000/.test(r.file) && (!only || `${r.site} ${r.file}`.includes(only)),
  );
  if (longFixtures.length === 0) {
    console.log('\n== Thread reading: no 1,000-comment fixtures found');
    return;
  }
  console.log('\n== Thread reading in Chromium with the built extension, 1,000-comment fixtures');
  const runs = [
    ...longFixtures.map((route) => ({ route, growth: 'none' as Growth })),
    // The limits at work: one fixture per site with a 5 MB comment, and with every comment over the limit.
    ...[...new Map(longFixtures.map((r) => [r.site, r])).values()].flatMap((route) => [
      { route, growth: 'one-5mb' as Growth },
      { route, growth: 'all-12k' as Growth },
    ]),
  ];
  for (const { route, growth } of runs) {
    const plain = await baseline(route.url, growth);
    const extension = await launchWithExtension({ headless: true });
    try {
      await serveFixtures(extension.context);
      const page = extension.context.pages()[0] ?? (await extension.context.newPage());
      await page.addInitScript(LONG_TASK_PROBE);
      await page.addInitScript(growScript(growth));
      const profiler = await profileScript(page);
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
      // From the load event's end to the last data-lf-id the page saw set, in the page's clock.
      const afterLoadMs = await page.evaluate(
        () =>
          (window as unknown as { __lfLastMark: number }).__lfLastMark -
          (performance.timing.loadEventEnd - performance.timing.navigationStart),
      );
      const figures = await settle(page);
      const script = await profiler.stop();
      const extra = figures.longTasks.length - plain.longTasks.length;
      const grown = { none: '', 'one-5mb': ', one comment of 5 MB', 'all-12k': ', every text 12,000 characters' }[
        growth
      ];
      // threads.<figure>.<site>.<fixture>[.one_5mb|.all_12k]
      const key = (what: string) =>
        `threads.${what}.${slug(route.site ?? 'site')}.${slug(route.file.replace(/^.*\//, '').replace(/\.html$/, ''))}${growth === 'none' ? '' : `.${slug(growth)}`}`;
      figure('threads', key('marked_after_load'), afterLoadMs / 1000, 's', 0.5);
      figure('threads', key('marked_after_navigation'), markedMs / 1000, 's');
      figure('threads', key('long_tasks_added'), Math.max(0, extra), 'count', 0);
      figure('threads', key('long_tasks_with'), figures.longTasks.length, 'count');
      figure('threads', key('longest_task'), Math.max(0, ...figures.longTasks), 'ms');
      figure('threads', key('script_longest'), script.longest, 'ms');
      figure('threads', key('script_over_50ms'), script.over50, 'count');
      figure('threads', key('heap_added'), (figures.heapBytes - plain.heapBytes) / 1024, 'KB');
      console.log(`  ${route.site?.padEnd(9)} ${route.file}${grown}`);
      console.log(`    all ${marked} items marked ${ms(afterLoadMs)} after load (${ms(markedMs)} after navigation)`);
      console.log(
        `    long tasks over 50 ms after load: ${figures.longTasks.length} with the extension, ${plain.longTasks.length} without (added: ${Math.max(0, extra)}; longest ${ms(Math.max(0, ...figures.longTasks))})`,
      );
      console.log(
        `    Listen First's script without a break: longest ${ms(script.longest)}, ${script.over50} stretches over 50 ms (CPU profile)`,
      );
      console.log(
        `    JS heap: ${kb(figures.heapBytes)} with, ${kb(plain.heapBytes)} without (added ${kb(figures.heapBytes - plain.heapBytes)})`,
      );
    } finally {
      await extension.close();
    }
  }
}
