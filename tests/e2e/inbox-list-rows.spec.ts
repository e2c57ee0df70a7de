// Issue 14: list rows show who is assigned and that an AI draft waits, with labels by name; the
// filter dropdowns apply as soon as they change (no Apply click).
import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner, openConversation } from './inbox-helpers';

test('a row shows the assignee and "Draft waiting"; a filter dropdown applies on change', async ({ page, browser, baseURL }) => {
  await logInAsDemoOwner(page);
  const n = `${Date.now()}`.slice(-7);
  const name = `Row Rita ${n}`;
  await customerWrites(browser, { id: `1555820${n}`, name, text: 'Is the red scarf back in stock?' });
  const conversationId = await openConversation(page, name);
  const row = () => page.getByRole('list', { name: 'Conversations' }).getByRole('listitem').filter({ hasText: name });

  await expect(row()).toContainText('Unassigned');
  await page.getByLabel('Conversation actions').click();
  await page.getByRole('button', { name: 'Assign to me' }).click();
  await expect(row()).toContainText('You');

  const created = await page.request.post('/api/dev/inbox/drafts', { data: { conversationId, text: `Yes, it is back (${n}).` }, headers: { origin: baseURL! } });
  expect(created.status()).toBe(201);
  await page.reload();
  await expect(row()).toContainText('Draft waiting');
  await row().screenshot({ path: 'test-results/screens/inbox-row-assignee-draft.png' });

  // "Handling" dropdown: choosing "AI draft waiting" navigates by itself.
  await page.goto('/inbox');
  await page.waitForLoadState('networkidle');
  const handling = page.getByRole('combobox', { name: 'Handled by' });
  const waiting = await handling.locator('option', { hasText: /draft waiting/i }).first().getAttribute('value');
  await handling.selectOption(waiting!);
  await expect(page).toHaveURL(new RegExp(`handling=${waiting}`));
  await expect(row()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/inbox-filter-auto-apply-desktop.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screens/inbox-filter-auto-apply-phone.png' });
});
