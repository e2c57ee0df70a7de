// Automations end to end: validation errors in the editor, a rule that assigns Instagram
// "refund" messages to the owner, a DM from the Meta simulator that lands assigned in the inbox
// without a reload, the run log, a dry-run, keyboard toggling, phone and desktop layouts, delete.
import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner } from './inbox-helpers';

test('create a rule, trigger it from the Meta simulator, see the run log and the assignment live', async ({ page, browser }) => {
  const n = String(Date.now()).slice(-6);
  const ruleName = `Refunds to owner ${n}`;
  await logInAsDemoOwner(page);

  await page.goto('/automations');
  await expect(page.getByRole('heading', { name: 'Automations', level: 1 })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/automations-list.png', fullPage: true });

  // The editor refuses what the server would refuse, next to the field, keeping the input.
  await page.getByRole('link', { name: 'New rule' }).click();
  await expect(page.getByRole('heading', { name: 'New rule' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: '+ Add condition' }).click();
  await page.getByLabel('Condition 1', { exact: true }).selectOption({ label: 'Message matches (regular expression)' });
  await page.getByLabel('Pattern', { exact: true }).fill('(a+)+$');
  await page.getByRole('button', { name: 'Save rule' }).click();
  await expect(page.getByText('Give the rule a name.')).toBeVisible();
  await expect(page.getByText(/Nested repetition/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/automations-validation.png', fullPage: true });

  // The real rule: Instagram + "refund" → assign to the owner.
  await page.getByLabel('Name', { exact: true }).fill(ruleName);
  await page.getByLabel('Condition 1', { exact: true }).selectOption({ label: 'Message contains' });
  await page.getByLabel('Words', { exact: true }).fill('refund');
  await page.getByRole('button', { name: '+ Add condition' }).click();
  await page.getByLabel('Condition 2', { exact: true }).selectOption({ label: 'Channel is' });
  await expect(page.getByRole('checkbox', { name: 'instagram' })).toBeChecked();
  await expect(page.getByLabel('Action 1', { exact: true })).toHaveValue('assign_member');
  await page.getByLabel('Member', { exact: true }).selectOption({ label: 'Demo Owner' });
  await page.getByRole('button', { name: 'Save rule' }).click();
  await expect(page).toHaveURL(/\/automations\/[0-9a-f-]{36}\?saved=1/);
  await expect(page.getByRole('status').filter({ hasText: 'Rule saved.' })).toBeVisible();
  await expect(page.getByText('This rule has not fired yet.')).toBeVisible();
  const rulePath = new URL(page.url()).pathname;

  // An inbox filtered to "assigned to me", open before the DM arrives: the conversation appears there live.
  const inbox = await (await page.context().newPage());
  await inbox.goto('/inbox?assignee=me');
  await expect(inbox.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible({ timeout: 15_000 });
  const customerName = `Refund Rita ${n}`;
  const customer = await customerWrites(browser, { channel: 'Instagram @demo.shop', id: `7${n}12345678`, name: customerName, text: 'Hi, I would like a refund for order 4471' });
  await customer.close();
  await expect(inbox.getByRole('link', { name: new RegExp(customerName) })).toBeVisible({ timeout: 30_000 });
  await inbox.screenshot({ path: 'test-results/screens/automations-inbox-assigned.png', fullPage: true });
  await inbox.close();

  // The run log says what fired and what it did.
  await page.goto(rulePath);
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('Assigned to Demo Owner.')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('list', { name: 'Runs, newest first' }).getByText('succeeded')).toBeVisible();

  // Dry-run against that conversation: would fire, changes nothing.
  await page.waitForLoadState('networkidle');
  const option = await page.getByLabel('Conversation', { exact: true }).locator('option', { hasText: customerName }).first().getAttribute('value');
  await page.getByLabel('Conversation', { exact: true }).selectOption(option!);
  await page.getByRole('button', { name: 'Dry run' }).click();
  await expect(page.getByText('This rule would fire.')).toBeVisible();
  await expect(page.getByText('Would assign to Demo Owner.')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/automations-rule-desktop.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screens/automations-rule-phone.png', fullPage: true });

  // Keyboard: the enable switch toggles with Space, order buttons are reachable.
  await page.goto('/automations');
  const toggle = page.getByRole('switch', { name: `${ruleName} enabled` });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('switch', { name: `${ruleName} enabled` })).toHaveAttribute('aria-checked', 'false');
  await page.screenshot({ path: 'test-results/screens/automations-list-phone.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/screens/automations-list-desktop.png', fullPage: true });

  // Delete (after confirming) so other specs' Instagram messages are not routed by this rule.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Delete ${ruleName}` }).click();
  await expect(page.getByRole('link', { name: ruleName })).toHaveCount(0);
});
