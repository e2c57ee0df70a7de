// Issue 12 in the browser against the production build: client IPs cannot be chosen with headers,
// the live inbox ends with the session, newer tabs take over the stream slots, /channels shows no
// text from its URL, and sign-up tells an existing owner by email without telling the visitor.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { latestEmail, uniqueEmail } from './helpers';

const DEMO = { email: 'owner@demo.relaydesk.test', password: 'relaydesk-demo-2026' };

/** A fresh session of the demo owner in its own browser context (never the specs' shared one). */
async function freshDemoSession(browser: Browser, headers: Record<string, string> = {}) {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/inbox/);
  return { context, page };
}

async function openLiveInbox(page: Page) {
  await page.goto('/inbox');
  await expect(page.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible({ timeout: 15_000 });
}

test('the session list shows the real address, whatever X-Forwarded-For and X-Real-IP claim', async ({ browser }) => {
  const { context, page } = await freshDemoSession(browser, { 'x-forwarded-for': '203.0.113.99', 'x-real-ip': '203.0.113.98' });
  await page.goto('/settings/account');
  const sessions = page.locator('main');
  await expect(sessions.getByText(/IP (127\.0\.0\.1|::1) · last active/).first()).toBeVisible();
  await expect(sessions).not.toContainText('203.0.113.9');
  await context.close();
});

test('rotating X-Forwarded-For does not get around the sign-in limit', async ({ page }) => {
  const email = uniqueEmail('guessed');
  const outcomes: string[] = [];
  for (let n = 1; n <= 6; n++) {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${n}` });
    await page.goto('/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(`guess number ${n}`);
    await page.getByRole('button', { name: 'Log in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: /do not match|Too many/ });
    await expect(alert).toBeVisible();
    outcomes.push((await alert.innerText()).includes('Too many') ? 'limited' : 'wrong');
  }
  expect(outcomes).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'wrong', 'limited']);
  await expect(page.getByRole('alert').filter({ hasText: 'Too many failed sign-ins for this email from your network' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/sign-in-limited.png' });
});

test('logging out in one tab ends the live inbox in the other', async ({ browser }) => {
  const { context, page } = await freshDemoSession(browser);
  const other = await context.newPage();
  await openLiveInbox(other);
  await page.locator('summary', { hasText: 'Demo Owner' }).click();
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  // Without any inbox event to wake it, the stream notices within seconds and the tab reloads to sign-in.
  await expect(other).toHaveURL(/\/login$/, { timeout: 20_000 });
  await context.close();
});

test('a sixth inbox tab takes over the oldest tab\'s live updates, which can resume', async ({ browser }) => {
  const { context, page: first } = await freshDemoSession(browser);
  await openLiveInbox(first);
  const later: Page[] = [];
  for (let i = 0; i < 5; i++) {
    const tab = await context.newPage();
    await openLiveInbox(tab);
    later.push(tab);
  }
  const paused = first.getByRole('status').filter({ hasText: 'Paused — live updates moved to a newer tab.' });
  await expect(paused).toBeVisible({ timeout: 15_000 });
  await first.screenshot({ path: 'test-results/screens/inbox-stream-paused.png' });
  await first.setViewportSize({ width: 390, height: 844 });
  await first.screenshot({ path: 'test-results/screens/inbox-stream-paused-mobile.png' });
  await first.setViewportSize({ width: 1280, height: 800 });
  await first.getByRole('button', { name: 'Resume' }).click();
  await expect(first.getByRole('status').filter({ hasText: /^Live$/ })).toBeVisible({ timeout: 15_000 });
  // Resuming took a slot back: now the oldest of the others gives way.
  await expect(later[0]!.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible({ timeout: 15_000 });
  await context.close();
});

test('/channels shows only its own messages, never text from the URL', async ({ browser }) => {
  const { context, page } = await freshDemoSession(browser);
  await page.goto(`/channels?error=${encodeURIComponent('Your account is suspended. Call +1 555 0100 to restore it.')}&connected=${encodeURIComponent('Scam Inc')}`);
  await expect(page.getByRole('heading', { name: 'Channels' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('suspended');
  await expect(page.locator('main')).not.toContainText('Scam Inc');
  await page.goto('/channels?error=state_expired');
  await expect(page.getByRole('alert').filter({ hasText: 'The connection attempt expired. Please try again.' })).toBeVisible();
  await context.close();
});

test('signing up with an address that has an account looks the same, and the owner gets an email', async ({ page, request }) => {
  await page.goto('/signup');
  await page.getByLabel('Your name').fill('Someone Else');
  await page.getByLabel('Work email').fill(DEMO.email);
  await page.getByLabel('Password').fill('a brand new password 42');
  await page.getByLabel('Workspace name').fill('Copycat Shop');
  await page.getByLabel(/I am 16 or older/).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toContainText(`Check ${DEMO.email} for a link to confirm your address and finish signing up.`);
  const email = await latestEmail(request, DEMO.email, /You already have a Relaydesk account/);
  expect(email.links.some((link) => link.endsWith('/login'))).toBe(true);
  expect(email.links.some((link) => link.endsWith('/forgot-password'))).toBe(true);
  // Nothing changed: the owner still signs in with the old password.
  await page.goto('/login');
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/inbox/);
});
