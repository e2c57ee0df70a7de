// Keyboard shortcuts (j/k, r, t, e, a, ?) and the phone layout where list and thread are separate screens.
import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner, openConversation, uniqueSuffix } from './inbox-helpers';

test('keyboard shortcuts move, reply, take over, assign and close', async ({ page, browser }) => {
  await logInAsDemoOwner(page);
  const n = uniqueSuffix();
  await customerWrites(browser, { id: `1555710${n}`, name: `Keys Kim ${n}`, text: 'First question' });
  await customerWrites(browser, { id: `1555720${n}`, name: `Keys Lou ${n}`, text: 'Second question' });
  await openConversation(page, `Keys Lou ${n}`);
  // Newest first: Lou is on top, Kim right below — once the agent has handed both to a person
  // (a conversation still with the AI sorts below every "Needs human" one, so j/k would land
  // elsewhere while Lou's hand-off is in flight).
  const rows = page.locator('ul[aria-label="Conversations"] a[data-conversation-link]');
  await expect(rows.nth(0)).toContainText(`Keys Lou ${n}`);
  await expect(rows.nth(1)).toContainText(`Keys Kim ${n}`);
  await page.locator('#conversation-heading').click();
  await page.keyboard.press('j');
  await expect(page.getByRole('heading', { name: `Keys Kim ${n}`, level: 2 })).toBeVisible();
  await page.keyboard.press('k');
  await expect(page.getByRole('heading', { name: `Keys Lou ${n}`, level: 2 })).toBeVisible();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByText('Take over from the AI')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/inbox-shortcuts.png' });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('r');
  await expect(page.locator('#composer')).toBeFocused();
  // Typing in the composer is not a shortcut.
  await page.keyboard.type('ok');
  await expect(page.locator('#composer')).toHaveValue('ok');
  await expect(page.getByRole('heading', { name: `Keys Lou ${n}`, level: 2 })).toBeVisible();
  await page.locator('#composer').fill('');
  await page.locator('#composer').blur();

  await page.keyboard.press('t');
  await expect(page.getByRole('button', { name: 'Hand back to AI' }).first()).toBeVisible();

  await page.keyboard.press('a');
  await expect(page.getByRole('button', { name: 'Assign to me' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/now you/)).toBeAttached();

  await page.keyboard.press('e');
  await expect(page.getByRole('button', { name: 'Reopen' }).first()).toBeVisible();
});

test('on a phone the list and the conversation are separate screens', async ({ page, browser }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logInAsDemoOwner(page);
  const n = uniqueSuffix();
  const name = `Phone Pia ${n}`;
  await customerWrites(browser, { id: `1555730${n}`, name, text: 'Hello from my phone' });
  await openConversation(page, name);
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeHidden();
  await expect(page.getByLabel('Write a reply')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/inbox-phone-thread.png' });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await page.getByRole('link', { name: 'Back to conversations' }).click();
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(name) })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/inbox-phone-list.png' });
});
