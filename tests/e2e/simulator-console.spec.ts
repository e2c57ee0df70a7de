// Issue 14: the Meta simulator must not trip up a newcomer. Switching the console's channel
// picks that channel's first customer (it used to leave an empty required id, so Send did
// nothing), and the consent screen of a new workspace does not pre-select an account another
// workspace (the demo) already holds.
import { expect, test } from '@playwright/test';
import { logInAsDemoOwner } from './inbox-helpers';

test('switching the console channel selects a customer of that channel, and Send works', async ({ page }) => {
  await page.goto('/dev/meta');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Channel').selectOption({ label: 'Messenger · Demo Shop Page' });
  await expect(page.getByLabel('Customer', { exact: true }).locator('option:checked')).not.toHaveText('Someone else…');
  await expect(page.getByLabel('Customer id')).toHaveCount(0);
  await page.getByLabel('Channel').selectOption({ label: 'WhatsApp +15550783881 (Demo Shop)' });
  await expect(page.getByLabel('Customer', { exact: true }).locator('option:checked')).not.toHaveText('Someone else…');
  await expect(page.getByLabel('Customer id')).toHaveCount(0);
  await page.getByLabel('Message', { exact: true }).fill('Switching channels works');
  await page.getByRole('button', { name: 'Send webhook' }).click();
  await expect(page.getByText('App answered HTTP 200').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/dev-meta-switched.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screens/dev-meta-switched-phone.png', fullPage: true });
});

test('a new workspace is not offered the demo workspace’s Instagram account first', async ({ page }) => {
  await logInAsDemoOwner(page);
  await page.goto('/workspaces/new');
  await page.getByLabel('Workspace name').fill(`Fresh Shop ${Date.now().toString().slice(-5)}`);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page).toHaveURL(/\/inbox$/);
  await page.goto('/channels');
  await page.getByRole('link', { name: 'Connect Instagram' }).click();
  await expect(page).toHaveURL(/\/dev\/meta\/oauth\/instagram/);
  const demo = page.getByRole('radio', { name: /@demo\.shop/ });
  await expect(demo).not.toBeChecked();
  await expect(page.getByText('Connected to another Relaydesk workspace — connecting it here will be refused.').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/sim-oauth-taken.png', fullPage: true });
});
