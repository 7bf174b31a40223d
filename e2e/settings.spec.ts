// Settings v2 in the built extension: each change made on the options page reaches a site tab that is already open,
// with a draft in its composer, without a reload: warn-before-posting off lets the post through, an always-flag
// phrase is flagged, a rule family switched off loses its findings (in the draft and on comment badges), and the
// sensitivity filters mild findings; a shorter retention prunes older history at once. Drafts use phrases from the
// seed articles (001, 002).
import type { Page } from '@playwright/test';
import { GUARD_CASES, type GuardCase } from './guard/cases';
import { badgeOf, card, cardRules, posts, submit, typeInto } from './guard/helpers';
import { expect, test, uiHost } from './harness/test';

const FB = GUARD_CASES.find((c) => c.name.startsWith('facebook')) as GuardCase;
const PROMO_DE = 'Jetzt kaufen und 20 % sparen mit dem Code SOMMER20! Link in Bio.';
/** Seed 001's good example: a question, no advert. */
const INVITING = 'Wie finden Sie unser neues Produkt X?';
/** Seed 002's bad example: self-promotion and an order to buy. */
const ADVERT = 'Hier ist meine Werbung. KONSUMIERE!!!';
const CAUTION_DE = 'Wie du sicher weißt, ist das eigentlich ganz einfach.';

/** The options page in a second tab; each change is made there, then the site's tab comes back to the front. */
async function openOptions(page: Page, url: string): Promise<(change: (o: Page) => Promise<void>) => Promise<void>> {
  const options = await page.context().newPage();
  await options.goto(url);
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  await page.bringToFront();
  return async (change) => {
    await options.bringToFront();
    await change(options);
    await page.bringToFront();
  };
}

const panel = (page: Page) => page.locator('lf=[data-lf-draft-panel]');

/** Waits until the rule ids the badge's panel lists pass `check` (the panel redraws as settings arrive). */
async function expectPanelRules(page: Page, name: string, check: (rules: (string | null)[]) => boolean) {
  if (!(await panel(page).isVisible())) await (await badgeOf(page, name)).click();
  await expect(panel(page)).toBeVisible();
  const rules = () =>
    panel(page)
      .locator('[data-lf-rule]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-lf-rule')));
  await expect.poll(async () => check(await rules()), { message: 'rules in the panel' }).toBe(true);
}

test.beforeEach(async ({ page }) => {
  await page.goto(FB.url);
  await expect(uiHost(page)).toHaveCount(1);
});

test('warn before posting off: the open draft is no longer stopped, the badge still warns', async ({
  page,
  extensionUrl,
}) => {
  await typeInto(page, FB.main, PROMO_DE);
  const badge = await badgeOf(page, FB.main);
  await expect(badge).toHaveAttribute('data-lf-verdict', 'warn');
  await expect(badge).toHaveAttribute('data-lf-guarded', 'true');

  const change = await openOptions(page, extensionUrl('options.html'));
  await change(async (o) => {
    await o.getByRole('checkbox', { name: 'Warn before posting' }).uncheck();
    await expect(o.getByRole('status')).toHaveText('Saved');
    // The threshold has no say while the guard is off.
    await expect(o.getByRole('radio', { name: 'Also stop drafts with cautions' })).toBeDisabled();
  });
  // The open tab knows the guard is off before the user sends.
  await expect(badge).toHaveAttribute('data-lf-guarded', 'false');
  await expect(badge).toHaveAttribute('data-lf-verdict', 'warn');
  await submit(page, FB, FB.main, 'key');
  await expect.poll(() => posts(page)).toEqual([{ composer: FB.main, text: PROMO_DE }]);
  await expect(card(page)).toHaveCount(0);
});

test('an always-flag phrase is flagged in the open draft and stops it once', async ({ page, extensionUrl }) => {
  await typeInto(page, FB.main, INVITING);
  const badge = await badgeOf(page, FB.main);
  await expect(badge).not.toHaveAttribute('data-lf-verdict', 'warn');

  const change = await openOptions(page, extensionUrl('options.html'));
  await change(async (o) => {
    const field = o.getByLabel('Phrases to always flag', { exact: true });
    await field.fill('Produkt X');
    await field.blur();
    await expect(o.getByRole('status')).toHaveText('Saved');
  });
  await expect(badge).toHaveAttribute('data-lf-verdict', 'warn');
  await expectPanelRules(page, FB.main, (rules) => rules.includes('always-flag'));
  await expect(panel(page).locator('[data-lf-rule="always-flag"] q')).toHaveText('Produkt X');
  await expect(panel(page).locator('[data-lf-rule="always-flag"]')).toContainText('You asked to always flag');

  await submit(page, FB, FB.main, 'key');
  await expect(card(page)).toBeVisible();
  expect(await cardRules(page)).toContain('always-flag');
  expect(await posts(page)).toEqual([]);
});

test('a rule family switched off loses its findings in the open draft', async ({ page, extensionUrl }) => {
  await typeInto(page, FB.main, ADVERT);
  await expect(await badgeOf(page, FB.main)).toHaveAttribute('data-lf-verdict', 'warn');
  await expectPanelRules(page, FB.main, (r) => r.includes('call-to-action') && r.includes('self-promotion'));

  const change = await openOptions(page, extensionUrl('options.html'));
  await change(async (o) => {
    await o.getByRole('checkbox', { name: 'Sales talk' }).uncheck();
    await expect(o.getByRole('status')).toHaveText('Saved');
  });
  await expectPanelRules(page, FB.main, (r) => !r.includes('call-to-action') && r.includes('self-promotion'));

  await change(async (o) => {
    await o.getByRole('checkbox', { name: 'Spam and self-promotion' }).uncheck();
    await expect(o.getByRole('checkbox', { name: 'Spam and self-promotion' })).not.toBeChecked();
  });
  await expectPanelRules(page, FB.main, (r) => !r.includes('call-to-action') && !r.includes('self-promotion'));
  await expect(await badgeOf(page, FB.main)).not.toHaveAttribute('data-lf-verdict', 'warn');
});

test('low sensitivity drops a caution from the open draft; normal brings it back', async ({ page, extensionUrl }) => {
  await typeInto(page, FB.main, CAUTION_DE);
  const badge = await badgeOf(page, FB.main);
  await expect(badge).toHaveAttribute('data-lf-verdict', 'caution');

  const change = await openOptions(page, extensionUrl('options.html'));
  await change((o) => o.getByRole('radio', { name: /^Low/ }).check());
  await expect(badge).toHaveAttribute('data-lf-verdict', 'ok');
  await change((o) => o.getByRole('radio', { name: /^Normal/ }).check());
  await expect(badge).toHaveAttribute('data-lf-verdict', 'caution');
});

test('promotional comment badges go when their rule families are switched off', async ({ page, extensionUrl }) => {
  await page.goto('https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0demo1');
  const promo = page.locator('lf=[data-lf-badge][data-flags~="promotional"]');
  await expect(promo.first()).toBeAttached();

  const change = await openOptions(page, extensionUrl('options.html'));
  await change(async (o) => {
    await o.getByRole('checkbox', { name: 'Sales talk' }).uncheck();
    await o.getByRole('checkbox', { name: 'Spam and self-promotion' }).uncheck();
    await expect(o.getByRole('checkbox', { name: 'Spam and self-promotion' })).not.toBeChecked();
  });
  await expect(promo).toHaveCount(0);

  await change((o) => o.getByRole('checkbox', { name: 'Sales talk' }).check());
  await expect(promo.first()).toBeAttached();
});

test('shortening the retention deletes older history at once', async ({ page, serviceWorker, extensionUrl }) => {
  /** Reads (or seeds an aged copy into) the history's threads, in the service worker where the database lives. */
  const threads = (op: 'keys' | 'age-copy') =>
    serviceWorker.evaluate(
      ([what, days]) =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('listen-first');
          // Before the background made it, an open would create an empty database that blocks the background's own.
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const store = db.transaction('threads', 'readwrite').objectStore('threads');
            const all = store.getAll();
            all.onsuccess = () => {
              const rows = all.result as { key: string; lastSeen: number }[];
              if (what === 'age-copy' && rows[0]) {
                // A copy of the thread, last seen 60 days ago: kept at 90 days, due at 30.
                store.put({ ...rows[0], key: 'facebook:old-thread', lastSeen: Date.now() - days * 86_400_000 });
              }
              store.transaction.oncomplete = () => {
                db.close();
                resolve(what === 'keys' ? rows.map((r) => r.key) : []);
              };
            };
            all.onerror = () => reject(all.error);
          };
        }),
      [op, 60] as const,
    );
  // The open composer page's thread is in the history.
  await expect.poll(async () => (await threads('keys')).length).toBe(1);
  await threads('age-copy');
  expect(await threads('keys')).toContain('facebook:old-thread');

  const change = await openOptions(page, extensionUrl('options.html'));
  await change(async (o) => {
    await o.getByRole('radio', { name: '30 days' }).check();
    await expect(o.getByRole('status')).toHaveText('Saved');
  });
  await expect.poll(() => threads('keys')).not.toContain('facebook:old-thread');
  expect(await threads('keys')).toHaveLength(1);
});
