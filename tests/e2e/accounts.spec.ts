import { expect, test } from '@playwright/test';
import { latestEmail, uniqueEmail } from './helpers';

const password = 'a calm green kettle 42';

test('sign up → verify via the dev mailbox → log out → log in', async ({ page, request }) => {
  const email = uniqueEmail('owner');
  await page.goto('/signup');
  await page.getByLabel('Your name').fill('Olivia Owner');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill('short');
  await page.getByLabel('Workspace name').fill('Olivia Shop');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
  await expect(page.getByText(/I am 16 or older/)).toBeVisible();
  await expect(page.getByText('Please confirm you are 16 or older')).toBeVisible();

  await page.getByLabel('Password').fill(password);
  await page.getByLabel(/I am 16 or older/).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toContainText(`Check ${email}`);
  await page.screenshot({ path: 'test-results/screens/signup-done.png' });

  const mail = await latestEmail(request, email, /verify your email/i);
  const verifyLink = mail.links.find((l) => l.includes('/verify-email?token='))!;
  await page.goto(verifyLink);
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/inbox-shell.png' });

  // The link is single-use.
  await page.goto(verifyLink);
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page.getByText('This link has already been used.')).toBeVisible();

  await page.goto('/inbox');
  await page.locator('summary', { hasText: 'Olivia Owner' }).click();
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/inbox');
  await expect(page).toHaveURL(/\/login$/);

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('wrong password here');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/inbox$/);
});

test('"sign out other sessions" revokes them immediately', async ({ browser }) => {
  const owner = await browser.newContext();
  const other = await browser.newContext();
  for (const context of [owner, other]) {
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill('owner@demo.relaydesk.test');
    await page.getByLabel('Password').fill('relaydesk-demo-2026');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(/\/inbox$/);
  }
  const page = owner.pages()[0]!;
  await page.goto('/settings/account');
  await expect(page.getByRole('heading', { name: 'Active sessions' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/account-settings.png', fullPage: true });
  await page.getByRole('button', { name: 'Sign out all other sessions' }).click();
  await expect(page.getByRole('status')).toContainText(/Signed out \d+ other session/);

  const otherPage = other.pages()[0]!;
  await otherPage.goto('/inbox');
  await expect(otherPage).toHaveURL(/\/login$/);
  await page.goto('/inbox');
  await expect(page).toHaveURL(/\/inbox$/);
  await owner.close();
  await other.close();
});

test('a tampered session cookie means signed out, not an error', async ({ page, context }) => {
  await context.addCookies([{ name: 'rd_session', value: 'eyJhbGciOiJIUzI1NiIsImtpZCI6InMxIn0.e30.bad', url: page.url() === 'about:blank' ? 'http://localhost:3100' : page.url() }]);
  const response = await page.goto('/inbox');
  expect(response?.status()).toBeLessThan(500);
  await expect(page).toHaveURL(/\/login$/);
});

test('cross-site form posts are refused', async ({ request }) => {
  const response = await request.post('/login', { headers: { origin: 'https://evil.example' }, form: { email: 'x@example.test', password: 'y' } });
  expect(response.status()).toBe(403);
});
