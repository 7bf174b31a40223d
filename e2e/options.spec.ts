// The options page itself: no axe violations in either language, every control reachable and usable by keyboard
// with a visible focus, its link to the history page (activity.html), help texts linked to their controls, the list
// limits explained when a list is full, and a maximal settings object accepted by the browser's storage.sync.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS, LIST_LIMITS, type ListField, normalizeSettings } from '../lib/settings-model';
import { expect, test } from './harness/test';

async function openOptions(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('the options page has no accessibility violations, in English and in German', async ({ page, extensionUrl }) => {
  await openOptions(page, extensionUrl('options.html'));
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Listen First · Einstellungen');
  // With the guard off its threshold is disabled: scanned in that state too.
  await page.getByRole('checkbox', { name: 'Vor dem Posten warnen' }).uncheck();
  await expect(page.getByRole('radio', { name: /Auch Entwürfe mit Vorsicht/ })).toBeDisabled();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('every control is reached by Tab, shows its focus, and works from the keyboard', async ({
  page,
  extensionUrl,
}) => {
  await openOptions(page, extensionUrl('options.html'));
  const controls = page.locator('main').locator('input, select, textarea, button, a[href]');
  const total = await controls.count();
  expect(total).toBeGreaterThan(20);

  // Tab visits each control once (radio groups count once: arrow keys move inside them).
  const groups = new Set<string>();
  const seen = new Set<string>();
  for (let i = 0; i < total + 5; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        key: String([...document.querySelectorAll('main :is(input, select, textarea, button, a[href])')].indexOf(el)),
        radio: el.type === 'radio' ? el.name : null,
        outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0,
      };
    });
    if (!focused) continue;
    expect(focused.outline, `visible focus on ${focused.key}`).toBe(true);
    if (focused.radio) groups.add(focused.radio);
    seen.add(focused.key);
  }
  const radios = await page.locator('main input[type="radio"]').count();
  expect(seen.size).toBe(total - radios + groups.size);
  expect([...groups].sort()).toEqual(['guard', 'historyTexts', 'retentionDays', 'sensitivity']);

  // Space toggles a checkbox; arrow keys pick a radio; both save.
  const warn = page.getByRole('checkbox', { name: 'Warn before posting' });
  await warn.focus();
  await page.keyboard.press('Space');
  await expect(warn).not.toBeChecked();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.keyboard.press('Space');
  await expect(warn).toBeChecked();

  await page.getByRole('radio', { name: '90 days (recommended)' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('radio', { name: '30 days' })).toBeChecked();
});

test('the History link leads to the history page, at activity.html', async ({ page, extensionUrl }) => {
  await openOptions(page, extensionUrl('options.html'));
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page).toHaveURL(extensionUrl('activity.html'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Listen First · History');
});

test('help texts describe their controls, and the retention says older history is deleted', async ({
  page,
  extensionUrl,
}) => {
  await openOptions(page, extensionUrl('options.html'));
  await expect(page.getByRole('checkbox', { name: 'Warn before posting' })).toHaveAccessibleDescription(/Post anyway/);
  await expect(page.getByRole('checkbox', { name: 'Hostile wording' })).toHaveAccessibleDescription(
    'Insults, swearing, threats and contempt.',
  );
  await expect(page.getByLabel('Phrases to always flag', { exact: true })).toHaveAccessibleDescription(
    /warning in every draft/,
  );
  await expect(page.getByRole('group', { name: 'Keep history for' })).toHaveAccessibleDescription(
    /Older history .* is deleted/,
  );
});

test('a list past its storage limit keeps what fits and says how much was not saved', async ({
  page,
  extensionUrl,
}) => {
  await openOptions(page, extensionUrl('options.html'));
  const field = page.getByLabel('Phrases to always flag', { exact: true });
  const lines = Array.from({ length: 150 }, (_, i) => `Wendung ${i}`);
  await field.fill(lines.join('\n'));
  await field.blur();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await expect(page.getByText(/^Not saved: \d+ entries, because this list is full\.$/)).toBeVisible();
  const kept = (await field.inputValue()).split('\n');
  expect(kept).toEqual(lines.slice(0, kept.length));
  expect(kept.length).toBeLessThan(lines.length);
});

test("Chromium's storage.sync takes a maximal settings object, and refuses one past its per-item quota", async ({
  serviceWorker,
}) => {
  // Every list filled far past its limits with the costliest characters; normalizeSettings cuts it to fit.
  const costly = (i: number) => `${i}€"😀`.padEnd(140, '€');
  const lists = Object.fromEntries(
    (Object.keys(LIST_LIMITS) as ListField[]).map((field) => [
      field,
      Array.from({ length: 400 }, (_, i) => (field === 'disabledRules' ? `rule-${i}`.padEnd(50, 'x') : costly(i))),
    ]),
  );
  const maximal = normalizeSettings({ ...DEFAULT_SETTINGS, ...lists });
  const tooBig = { ...maximal, watchlist: Array.from({ length: 200 }, (_, i) => costly(i)) };
  const results = await serviceWorker.evaluate(
    async ([ok, over]) => {
      const sync = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } })
        .chrome.storage.sync;
      const attempt = (value: object) =>
        sync.set({ 'quota-probe': value }).then(
          () => 'stored',
          (error: Error) => error.message,
        );
      return [await attempt(ok), await attempt(over)];
    },
    [maximal, tooBig] as const,
  );
  expect(results[0]).toBe('stored');
  expect(results[1]).toMatch(/QUOTA_BYTES_PER_ITEM|QuotaBytesPerItem/);
});
