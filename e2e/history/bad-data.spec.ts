// Bad data in the database never blanks a page: an impossible time reads "unknown time", a record the page cannot
// draw shows the error screen with a way to the settings, where "Delete all history" empties it, and a stored
// javascript: address is shown as text, never as a link.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/test';
import { countRecords, putRawRecords } from './helpers';

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`,
  );

/** Opens the history page on an empty history: that also creates the database, at the extension's own version. */
async function openEmptyHistory(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('history-empty')).toBeVisible();
}

const summary = { items: 1, positive: 0, neutral: 1, negative: 0, own: 0 };
const flags = { hostile: false, promotional: false, complaint: false, question: true, watchlist: [] };

function thread(key: string, url: string, at: number) {
  const [site, id] = key.split(':');
  return {
    key,
    site,
    id,
    url,
    rootText: 'Wann öffnet die Filiale wieder?',
    rootAuthor: 'Bäckerei Morgenrot',
    firstSeen: at,
    lastSeen: at,
    words: ['wann', 'öffnet', 'filiale', 'wieder', 'bäckerei', 'morgenrot'],
    summary,
  };
}

function item(threadKey: string, at: number) {
  return {
    key: `${threadKey}-c1`,
    id: `${threadKey.split(':')[1]}-c1`,
    site: threadKey.split(':')[0],
    threadKey,
    parentId: null,
    author: { name: 'Jana Berger' },
    text: 'Ab Montag, hoffe ich.',
    time: at,
    own: false,
    tone: 'neutral',
    toneScore: 0,
    flags,
    firstSeen: at,
    updatedAt: at,
    textVersions: 1,
    words: ['ab', 'montag', 'hoffe', 'ich', 'jana', 'berger'],
  };
}

function draft(threadKey: string | null, at: number) {
  return {
    at,
    site: 'facebook',
    threadKey,
    url: 'https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0demo1',
    composer: 'reply',
    outcome: 'clean',
    verdict: 'ok',
    findings: [],
    text: 'Danke für die Geduld!',
    chars: 21,
    lang: 'de',
    words: ['danke', 'für', 'die', 'geduld'],
  };
}

test('a time past the end of the calendar (9e15) reads "unknown time", and the page and its timeline still render', async ({
  page,
  serviceWorker,
  extensionUrl,
}) => {
  await openEmptyHistory(page, extensionUrl('activity.html'));
  const key = 'facebook:pfbid0future';
  const url = 'https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0future';
  await putRawRecords(serviceWorker, {
    threads: [thread(key, url, 9e15)],
    items: [item(key, 9e15)],
    visits: [{ threadKey: key, at: 9e15 }],
    drafts: [draft(key, 9e15)],
  });
  await page.reload();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Listen First · History');
  await expect(page.getByTestId('page-error')).toHaveCount(0);
  const rows = page.locator('[data-lf-entry]');
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await expect(row.locator('[data-lf-time="unknown"]')).toHaveText('unknown time');
  await expect(page.locator('[data-lf-total="threads"]')).toHaveText('1');
  await expect(page.locator('[data-lf-chart] canvas')).toHaveCount(3);

  await page.locator('[data-lf-entry="thread"]').getByRole('button', { name: 'Timeline' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thread by Bäckerei Morgenrot' });
  await expect(dialog).toContainText('first read unknown time');
  await expect(dialog.locator('[data-lf-timeline]')).toHaveCount(3);
  await expect(dialog.locator('[data-lf-time="unknown"]')).toHaveCount(3);
  // Its address is the site's own, over https: that one is a link.
  await expect(dialog.getByRole('link', { name: 'Open on Facebook' })).toHaveAttribute('href', url);
});

test('a record the page cannot draw shows the error screen, and "Delete all history" in the settings empties it', async ({
  page,
  serviceWorker,
  extensionUrl,
}) => {
  await openEmptyHistory(page, extensionUrl('activity.html'));
  const key = 'facebook:pfbid0demo1';
  const broken = { ...draft(key, Date.now()), findings: undefined };
  await putRawRecords(serviceWorker, {
    threads: [thread(key, 'https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0demo1', Date.now())],
    items: [item(key, Date.now())],
    // A post stored without its findings list: the row reads its length while drawing.
    drafts: [broken],
  });
  await page.reload();

  const screen = page.getByTestId('page-error');
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Listen First could not show this page');
  await expect(screen.getByRole('alert')).toHaveText(/Nothing was changed or deleted/);
  await expect(screen.locator('pre')).toHaveText(/^TypeError: Cannot read properties of undefined/);
  expect(await violations(page)).toEqual([]);

  // Reload draws the same record again: the screen comes back, not a blank page.
  await screen.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByTestId('page-error')).toBeVisible();

  await screen.getByRole('link', { name: 'Open the settings' }).click();
  await expect(page).toHaveURL(extensionUrl('options.html#history'));
  const section = page.locator('section#history');
  await expect(section.getByRole('heading', { name: 'History' })).toBeInViewport();
  await section.getByRole('button', { name: 'Delete all history' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete all history?' });
  // The harmless choice has the focus, as on the history page.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByTestId('delete-history-status')).toHaveText('All history deleted.');
  expect(await countRecords(serviceWorker)).toEqual({ threads: 0, items: 0, visits: 0, drafts: 0 });

  await page.goto(extensionUrl('activity.html'));
  await expect(page.getByTestId('history-empty')).toBeVisible();
  await expect(page.locator('[data-lf-total="threads"]')).toHaveText('0');
});

test('a stored javascript: thread address is shown as text, not as a link', async ({
  page,
  serviceWorker,
  extensionUrl,
}) => {
  await openEmptyHistory(page, extensionUrl('activity.html'));
  const key = 'facebook:pfbid0script';
  const address = 'javascript:document.title="pwned"';
  await putRawRecords(serviceWorker, { threads: [thread(key, address, Date.now())], items: [item(key, Date.now())] });
  await page.reload();

  await page.locator('[data-lf-entry="thread"]').getByRole('button', { name: 'Timeline' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thread by Bäckerei Morgenrot' });
  await expect(dialog.locator('[data-lf-address="not-linked"]')).toHaveText(
    `Stored address, not linked because it is not a Facebook address: ${address}`,
  );
  await expect(dialog.getByRole('link')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
});

test.describe('German browser', () => {
  test.use({ locale: 'de-DE' });

  test('the error screen and the unknown time speak German', async ({ page, serviceWorker, extensionUrl }) => {
    await openEmptyHistory(page, extensionUrl('activity.html'));
    const key = 'facebook:pfbid0future';
    await putRawRecords(serviceWorker, {
      threads: [thread(key, 'https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0future', 9e15)],
    });
    await page.reload();
    await expect(page.locator('[data-lf-entry="thread"] [data-lf-time="unknown"]')).toHaveText('Zeit unbekannt');

    await putRawRecords(serviceWorker, { drafts: [{ ...draft(key, Date.now()), findings: undefined }] });
    await page.reload();
    const screen = page.getByTestId('page-error');
    await expect(screen.getByRole('heading', { level: 1 })).toHaveText(
      'Listen First konnte diese Seite nicht anzeigen',
    );
    await expect(screen.getByRole('button', { name: 'Neu laden' })).toBeVisible();
    await expect(screen.getByRole('link', { name: 'Einstellungen öffnen' })).toHaveAttribute(
      'href',
      'options.html#history',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    expect(await violations(page)).toEqual([]);
  });
});
