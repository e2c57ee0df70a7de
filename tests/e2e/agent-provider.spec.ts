import { expect, test } from '@playwright/test';
import { logInAsDemoOwner } from './inbox-helpers';

// The e2e server points OPENAI_BASE_URL at a local fake that rejects every key (scripts/e2e-server.ts).
test('provider page: save OpenAI with a bad key, Test connection shows the rejection, switch back to offline', async ({ page }) => {
  await logInAsDemoOwner(page);
  await page.goto('/agent/provider');
  await expect(page.getByRole('heading', { name: 'Provider and key', level: 1 })).toBeVisible();
  await expect(page.getByText('No key: the built-in offline responder answers')).toBeVisible();

  await page.getByRole('radio', { name: /OpenAI/ }).check();
  await expect(page.getByLabel('Model')).toBeVisible();
  await page.getByLabel('Model').fill('gpt-4o');
  await expect(page.getByText(/gpt-4o: about \$2\.50 in \/ \$10\.00 out per 1M tokens/)).toBeVisible();
  await page.getByLabel('Workspace API key').fill('sk-e2e-invalid-key-wxyz');
  await page.getByRole('button', { name: 'Save provider' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: the agent uses OpenAI.' })).toBeVisible();
  await expect(page.getByText('Key ending in')).toContainText('wxyz');
  // The key itself never comes back to the browser.
  await expect(page.getByLabel('Workspace API key')).toHaveValue('');
  expect(await page.content()).not.toContain('sk-e2e-invalid-key-wxyz');
  await expect(page.getByText("Your workspace's own key")).toBeVisible();

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'OpenAI rejected the API key (401). Check the key on the Provider page.' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Failed', { exact: true })).toBeVisible();

  await page.getByRole('radio', { name: /Built-in offline responder/ }).check();
  await expect(page.getByLabel('Workspace API key')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save provider' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: the agent uses the built-in offline responder.' })).toBeVisible();
  await expect(page.getByText('No key: the built-in offline responder answers')).toBeVisible();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'offline responder is active' })).toBeVisible();
});
