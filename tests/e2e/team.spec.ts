import { expect, test } from '@playwright/test';
import { acceptInviteAsNewUser, latestEmail, signUpAndVerify, uniqueEmail } from './helpers';

test('owner invites a teammate; the teammate signs up through the invite; the agent role cannot reach admin pages', async ({ page, browser, request }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('owner@demo.relaydesk.test');
  await page.getByLabel('Password').fill('relaydesk-demo-2026');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/inbox$/);

  const teammate = uniqueEmail('agent');
  await page.goto('/team');
  await page.getByLabel('Email', { exact: false }).first().fill(teammate);
  await page.getByRole('button', { name: /invite/i }).first().click();
  await expect(page.getByText(teammate).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/team.png', fullPage: true });

  const mail = await latestEmail(request, teammate, /invite|join/i);
  const link = mail.links.find((l) => l.includes('/invite/'))!;

  const other = await browser.newContext();
  const agentPage = await other.newPage();
  await agentPage.goto(link);
  await expect(agentPage.getByRole('heading', { name: /^Join .+ on Relaydesk$/ })).toBeVisible();
  await agentPage.screenshot({ path: 'test-results/screens/invite.png', fullPage: true });
  await agentPage.getByLabel(/name/i).first().fill('Alex Agent');
  await agentPage.getByLabel(/^password/i).first().fill('a calm green kettle 42');
  await agentPage.getByLabel(/16 or older/).check();
  await agentPage.getByRole('button', { name: /create/i }).click();
  await expect(agentPage).toHaveURL(/\/inbox$/);

  await agentPage.goto('/channels');
  await expect(agentPage.getByText('Only owners and admins can connect or disconnect channels.')).toBeVisible();
  for (const path of ['/audit', '/billing', '/agent']) {
    // The shell streams first, so the status can already be 200; the page content is what is refused.
    await agentPage.goto(path);
    await expect(agentPage.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  }
  await agentPage.goto('/inbox');
  await agentPage.locator('summary', { hasText: 'Alex Agent' }).click();
  await agentPage.getByRole('button', { name: 'Log out' }).click();
  await expect(agentPage).toHaveURL(/\/login$/);
  await other.close();

  await page.goto('/audit');
  await expect(page.getByText('accepted an invite').first()).toBeVisible();
  await expect(page.getByText('sent an invite').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/audit.png', fullPage: true });
});

// Issue 14: the last owner is told to hand over ownership instead of being offered "Leave" and
// refused afterwards; once someone else is owner, "Leave" appears.
test('a sole owner is not offered "Leave" until ownership is transferred', async ({ page, browser, request }) => {
  await signUpAndVerify(page, request, { name: 'Olga Owner', email: uniqueEmail('sole-owner'), workspace: 'Olga Pottery' });
  // A new workspace's inbox says what to do first, not "no match for these filters" (issue 14).
  await expect(page.getByText('No channels connected yet')).toBeVisible();
  await expect(page.getByText('No conversations match these filters.')).toHaveCount(0);

  const members = page.getByRole('region', { name: /Members/ });
  await page.goto('/team');
  await expect(members.getByText('You are the only member. Invite a teammate and make them owner before you can leave.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Leave' })).toHaveCount(0);

  const mateEmail = uniqueEmail('next-owner');
  await page.getByLabel('Email address').fill(mateEmail);
  await page.getByLabel('Role').selectOption('admin');
  await page.getByRole('button', { name: /invite/i }).first().click();
  const link = (await latestEmail(request, mateEmail, /invite|join/i)).links.find((l) => l.includes('/invite/'))!;
  const mateContext = await browser.newContext();
  const mate = await mateContext.newPage();
  await acceptInviteAsNewUser(mate, link, 'Nico Next');
  // The admin may leave; the owner still may not, and is told how to.
  await mate.goto('/team');
  await expect(mate.getByRole('button', { name: 'Leave' })).toBeVisible();
  await mateContext.close();

  await page.reload();
  await expect(members.getByText('You are the only owner. To leave, first make someone else owner (“Make owner” next to their name).')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Leave' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/team-sole-owner.png', fullPage: true });

  page.once('dialog', (dialog) => void dialog.accept());
  await members.getByRole('listitem').filter({ hasText: 'Nico Next' }).getByRole('button', { name: 'Make owner' }).click();
  await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect(members.getByText(/You are the only owner/)).toHaveCount(0);
});
