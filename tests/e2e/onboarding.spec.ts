// Issue 14: a new owner's inbox opens with a getting-started checklist (it ticks itself off from
// the workspace's data and can be hidden), and the workspace's business hours start in the
// owner's browser time zone, shown at the top of the AI assistant page.
import { expect, test } from '@playwright/test';
import { latestEmail, uniqueEmail } from './helpers';

test.use({ timezoneId: 'Europe/Berlin' });

test('a new owner gets the checklist and business hours in their own time zone', async ({ page, request }) => {
  const email = uniqueEmail('onboard');
  await page.goto('/signup');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Your name').fill('Nora New');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill('a calm green kettle 42');
  await page.getByLabel('Workspace name').fill('Nora Knits');
  await page.getByLabel(/I am 16 or older/).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  // The heading follows the result: the form is gone, the email is what matters now.
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Create your Relaydesk account' })).toHaveCount(0);

  const verify = (await latestEmail(request, email, /verify your email/i)).links.find((l) => l.includes('/verify-email?token='))!;
  await page.goto(verify);
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page).toHaveURL(/\/inbox$/);

  const checklist = page.getByRole('region', { name: 'Get started' });
  await expect(checklist).toBeVisible();
  await expect(checklist).toContainText('0 of 4 done');
  await expect(checklist.getByRole('list', { name: 'Getting-started steps' }).getByRole('listitem')).toHaveText([
    /Connect a channel/, /Set up the AI assistant/, /Invite a teammate/, /Send a test message|Receive your first message/,
  ]);
  await page.screenshot({ path: 'test-results/screens/onboarding-checklist-desktop.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screens/onboarding-checklist-phone.png' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Business hours: the browser's zone (Europe/Berlin), shown prominently.
  await checklist.getByRole('link', { name: 'Set up' }).click();
  await expect(page).toHaveURL(/\/agent$/);
  const hours = page.getByRole('region', { name: /Business hours/ }).first();
  await expect(hours).toContainText('Mon–Fri 09:00–17:00 · Sat–Sun closed');
  await expect(hours).toContainText('Europe/Berlin');
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Berlin');
  await page.screenshot({ path: 'test-results/screens/agent-business-hours-desktop.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screens/agent-business-hours-phone.png' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Inviting a teammate ticks a step off by itself.
  await page.goto('/team');
  await page.getByLabel('Email', { exact: false }).first().fill(uniqueEmail('mate'));
  await page.getByRole('button', { name: /invite/i }).first().click();
  await page.goto('/inbox');
  await expect(checklist).toContainText('1 of 4 done');
  await expect(checklist.getByText('Invite a teammate (done)')).toBeAttached();

  // Hidden for good (this member, this workspace).
  await checklist.getByRole('button', { name: /Hide/ }).click();
  await expect(checklist).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Get started' })).toHaveCount(0);
});
