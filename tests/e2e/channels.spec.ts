import { expect, test } from '@playwright/test';
import { logInAsDemoOwner } from './inbox-helpers';

test('connect Instagram, Messenger and WhatsApp through the Meta simulator, then receive a DM', async ({ page }) => {
  await logInAsDemoOwner(page);
  // A fresh workspace, so the simulator's second set of accounts is free to connect.
  await page.goto('/workspaces/new');
  await page.getByLabel('Workspace name').fill('Other Shop');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page).toHaveURL(/\/inbox$/);

  await page.goto('/channels');
  await expect(page.getByText('No channels yet')).toBeVisible();

  // Instagram Business Login
  await page.getByRole('link', { name: 'Connect Instagram' }).click();
  await expect(page).toHaveURL(/\/dev\/meta\/oauth\/instagram/);
  await page.screenshot({ path: 'test-results/screens/sim-oauth-instagram.png', fullPage: true });
  await page.getByLabel(/@other\.shop/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/channels\?connected=/);
  await expect(page.getByRole('status')).toContainText('Connected');

  // Facebook Login for Pages (Messenger)
  await page.getByRole('link', { name: 'Connect Messenger' }).click();
  await expect(page).toHaveURL(/\/dev\/meta\/oauth\/facebook/);
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
  await page.getByLabel(/Other Shop Page/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/channels\?connected=/);

  // WhatsApp Embedded Signup (redirect fallback: no Facebook SDK offline)
  await page.getByRole('button', { name: 'Connect WhatsApp' }).click();
  await expect(page).toHaveURL(/\/dev\/meta\/oauth\/facebook/);
  await page.getByLabel(/Other Shop.*\+/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/channels\?connected=/);

  const cards = page.getByRole('list', { name: 'Connected channels' }).getByRole('listitem');
  await expect(cards).toHaveCount(3);
  await expect(page.getByText('Active')).toHaveCount(3);
  await page.screenshot({ path: 'test-results/screens/channels-connected.png', fullPage: true });

  // Play the customer: a DM to @other.shop arrives as a signed webhook and is stored.
  await page.goto('/dev/meta');
  await page.getByLabel('Channel').selectOption({ label: 'Instagram @other.shop' });
  await page.getByLabel('Customer', { exact: true }).selectOption({ label: 'Someone else…' });
  await page.getByLabel('Customer id').fill('1234567890123499');
  await page.getByLabel('Customer name').fill('Lia Lisbon');
  await page.getByLabel('Message', { exact: true }).fill('Hi! Do you ship to Lisbon? 🇵🇹');
  await page.getByRole('button', { name: 'Send webhook' }).click();
  await expect(page.getByText('App answered HTTP 200').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/dev-meta.png', fullPage: true });

  await expect(async () => {
    await page.goto('/channels');
    await expect(page.getByText('1 conversation').first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
});
