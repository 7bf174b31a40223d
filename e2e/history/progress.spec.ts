// Import progress on the page: a file of a few thousand comments shows the bar (checking, then saving) up to 100 %,
// and Cancel during the save leaves the history exactly as it was. The bar's states are recorded in the page as
// they are drawn, so a fast import cannot slip past the test.
import type { Page } from '@playwright/test';
import { sampleFile } from '../../scripts/history-sample';
import { expect, test } from '../harness/test';
import { countRecords, exportJson, importFile, openHistory, withoutStamp } from './helpers';

interface Seen {
  phase: string | null;
  now: number;
  min: number;
  max: number;
  text: string;
}

declare global {
  interface Window {
    lfProgressSeen?: Seen[];
  }
}

/** Records every state of the progress bar; with `cancelWhenSaving`, clicks Cancel once the save has begun. */
function watchProgress(page: Page, cancelWhenSaving: boolean): Promise<void> {
  return page.evaluate((cancel) => {
    const seen: Seen[] = [];
    window.lfProgressSeen = seen;
    let clicked = false;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      if (!bar) return;
      const entry = {
        phase: bar.closest('[data-phase]')?.getAttribute('data-phase') ?? null,
        now: Number(bar.getAttribute('aria-valuenow')),
        min: Number(bar.getAttribute('aria-valuemin')),
        max: Number(bar.getAttribute('aria-valuemax')),
        text: document.querySelector('[data-testid="transfer-progress-label"]')?.textContent ?? '',
      };
      if (seen.at(-1)?.text !== entry.text) seen.push(entry);
      if (cancel && !clicked && entry.phase === 'writing' && /Saving: [1-9]/.test(entry.text)) {
        clicked = true;
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel import')?.click();
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  }, cancelWhenSaving);
}

const seenStates = (page: Page) => page.evaluate(() => window.lfProgressSeen ?? []);

// 600 threads of 5 comments, with their visits and posts: more than one step of the check and of the save.
const file = () => sampleFile({ threads: 600, itemsPerThread: 5, now: Date.now(), days: 20 });

test('an import shows its progress, checking then saving, up to 100 %', async ({ extension, extensionUrl }) => {
  const history = await openHistory(extension.context, extensionUrl);
  await watchProgress(history, false);
  await importFile(history, 'big.json', file());
  await expect(history.getByTestId('transfer-status')).toContainText('Imported: 600 new threads, 3000 comments', {
    timeout: 60_000,
  });
  await expect(history.getByRole('progressbar')).toHaveCount(0);

  const seen = await seenStates(history);
  expect(seen.map((s) => s.phase).filter((p, i, all) => p !== all[i - 1])).toEqual(['checking', 'writing']);
  for (const state of seen) expect([state.min, state.max]).toEqual([0, 100]);
  const saving = seen.filter((s) => s.phase === 'writing');
  expect(saving.map((s) => s.now)).toEqual([...saving.map((s) => s.now)].sort((a, b) => a - b));
  expect(saving.at(-1)?.now).toBe(100);
  expect(seen[0]?.text).toMatch(/^Checking the file: [\d,]+ of [\d,]+ records \(\d+%\)$/);
  expect(saving.at(-1)?.text).toMatch(/^Saving: ([\d,]+) of \1 records \(100%\)$/);
  await expect(history.locator('[data-lf-total="threads"]')).toHaveText('600');
});

test('Cancel during the save leaves the history as it was', async ({ extension, serviceWorker, extensionUrl }) => {
  const history = await openHistory(extension.context, extensionUrl);
  await importFile(history, 'small.json', sampleFile({ threads: 5, itemsPerThread: 3, now: Date.now(), days: 5 }));
  await expect(history.getByTestId('transfer-status')).toContainText('Imported: 5 new threads');
  const before = await exportJson(history);
  const counts = await countRecords(serviceWorker);

  await watchProgress(history, true);
  await importFile(history, 'big.json', file());
  await expect(history.getByTestId('transfer-status')).toHaveText('Import cancelled; your history is unchanged.', {
    timeout: 60_000,
  });
  const seen = await seenStates(history);
  expect(seen.some((s) => s.phase === 'writing' && s.now > 0 && s.now < 100)).toBe(true);
  await expect(history.getByRole('button', { name: 'Cancel import' })).toHaveCount(0);

  expect(await countRecords(serviceWorker)).toEqual(counts);
  expect(withoutStamp((await exportJson(history)).text)).toBe(withoutStamp(before.text));
  await expect(history.locator('[data-lf-total="threads"]')).toHaveText('5');
});
