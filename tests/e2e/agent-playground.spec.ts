// The agent playground with UNSAVED settings: a product and an offer typed into Settings (not
// saved) answer the customer's price question, the agent admits it is an AI, and asking for a
// person shows which handoff rule fired. Nothing is saved along the way.
import { expect, test, type Page } from '@playwright/test';
import { logInAsDemoOwner, uniqueSuffix } from './inbox-helpers';

async function ask(page: Page, text: string) {
  const answers = page.getByRole('article', { name: 'Assistant answer' });
  const before = await answers.count();
  const input = page.getByLabel('Message as the customer');
  await input.fill(text);
  await input.press('Enter');
  await expect(answers).toHaveCount(before + 1, { timeout: 30_000 });
  return answers.last();
}

test('try unsaved settings in the playground: price from the new product, AI honesty, handoff rule', async ({ page }) => {
  await logInAsDemoOwner(page);
  await page.goto('/agent');
  const nav = page.getByRole('navigation', { name: 'AI assistant' });
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');

  const n = uniqueSuffix();
  const productName = `Lavender candle ${n}`;
  await page.getByRole('button', { name: 'Add product' }).click();
  const product = page.getByRole('group', { name: /^Product \d+/ }).last();
  await product.getByLabel('Name', { exact: true }).fill(productName);
  await product.getByLabel('Price', { exact: true }).fill('21.50');
  await product.getByLabel('Currency', { exact: true }).fill('EUR');
  await page.getByRole('button', { name: 'Add offer' }).click();
  const offer = page.getByRole('group', { name: /^Offer \d+/ }).last();
  await offer.getByLabel('Offer', { exact: true }).fill(`10% off all candles with code SPRING${n}`);
  await offer.getByLabel('Code (optional)').fill(`SPRING${n}`);
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  // No "leave without saving?" dialog: the changes travel to the playground in this tab.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('link', { name: 'Try in playground' }).click();
  await expect(page).toHaveURL(/\/agent\/playground\?settings=draft/);
  await expect(page.getByRole('heading', { name: 'Playground', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'AI assistant' }).getByRole('link', { name: 'Playground' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('Unsaved changes from Settings')).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Using your unsaved changes' })).toBeVisible();

  // The price comes from the unsaved product, which is listed as a source.
  const price = await ask(page, `How much is the lavender candle ${n}?`);
  await expect(price).toContainText(/21[.,]50/);
  const sources = price.getByRole('list', { name: 'Sources' });
  await expect(sources).toContainText(productName);
  await expect(price).toContainText(/Estimated cost/);
  await price.getByText('Prompt preview').click();
  await expect(price.getByText('System prompt')).toBeVisible();
  await expect(price.locator('pre')).toContainText(productName);

  const discount = await ask(page, 'Do you have any discount codes?');
  await expect(discount).toContainText(`SPRING${n}`);

  // Honesty: asked whether it is a bot, the agent says it is an AI.
  const bot = await ask(page, 'Are you a bot?');
  await expect(bot).toContainText(/\bAI\b/);

  // A person is asked for: the handoff and the rule that fired are shown.
  const human = await ask(page, 'Can I talk to a human, please?');
  await expect(human).toContainText('Handed off to a person');
  await expect(human).toContainText('asked_for_human');

  // Shift+Enter makes a new line instead of sending; Reset clears the conversation.
  const input = page.getByLabel('Message as the customer');
  await input.fill('first line');
  await input.press('Shift+Enter');
  await input.pressSequentially('second line');
  await expect(input).toHaveValue('first line\nsecond line');
  await page.getByRole('button', { name: 'Reset conversation' }).click();
  await expect(page.getByRole('article', { name: 'Assistant answer' })).toHaveCount(0);

  // The saved settings did not change: the product is unknown to them.
  await page.getByLabel(/^Saved settings/).check();
  const saved = await ask(page, `How much is the lavender candle ${n}?`);
  await expect(saved).not.toContainText(/21[.,]50/);
  // Back in Settings (same tab), the unsaved changes are still there to save or discard.
  await page.getByRole('navigation', { name: 'AI assistant' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('Unsaved changes (kept from this tab)')).toBeVisible();
  await expect(page.getByRole('group', { name: new RegExp(`Product \\d+: ${productName}`) })).toBeVisible();
});

test('the playground says when there are no unsaved changes, and fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logInAsDemoOwner(page);
  await page.goto('/agent');
  await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('relaydesk:agent-settings-draft:')).forEach((key) => sessionStorage.removeItem(key)));
  await page.goto('/agent/playground?settings=draft');
  await expect(page.getByRole('alert').filter({ hasText: 'There are no unsaved changes in this tab.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send' })).toBeDisabled();
  // The agent tabs scroll sideways instead of widening the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByLabel(/^Saved settings/).check();
  const answer = await ask(page, 'Hello! Are you open today?');
  await expect(answer).toBeVisible();
});
