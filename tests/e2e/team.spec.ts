import { expect, test } from '@playwright/test';
import { latestEmail, uniqueEmail } from './helpers';

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
