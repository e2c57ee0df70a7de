import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner as logIn, openConversation } from './inbox-helpers';

test('a simulator image DM appears in the thread with its image, and opening it marks it read', async ({ page, browser }) => {
  await logIn(page);
  const name = `Thread Tomas ${Date.now() % 100000}`;
  await customerWrites(browser, { id: `1555${String(Date.now()).slice(-7)}`, name, kind: 'Image', text: 'Is this the right colour?' });

  await openConversation(page, name);
  await expect(page).toHaveURL(/[?&]c=/);
  const thread = page.getByRole('region', { name: 'Messages' });
  await expect(thread.getByText('Is this the right colour?')).toBeVisible();
  // The media job downloads the file; the page refreshes live when it is stored.
  const image = thread.getByRole('img', { name: /image/i });
  await expect(image).toBeVisible({ timeout: 20_000 });
  await expect(image).toHaveAttribute('src', /^\/api\/media\//);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 20_000 }).toBeGreaterThan(0);
  // Opened → read: the row loses its unread badge.
  await expect(page.getByRole('link', { name: new RegExp(name) }).getByText(/unread/)).toHaveCount(0, { timeout: 15_000 });

  // Contact panel: a column on desktop, a dialog behind the "Contact" button on phones.
  await expect(page.getByRole('heading', { name: 'Channel identity' })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Contact', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Contact' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('term').filter({ hasText: 'WhatsApp id' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/inbox-thread-phone.png', fullPage: true });
});

test('a failed reply shows the reason and Retry sends it', async ({ page, browser }) => {
  await logIn(page);
  const name = `Retry Rosa ${Date.now() % 100000}`;
  const customer = await customerWrites(browser, { id: `1556${String(Date.now()).slice(-7)}`, name, text: 'Can you call me back?' });
  // The simulated number now refuses free-form sends with 131047 (window closed).
  const windowSwitch = customer.getByRole('switch', { name: '24 h window closed' });
  if ((await windowSwitch.getAttribute('aria-checked')) !== 'true') await windowSwitch.click();
  await expect(windowSwitch).toHaveAttribute('aria-checked', 'true');

  await openConversation(page, name);
  // The composer (built separately) sends the reply.
  await page.getByLabel('Write a reply').fill('Sure, calling you in 5 minutes.');
  await page.getByRole('button', { name: /^send/i }).click();

  const thread = page.getByRole('region', { name: 'Messages' });
  await expect(thread.getByText('Sure, calling you in 5 minutes.')).toBeVisible();
  await expect(thread.getByRole('alert').filter({ hasText: /Not sent/ })).toBeVisible({ timeout: 20_000 });
  await expect(thread.getByRole('alert')).toContainText(/24 hours/);
  await page.screenshot({ path: 'test-results/screens/inbox-thread-failed.png', fullPage: true });

  await windowSwitch.click();
  await expect(windowSwitch).toHaveAttribute('aria-checked', 'false');
  await thread.getByRole('button', { name: 'Retry' }).click();
  await expect(thread.getByRole('alert').filter({ hasText: /Not sent/ })).toHaveCount(0, { timeout: 20_000 });
  await expect(thread.getByTitle(/^(Sent|Delivered|Read)$/).last()).toBeVisible({ timeout: 20_000 });
});
