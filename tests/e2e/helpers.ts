import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Waits for the newest dev-mailbox email to `to` whose subject matches, and returns its links. */
export async function latestEmail(request: APIRequestContext, to: string, subject: RegExp): Promise<{ subject: string; links: string[] }> {
  let found: { subject: string; links: string[] } | undefined;
  await expect
    .poll(async () => {
      const response = await request.get(`/api/dev/mailbox/latest?to=${encodeURIComponent(to)}`);
      if (!response.ok()) return null;
      const body = (await response.json()) as { subject: string; links: string[] };
      if (!subject.test(body.subject)) return null;
      found = body;
      return body.subject;
    }, { timeout: 20_000, intervals: [250, 500, 1000] })
    .toMatch(subject);
  return found!;
}

export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;

export const TEST_PASSWORD = 'a calm green kettle 42';

/**
 * Signs a new owner up (own workspace) from the sign-up form at `path` (/signup, or
 * /signup?plan=… from the pricing page), confirms the email, and lands in the new inbox.
 */
export async function signUpAndVerify(page: Page, request: APIRequestContext, who: { name: string; email: string; workspace: string; path?: string }): Promise<void> {
  await page.goto(who.path ?? '/signup');
  // The form is a client component: filling it before hydration loses the values.
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Work email').fill(who.email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByLabel('Workspace name').fill(who.workspace);
  await page.getByLabel(/I am 16 or older/).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toContainText(`Check ${who.email}`);
  const mail = await latestEmail(request, who.email, /verify your email/i);
  await page.goto(mail.links.find((l) => l.includes('/verify-email?token='))!);
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page).toHaveURL(/\/inbox$/);
}

/** Accepts an invite link in `page` as a new user named `name`, landing in the inbox. */
export async function acceptInviteAsNewUser(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel(/name/i).first().fill(name);
  await page.getByLabel(/^password/i).first().fill(TEST_PASSWORD);
  await page.getByLabel(/16 or older/).check();
  await page.getByRole('button', { name: /create/i }).click();
  await expect(page).toHaveURL(/\/inbox$/);
}
