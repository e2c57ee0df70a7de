import { expect, test } from '@playwright/test';
import { logInAsDemoOwner } from './inbox-helpers';

test('a DM sent from the Meta simulator appears in an open inbox without a reload', async ({ page, browser }) => {
  await logInAsDemoOwner(page);
  await expect(page).toHaveURL(/\/inbox/);
  // The demo owner may have switched workspaces in another test; the demo workspace holds the simulated channels.
  const switcher = page.getByRole('combobox', { name: /workspace/i }).first();
  if (await switcher.isVisible() && (await switcher.inputValue()) && !(await switcher.locator('option:checked').innerText()).includes('Demo Shop')) {
    await switcher.selectOption({ label: 'Demo Shop' });
  }
  await page.goto('/inbox');
  await expect(page.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: 'test-results/screens/inbox-before.png', fullPage: true });

  const customer = await (await browser.newContext()).newPage();
  await customer.goto('/dev/meta');
  await customer.getByLabel('Channel').selectOption({ label: 'WhatsApp +15550783881 (Demo Shop)' });
  await customer.getByLabel('Customer', { exact: true }).selectOption({ label: 'Someone else…' });
  await customer.getByLabel('Customer id').fill('15559990001');
  await customer.getByLabel('Customer name').fill('Live Larissa');
  await customer.getByLabel('Message', { exact: true }).fill('Is the blue one back in stock? 💙');
  await customer.getByRole('button', { name: 'Send webhook' }).click();
  await expect(customer.getByText('App answered HTTP 200').first()).toBeVisible();

  // No reload: the SSE stream refreshes the list.
  await expect(page.getByRole('link', { name: /Live Larissa/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Is the blue one back in stock?')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/inbox-live.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screens/inbox-phone.png', fullPage: true });
});
