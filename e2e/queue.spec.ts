// The reply queue on the built extension: threads read for real on two sites fill it, the side panel and popup list
// it oldest first, the toolbar counts it, "open" and "done" work, and a reply read in its thread answers an entry.
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './harness/test';
import { readDemoThread } from './history/helpers';

const SAM = 'x:1861008177361846273';
const CHRIS = 'x:1861014468817846274';
const TOBIAS = 'facebook:900000000000002';
/** Mia Sommer's handle: her reply to Tobias's question becomes the user's own once the settings say so. */
const MIA = '100000000000077';

const badgeText = (serviceWorker: Worker) =>
  serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );

const entries = (view: Page) => view.locator('[data-lf-queue-entry]');
const entryKeys = (view: Page) =>
  entries(view).evaluateAll((list) => list.map((li) => li.getAttribute('data-lf-queue-entry')));

async function violations(view: Page) {
  return (await new AxeBuilder({ page: view }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test.describe('the reply queue', () => {
  test('lists waiting questions and complaints of two sites; open, done and an answer in the thread take them out', async ({
    extension,
    page,
    serviceWorker,
    extensionUrl,
  }) => {
    // Two sites read twice, three extension pages: more steps than most tests.
    test.setTimeout(90_000);
    await readDemoThread(page, 'facebook');
    await readDemoThread(page, 'x');
    // Batches are debounced: the toolbar count follows once both threads are stored.
    await expect.poll(() => badgeText(serviceWorker), { timeout: 15_000 }).toBe('3');

    // A panel over no thread shows the whole queue, oldest first.
    const panel = await extension.context.newPage();
    await panel.goto(extensionUrl('sidepanel.html'));
    await expect(panel.locator('[data-lf-queue="all"]')).toBeVisible();
    await expect.poll(() => entryKeys(panel)).toEqual([SAM, CHRIS, TOBIAS]);
    const sam = panel.locator(`[data-lf-queue-entry="${SAM}"]`);
    await expect(sam).toContainText('Question');
    await expect(sam).toContainText('Sam Reed on X');
    await expect(sam).toContainText('Is the price fixed for 24 months');
    // Written long before the test: over a day, said in words as well as colour.
    await expect(sam).toHaveAttribute('data-lf-wait', 'late');
    await expect(sam).toContainText('over 24 h');
    await expect(panel.locator(`[data-lf-queue-entry="${CHRIS}"]`)).toContainText('Complaint');
    expect(await violations(panel)).toEqual([]);

    // "Open" opens the comment's own https link in a new tab.
    // The test network serves only the fixtures, so the tab's request is what shows where it went.
    const opened = extension.context.waitForEvent('request', (request) => request.isNavigationRequest());
    await sam.getByRole('button', { name: "Open Sam Reed's comment on X in a new tab" }).click();
    expect((await opened).url()).toBe('https://x.com/sam_reads/status/1861008177361846273');
    await panel.bringToFront();

    // "Done" takes an entry out, and the count follows.
    await panel
      .locator(`[data-lf-queue-entry="${CHRIS}"]`)
      .getByRole('button', { name: /^Mark Chris P\./ })
      .click();
    await expect.poll(() => entryKeys(panel)).toEqual([SAM, TOBIAS]);
    await expect.poll(() => badgeText(serviceWorker)).toBe('2');

    // The user's own reply to Tobias, read in its thread, answers him.
    await serviceWorker.evaluate(
      (handle) =>
        (
          globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }
        ).chrome.storage.sync.set({ settings: { ownHandles: [handle] } }),
      MIA,
    );
    await page.bringToFront();
    await readDemoThread(page, 'facebook');
    await expect.poll(() => badgeText(serviceWorker), { timeout: 15_000 }).toBe('1');
    await panel.bringToFront();
    await panel.reload();
    await expect.poll(() => entryKeys(panel)).toEqual([SAM]);
    // "Done" stays done: reading the thread again does not bring Chris back.
    await readDemoThread(page, 'x');
    // The panel follows the active tab: in front, it has no thread and shows the whole queue.
    await panel.bringToFront();
    await panel.reload();
    await expect.poll(() => entryKeys(panel)).toEqual([SAM]);

    // The popup lists the same.
    const popup = await extension.context.newPage();
    await popup.goto(extensionUrl('popup.html'));
    await expect.poll(() => entryKeys(popup)).toEqual([SAM]);
    expect(await violations(popup)).toEqual([]);
  });

  test('under a thread’s brief, the panel shows the other threads as “elsewhere”', async ({
    extension,
    page,
    extensionUrl,
  }) => {
    await readDemoThread(page, 'x');
    await readDemoThread(page, 'facebook');
    const panel = await extension.context.newPage();
    await panel.goto(extensionUrl('sidepanel.html'));
    await page.bringToFront();
    await expect
      .poll(
        async () => {
          await panel.reload();
          return entryKeys(panel);
        },
        { timeout: 15_000 },
      )
      .toEqual([SAM, CHRIS]);
    await expect(panel.locator('[data-lf-queue="elsewhere"]')).toContainText('Waiting elsewhere');
  });

  test.describe('German browser', () => {
    test.use({ locale: 'de-DE' });
    test('speaks German', async ({ extension, page, extensionUrl }) => {
      await readDemoThread(page, 'facebook');
      const panel = await extension.context.newPage();
      await panel.goto(extensionUrl('sidepanel.html'));
      await expect
        .poll(
          async () => {
            await panel.reload();
            return entryKeys(panel);
          },
          { timeout: 15_000 },
        )
        .toEqual([TOBIAS]);
      await expect(panel.getByRole('heading', { name: /Wartet auf Ihre Antwort/ })).toBeVisible();
      await expect(panel.locator(`[data-lf-queue-entry="${TOBIAS}"]`)).toContainText('Tobias Kern auf Facebook');
      await expect(
        panel.getByRole('button', { name: 'Kommentar von Tobias Kern als erledigt markieren' }),
      ).toBeVisible();
      expect(await violations(panel)).toEqual([]);
    });
  });
});

test.describe('the weekly report', () => {
  test('sums up the week from the history, passes axe, and prints without its buttons', async ({
    extension,
    page,
    extensionUrl,
  }) => {
    await readDemoThread(page, 'facebook');
    await readDemoThread(page, 'x');
    const report = await extension.context.newPage();
    await expect
      .poll(
        async () => {
          await report.goto(extensionUrl('report.html'));
          return report.locator('[data-lf-report="threads"]').textContent();
        },
        { timeout: 15_000 },
      )
      .toBe('2');
    await expect(report.getByRole('heading', { level: 1 })).toHaveText('Weekly report');
    await expect(report.locator('[data-lf-report-waiting]')).toHaveCount(3);
    await expect(report.locator(`[data-lf-report-waiting="${SAM}"]`)).toContainText('Sam Reed on X');
    await expect(report.getByTestId('report-tone').locator('tbody tr')).toHaveCount(7);
    expect(await violations(report)).toEqual([]);

    const print = report.getByRole('button', { name: 'Print or save as PDF' });
    await expect(print).toBeVisible();
    await report.emulateMedia({ media: 'print' });
    await expect(print).toBeHidden();
    await expect(report.getByTestId('report-waiting')).toBeVisible();
    // The week before holds nothing read: its figures say so instead of repeating this week's.
    await report.emulateMedia({ media: 'screen' });
    await report.getByRole('button', { name: 'Previous week' }).click();
    await expect(report.locator('[data-lf-report="threads"]')).toHaveText('0');
    await expect(report).toHaveURL(/report\.html\?end=\d{4}-\d{2}-\d{2}$/);
  });

  test.describe('German browser', () => {
    test.use({ locale: 'de-DE' });
    test('speaks German and passes axe', async ({ extension, extensionUrl }) => {
      const report = await extension.context.newPage();
      await report.goto(extensionUrl('report.html'));
      await expect(report.getByRole('heading', { level: 1 })).toHaveText('Wochenbericht');
      await expect(report.getByText('Niemand wartet.')).toBeVisible();
      await expect(report.locator('html')).toHaveAttribute('lang', 'de');
      expect(await violations(report)).toEqual([]);
    });
  });
});
