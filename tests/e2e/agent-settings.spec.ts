import { expect, test } from '@playwright/test';
import { logInAsDemoOwner, uniqueSuffix } from './inbox-helpers';

test('configure the agent: field errors, expired offer marked, save as versions, restore from history', async ({ page }) => {
  await logInAsDemoOwner(page);
  await page.goto('/agent');
  await expect(page.getByRole('heading', { name: 'AI assistant', level: 1 })).toBeVisible();

  const agentName = `Mila ${uniqueSuffix()}`;
  await page.getByLabel('Assistant name').fill(agentName);
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  // A product with a price the currency cannot have: the error sits next to the field.
  await page.getByRole('button', { name: 'Add product' }).click();
  const product = page.getByRole('group', { name: /^Product \d+/ }).last();
  await expect(product.getByLabel('Name', { exact: true })).toBeFocused();
  await product.getByLabel('Name', { exact: true }).fill('Soy candle');
  await product.getByLabel('Price', { exact: true }).fill('19.999');
  await product.getByLabel('Currency', { exact: true }).fill('EUR');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(product.getByText('EUR prices have at most 2 decimals.')).toBeVisible();
  await expect(product.getByLabel('Price', { exact: true })).toBeFocused();
  await product.getByLabel('Price', { exact: true }).fill('19.90');

  // An offer that ended in the past is shown as never mentioned.
  await page.getByRole('button', { name: 'Add offer' }).click();
  const offer = page.getByRole('group', { name: /^Offer \d+/ }).last();
  await offer.getByLabel('Offer', { exact: true }).fill('10% off winter candles');
  await offer.getByLabel('Valid from').fill('2020-01-01');
  await offer.getByLabel('Valid until').fill('2020-01-31');
  await expect(offer.getByText('Expired — never mentioned')).toBeVisible();

  await page.getByRole('button', { name: 'Save settings' }).click();
  const saved = page.getByRole('status').filter({ hasText: /Saved as version \d+/ });
  await expect(saved).toBeVisible();
  const first = Number((await saved.textContent())!.match(/version (\d+)/)![1]);

  // A second version: another tone.
  await page.getByLabel('Tone').selectOption('luxury');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved as version ${first + 1}` })).toBeVisible();

  const history = page.getByRole('region', { name: 'History' });
  const versionItem = (n: number) => history.getByRole('listitem').filter({ hasText: new RegExp(`^Version ${n}(?!\\d)`) });
  const newest = versionItem(first + 1);
  await expect(newest).toContainText('Changed: Brand voice');
  await expect(newest).toContainText('Current');

  // Restore the first version (after confirming): a new version with the old tone.
  page.once('dialog', (dialog) => void dialog.accept());
  await history.getByRole('button', { name: `Restore version ${first}`, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Restored version ${first} as version ${first + 2}` })).toBeVisible();
  await expect(versionItem(first + 2)).toContainText(`Rolled back to version ${first}`);
  await expect(page.getByLabel('Tone')).toHaveValue('friendly');
  await expect(page.getByLabel('Assistant name')).toHaveValue(agentName);
});

test('on a phone the agent settings fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logInAsDemoOwner(page);
  await page.goto('/agent');
  await expect(page.getByRole('button', { name: 'Save settings' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
