// The history page on real data: threads read through the content scripts land there, search finds their comments,
// the timeline dialog works by keyboard, and export → delete all → import restores the same history.
import { sampleFile } from '../../scripts/history-sample';
import { expect, test } from '../harness/test';
import { expectThreads, exportJson, importFile, openHistory, readDemoThread, withoutStamp } from './helpers';

test('a thread read on Facebook is listed, found by a word of a comment, and shown as a timeline', async ({
  extension,
  page,
  extensionUrl,
}) => {
  await readDemoThread(page, 'facebook');
  const history = await openHistory(extension.context, extensionUrl);
  await expectThreads(history, 1);
  const row = history.locator('[data-lf-entry="thread"]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Thread by Bäckerei Morgenrot');
  await expect(row).toContainText('Facebook');

  await history.getByTestId('history-search').fill('verschlos');
  const hit = history.locator('[data-lf-entry="item"]');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('Jana Berger');
  await expect(hit.locator('mark')).toHaveText('verschlossener');
  await expect(history.getByRole('heading', { name: '1 matches' })).toBeVisible();

  // The timeline opens with the focus inside, closes on Escape, and gives the focus back to its button.
  const opener = hit.getByRole('button', { name: 'Timeline' });
  await opener.click();
  const dialog = history.getByRole('dialog', { name: 'Thread by Bäckerei Morgenrot' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-lf-timeline="visit"]')).toHaveCount(1);
  await expect(dialog.locator('[data-lf-timeline="item"]').first()).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await history.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  await history.getByTestId('history-search').fill('nirgendwo');
  await expect(history.getByTestId('history-empty')).toHaveText('Nothing matches this search or these filters.');
});

test('export → delete all → import restores the same history', async ({ extension, page, extensionUrl }) => {
  await readDemoThread(page, 'facebook');
  await readDemoThread(page, 'x');
  const history = await openHistory(extension.context, extensionUrl);
  await expectThreads(history, 2);
  // Posts (with outcomes and findings) from a sample, beside the two threads read for real.
  await importFile(history, 'sample.json', sampleFile({ threads: 8, itemsPerThread: 4, now: Date.now(), days: 10 }));
  await expect(history.getByTestId('transfer-status')).toContainText('Imported: 8 new threads');
  const before = await exportJson(history);
  expect(before.name).toMatch(/^listen-first-history-\d{4}-\d{2}-\d{2}\.json$/);
  const records = JSON.parse(before.text).records as { type: string }[];
  expect(records.filter((r) => r.type === 'thread')).toHaveLength(10);
  expect(records.filter((r) => r.type === 'item').length).toBeGreaterThan(4 + 32);
  expect(records.filter((r) => r.type === 'draft').length).toBeGreaterThan(0);
  expect(records.filter((r) => r.type === 'visit').length).toBeGreaterThanOrEqual(10);

  await history.getByRole('button', { name: 'Delete all history' }).click();
  const confirm = history.getByRole('dialog', { name: 'Delete all history?' });
  // The harmless choice has the focus: Enter here would cancel, not delete.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(history.getByTestId('transfer-status')).toHaveText('All history deleted.');
  await expect(history.locator('[data-lf-total="threads"]')).toHaveText('0');
  await expect(history.getByTestId('history-empty')).toBeVisible();

  await importFile(history, before.name, before.text);
  await expect(history.getByTestId('transfer-status')).toContainText('Imported: 10 new threads');
  await expect(history.locator('[data-lf-total="threads"]')).toHaveText('10');
  const after = await exportJson(history);
  expect(withoutStamp(after.text)).toBe(withoutStamp(before.text));

  // Importing the same file again doubles nothing.
  await importFile(history, before.name, before.text);
  await expect(history.getByTestId('transfer-status')).toContainText('Imported: 0 new threads, 0 comments, 0 posts');
  expect(withoutStamp((await exportJson(history)).text)).toBe(withoutStamp(before.text));
});

test('a corrupt or foreign file is refused with a clear message, and nothing changes', async ({
  extension,
  page,
  extensionUrl,
}) => {
  await readDemoThread(page, 'linkedin');
  const history = await openHistory(extension.context, extensionUrl);
  await expectThreads(history, 1);
  const original = await exportJson(history);
  const problems = history.getByTestId('import-problems');

  // Cut off in the middle, as an interrupted download would be.
  await importFile(history, 'cut.json', original.text.slice(0, Math.floor(original.text.length / 2)));
  await expect(problems).toContainText('The file was not imported; your history is unchanged.');
  await expect(problems).toContainText(/The file is not valid JSON: the error is on line \d+, column \d+\./);

  await importFile(history, 'tweets.json', JSON.stringify({ tweets: [{ id: 1, text: 'hi' }] }));
  await expect(problems).toContainText('This is not a Listen First history export.');

  // One bad record among good ones: refused whole, with the line of the bad one.
  const lines = original.text.split('\n');
  const itemLine = lines.findIndex((l) => l.includes('"type":"item"'));
  lines[itemLine] = (lines[itemLine] as string).replace(/"tone":"\w+"/, '"tone":"furious"');
  await importFile(history, 'edited.json', lines.join('\n'));
  await expect(problems).toContainText(
    `Line ${itemLine + 1}: comment: "tone" must be one of positive, neutral, negative`,
  );

  expect(withoutStamp((await exportJson(history)).text)).toBe(withoutStamp(original.text));
  await expect(history.locator('[data-lf-total="threads"]')).toHaveText('1');
});

test("popup counts today's threads and tells whether the guard is on", async ({ extension, page, extensionUrl }) => {
  await readDemoThread(page, 'xing');
  const popup = await extension.context.newPage();
  await expect(async () => {
    await popup.goto(extensionUrl('popup.html'));
    await expect(popup.locator('[data-lf-today="threads"]')).toHaveText('1', { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(popup.locator('[data-lf-today="posts"]')).toHaveText('0');
  // Its History button opens activity.html: a page named history.html would be the browser's own History (Ctrl+H).
  const opened = extension.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'History' }).click();
  const history = await opened;
  await expect(history).toHaveURL(extensionUrl('activity.html'));
  await expect(history.getByRole('heading', { level: 1 })).toHaveText('Listen First · History');
});
