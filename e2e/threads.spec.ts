// Reading threads with the built extension, per site: every item the adapter reads is marked with its id and the
// engine's tone, the history stores it once, late replies and single-page navigation are picked up, the side panel
// shows the brief, and nothing lands in the site's storage or on the network.
import type { Page } from '@playwright/test';
import { expect, test } from './harness/test';
import { adapterThread, adapterThreads, expectedTones, marksIn, storedCounts } from './harness/threads';
import { THREAD_CASES } from './threads.cases';

/** Every item of every thread on the page is marked with its id and tone; returns the thread in focus. */
async function expectAllMarked(page: Page, site: Parameters<typeof adapterThread>[1]) {
  const threads = await adapterThreads(page, site);
  const items = threads.flatMap((t) => t.items);
  expect(items.length).toBeGreaterThan(0);
  await expect.poll(async () => (await marksIn(page)).map((m) => m.id).sort()).toEqual(items.map((i) => i.id).sort());
  const tones = await expectedTones(page, items);
  for (const mark of await marksIn(page)) expect(mark.tone, mark.id).toBe(tones.get(mark.id));
  return adapterThread(page, site);
}

for (const c of THREAD_CASES) {
  test.describe(c.name, () => {
    test('marks every item with its id and tone, and stores the thread once per item', async ({
      page,
      serviceWorker,
      network,
    }) => {
      await page.goto(c.url);
      const thread = await expectAllMarked(page, c.site);
      await expect
        .poll(() => storedCounts(serviceWorker, c.site, thread.id))
        .toEqual({ items: thread.items.length, visits: 1 });

      // A reload is a second visit; the items are not stored twice.
      await page.reload();
      await expectAllMarked(page, c.site);
      await expect
        .poll(() => storedCounts(serviceWorker, c.site, thread.id))
        .toEqual({ items: thread.items.length, visits: 2 });

      expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      expect(network.unexpected()).toEqual([]);
    });

    test('the side panel briefs this thread, and after a reload knows the earlier visit', async ({
      extension,
      page,
      extensionUrl,
    }) => {
      await page.goto(c.url);
      const thread = await expectAllMarked(page, c.site);
      // The panel briefs the thread in focus: a feed's other threads are marked too, but not in its counts.
      const inThread = new Set(thread.items.map((i) => i.id));
      const marks = (await marksIn(page)).filter((m) => inThread.has(m.id));
      const count = (tone: string) => marks.filter((m) => m.tone === tone).length;

      const panel = await extension.context.newPage();
      await panel.goto(extensionUrl('sidepanel.html'));
      await page.bringToFront();
      await panel.reload();
      await expect(panel.locator('[data-lf-brief]')).toContainText(`${thread.items.length} comments read`);
      await expect(panel.locator('[data-lf-tone-mix]')).toHaveText(
        `${count('positive')} positive · ${count('neutral')} neutral · ${count('negative')} negative`,
      );
      await expect(panel.locator('[data-lf-brief]')).toContainText('Your first visit to this thread.');

      // The history, read back through the background from an extension page, remembers this visit.
      await page.reload();
      await expectAllMarked(page, c.site);
      await page.bringToFront();
      await panel.reload();
      await expect(panel.locator('[data-lf-new]')).toHaveAttribute('data-lf-new', '0');
    });

    if (c.late) {
      const late = c.late;
      test('picks up replies that appear later', async ({ page }) => {
        await page.goto(late.url);
        const before = await expectAllMarked(page, c.site);
        await page.getByText(late.control).first().click();
        await expect
          .poll(async () => (await adapterThread(page, c.site)).items.length)
          .toBeGreaterThan(before.items.length);
        await expectAllMarked(page, c.site);
      });
    }

    if (c.spa) {
      const spa = c.spa;
      test('follows navigation to another thread without a reload', async ({ page, serviceWorker }) => {
        await page.goto(spa.url);
        const first = await expectAllMarked(page, c.site);
        const control = typeof spa.control === 'string' ? page.locator(spa.control) : page.getByText(spa.control);
        await control.first().click();
        await expect.poll(async () => (await adapterThread(page, c.site)).id).not.toBe(first.id);
        const second = await expectAllMarked(page, c.site);
        await expect
          .poll(() => storedCounts(serviceWorker, c.site, second.id))
          .toEqual({ items: second.items.length, visits: 1 });
      });
    }

    if (c.recycle) {
      const recycle = c.recycle;
      test('follows list cells that are reused for other items', async ({ page }) => {
        await page.goto(recycle.url);
        const first = await expectAllMarked(page, c.site);
        for (let step = 0; step < 3; step++) {
          const before = (await adapterThread(page, c.site)).items.map((i) => i.id).join();
          await page.locator(recycle.control).click();
          await expect
            .poll(async () => (await adapterThread(page, c.site)).items.map((i) => i.id).join())
            .not.toBe(before);
          // expectAllMarked compares the page's marks with the adapter: a reused cell with a stale id fails it.
          await expectAllMarked(page, c.site);
        }
        const last = await adapterThread(page, c.site);
        expect(last.items.some((i) => !first.items.some((f) => f.id === i.id))).toBe(true);
      });
    }
  });
}

test('the side panel briefs the thread in front and scrolls the page to an entry', async ({
  extension,
  page,
  extensionUrl,
}) => {
  // The long Facebook thread: 1,250 items, so an entry's comment starts out of view.
  await page.goto('https://www.facebook.com/LauftreffNordpark/posts/pfbid0long2');
  await expect.poll(async () => (await marksIn(page)).length, { timeout: 15_000 }).toBe(1250);
  const marks = await marksIn(page);
  const count = (tone: string) => marks.filter((m) => m.tone === tone).length;

  const panel = await extension.context.newPage();
  await panel.goto(extensionUrl('sidepanel.html'));
  await page.bringToFront();
  await panel.reload();
  await expect(panel.locator('[data-lf-brief]')).toContainText('1250 comments read');
  await expect(panel.locator('[data-lf-tone-mix]')).toHaveText(
    `${count('positive')} positive · ${count('neutral')} neutral · ${count('negative')} negative`,
  );

  // Every open entry is a comment the page marked as a complaint or a question.
  const openable = new Set(marks.filter((m) => /complaint|question/.test(m.flags)).map((m) => m.id));
  const entries = panel.locator('[data-lf-open] li');
  const total = await entries.count();
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(openable.size);

  const last = entries.nth(total - 1);
  await last.click();
  await expect
    .poll(() => page.evaluate(() => window.scrollY), { message: 'the page scrolled to the entry' })
    .toBeGreaterThan(1000);
});
