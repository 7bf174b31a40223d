// With a German browser and the default setting, Listen First speaks German everywhere.
import { routeFor } from './fixtures/routes';
import { expect, inPageUi, test } from './harness/test';

test.use({ locale: 'de-DE' });

test('German browser: page button, popup and settings are German', async ({ page, extensionUrl }) => {
  await page.goto(routeFor('linkedin').url);
  await inPageUi(page).getByRole('button', { name: 'Listen First öffnen' }).click();
  await expect(inPageUi(page).getByRole('dialog')).toContainText('Hört mit auf LinkedIn');

  await page.goto(extensionUrl('popup.html'));
  await expect(page.getByRole('status')).toHaveText(/läuft auf dieser Seite nicht/);

  await page.goto(extensionUrl('options.html'));
  await expect(page.getByLabel('Sprache')).toHaveValue('auto');
  await expect(page.getByRole('option', { name: 'Wie der Browser (Deutsch)' })).toHaveCount(1);
});
