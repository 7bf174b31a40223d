// The full-disk notice the background leaves (lib/db/quota.ts, unit-tested with a failing write): the history page
// and the popup show it in words, and dismissing it clears it everywhere.
import { expect, test } from '../harness/test';

declare const chrome: {
  storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
};

test('a full disk is reported on the history page and in the popup until dismissed', async ({
  extension,
  page,
  serviceWorker,
  extensionUrl,
}) => {
  await page.goto(extensionUrl('activity.html'));
  await expect(page.getByTestId('history-empty')).toBeVisible();
  await expect(page.getByTestId('quota-banner')).toHaveCount(0);

  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({ historyQuota: { at: Date.UTC(2026, 11, 1, 9, 30), keptDays: 30, lost: 2 } }),
  );
  // The open page follows the notice as it is written.
  const banner = page.getByTestId('quota-banner');
  await expect(banner).toContainText('The disk was full on');
  await expect(banner).toContainText('history older than 30 days was deleted');
  await expect(banner).toContainText('2 updates could not be saved even then');

  const popup = await extension.context.newPage();
  await popup.goto(extensionUrl('popup.html'));
  await expect(popup.getByRole('alert')).toContainText('history older than 30 days was deleted');

  await banner.getByRole('button', { name: 'OK' }).click();
  await expect(banner).toHaveCount(0);
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get('historyQuota'))).toEqual({});
  await popup.reload();
  await expect(popup.getByRole('alert')).toHaveCount(0);
});
