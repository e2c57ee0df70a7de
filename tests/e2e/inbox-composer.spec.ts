import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner as logIn, openConversation } from './inbox-helpers';

// The composer: an operator replies to a simulator DM and the simulator captures the send; a
// WhatsApp conversation older than 24 h forces the template picker; `/` inserts a canned response.

const unique = () => `${Date.now()}`.slice(-6);

test('an operator replies to a Messenger DM and the simulator receives the send', async ({ page, browser }) => {
  await logIn(page);
  const n = unique();
  const name = `Composer Carla ${n}`;
  const customer = await customerWrites(browser, { channel: 'Messenger · Demo Shop Page', id: `99000000${n}11`, name, text: 'Can I change my delivery address?' });

  await openConversation(page, name);
  await expect(page.getByText(/left in the 24-hour window/)).toBeVisible();
  const composer = page.getByLabel('Write a reply');
  const reply = `Of course — send me the new address 📦 (${n})`;
  await composer.fill(reply);
  await expect(page.getByText(`${reply.length}/1000`)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/composer-open.png', fullPage: true });
  await composer.press('Enter');
  await expect(composer).toHaveValue('', { timeout: 15_000 });

  await customer.reload();
  await expect(customer.getByRole('list', { name: 'Sends, newest first' }).getByText(reply).first()).toBeVisible({ timeout: 30_000 });
});

test('a WhatsApp conversation whose last message is older than 24 hours shows the template picker', async ({ page, browser }) => {
  await logIn(page);
  const n = unique();
  const name = `Aged Alex ${n}`;
  await customerWrites(browser, { channel: 'WhatsApp +15550783881 (Demo Shop)', id: `1555${n}9`, name, text: 'Hello? Anyone there?', hoursAgo: 30 });

  await openConversation(page, name);
  await expect(page.getByText(/WhatsApp allows only approved templates/)).toBeVisible();
  await expect(page.getByLabel('Write a reply')).toHaveCount(0);
  // The demo number's templates are synced on demand from the simulator's WABA.
  const sync = page.getByRole('button', { name: 'Sync templates' });
  if (await sync.isVisible()) {
    await sync.click();
    await expect(page.getByLabel('Approved template')).toBeVisible({ timeout: 20_000 });
  }
  await page.getByLabel('Approved template').selectOption({ label: 'order_update · en_US · utility' });
  await page.getByLabel('Variable {{1}}').fill('Alex');
  await page.getByLabel('Variable {{2}}').fill('#1042');
  await expect(page.getByLabel('Template preview')).toHaveText('Hi Alex, your order #1042 has shipped.');
  await expect(page.getByRole('button', { name: 'Send template' })).toBeEnabled();
  await page.screenshot({ path: 'test-results/screens/composer-template.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screens/composer-template-phone.png', fullPage: true });
});

test('typing / inserts a canned response', async ({ page, browser }) => {
  await logIn(page);
  const n = unique();
  await page.goto('/settings/canned-responses');
  await page.getByLabel('Shortcut').fill(`hours-${n}`);
  await page.getByLabel('Response', { exact: true }).fill('We are open 9:00–17:00, Monday to Friday.');
  await page.getByRole('button', { name: 'Add response' }).click();
  await expect(page.getByRole('list', { name: 'Canned responses' }).getByText(`/hours-${n}`)).toBeVisible();

  const name = `Canned Cleo ${n}`;
  await customerWrites(browser, { channel: 'Instagram @demo.shop', id: `12345678${n}77`, name, text: 'When are you open?' });
  await openConversation(page, name);
  const composer = page.getByRole('combobox', { name: 'Write a reply' });
  await composer.fill('Hi! ');
  await composer.pressSequentially(`/hours-${n.slice(0, 3)}`);
  const listbox = page.getByRole('listbox', { name: 'Canned responses' });
  await expect(listbox.getByRole('option', { name: new RegExp(`/hours-${n}`) })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/composer-canned.png', fullPage: true });
  await composer.press('ArrowDown');
  await composer.press('ArrowUp');
  await composer.press('Enter');
  await expect(composer).toHaveValue('Hi! We are open 9:00–17:00, Monday to Friday. ');
  await expect(listbox).toHaveCount(0);
});
