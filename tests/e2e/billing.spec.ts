import { expect, test, type Page } from '@playwright/test';
import { acceptInviteAsNewUser, latestEmail, signUpAndVerify, uniqueEmail } from './helpers';

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

test('pick Growth yearly on /pricing → sign up → the trial on Billing → pay through Checkout → Growth is shown; an agent cannot open Billing', async ({ page, browser, request }) => {
  // /pricing: the yearly switch is CSS-only; its Growth button carries the choice to sign-up.
  await page.goto('/pricing');
  await shot(page, 'pricing');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'pricing-mobile');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByText('Yearly · 2 months free').click();
  await page.locator('a[href="/signup?plan=growth&period=yearly"]').click();
  await expect(page).toHaveURL(/\/signup\?plan=growth&period=yearly$/);
  await expect(page.getByLabel('Plan after the trial')).toHaveValue('growth:yearly');
  await expect(page.getByText('14-day free trial · no card needed')).toBeVisible();
  await shot(page, 'billing-signup-plan');

  const email = uniqueEmail('payer');
  // The choice survives email verification: it is stored with the workspace's trial.
  await signUpAndVerify(page, request, { name: 'Paula Payer', email, workspace: 'Paula Candles', path: '/signup?plan=growth&period=yearly' });
  await expect(page.getByRole('note', { name: 'Billing' })).toContainText('Free trial: 14 days left');

  await page.getByRole('link', { name: 'Choose a plan' }).click();
  await expect(page).toHaveURL(/\/billing$/);
  await expect(page.getByRole('heading', { name: 'Free trial', exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByText('14 days left')).toBeVisible();
  await expect(page.getByText(/After the trial: Growth, billed yearly/)).toBeVisible();
  await expect(page.getByRole('meter', { name: 'Team seats' })).toHaveAttribute('aria-valuemax', '2');
  await expect(page.getByRole('radio', { name: /Growth/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Yearly/ })).toBeChecked();
  await shot(page, 'billing-trial');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'billing-trial-mobile');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Checkout on the Stripe stand-in: the real SDK created this session.
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page).toHaveURL(/\/dev\/stripe\/checkout\/cs_test_/);
  await expect(page.getByRole('heading', { name: 'Subscribe to Relaydesk Growth' })).toBeVisible();
  await expect(page.getByText('€790')).toBeVisible();
  await page.getByLabel('VAT number (optional, businesses)').fill('DE123456789');
  await page.getByLabel('Promotion code (optional)').fill('LAUNCH20');
  await shot(page, 'billing-standin-checkout');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'billing-standin-checkout-mobile');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Subscribe' }).click();

  await expect(page).toHaveURL(/\/billing\?checkout=confirmed$/);
  await expect(page.getByRole('status').filter({ hasText: 'Payment received' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Growth, billed yearly', exact: true })).toBeVisible();
  await expect(page.getByText('Active', { exact: true })).toBeVisible();
  await expect(page.getByText(/Renews on/)).toBeVisible();
  await expect(page.getByRole('note', { name: 'Billing' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Receipt' })).toBeVisible();
  await expect(page.getByText('€632.00')).toBeVisible(); // €790 less 20%
  await shot(page, 'billing-active');

  // The receipt email links the hosted receipt (the webhook path, processed by the in-process worker).
  const receipt = await latestEmail(request, email, /Receipt for Paula Candles/);
  expect(receipt.links.some((l) => l.includes('/dev/stripe/invoices/in_'))).toBe(true);

  // The Customer Portal for owners.
  await page.getByRole('button', { name: 'Manage subscription' }).click();
  await expect(page).toHaveURL(/\/dev\/stripe\/portal\/bps_/);
  await expect(page.getByRole('heading', { name: 'Billing portal' })).toBeVisible();
  await shot(page, 'billing-standin-portal');
  // Change plan: an upgrade applies at once; the webhook (processed by the in-process worker) updates Relaydesk.
  await page.getByLabel('Plan', { exact: true }).selectOption({ label: 'Scale, billed yearly — €1,990.00' });
  await page.getByRole('button', { name: 'Update plan' }).click();
  await expect(page.getByText('Plan changed. The difference was charged pro rata.')).toBeVisible();
  // Cancel: at the end of the paid period.
  await page.getByRole('button', { name: 'Cancel plan' }).click();
  await expect(page.getByText('Cancelled: the plan ends at the end of the current period.')).toBeVisible();
  await page.getByRole('link', { name: '← Return to Relaydesk' }).click();
  await expect(page).toHaveURL(/\/billing$/);
  await expect
    .poll(async () => {
      await page.reload();
      return (await page.getByRole('main').textContent()) ?? '';
    }, { timeout: 20_000, intervals: [500, 1000] })
    .toMatch(/Scale, billed yearly.*Cancelled: the plan stays until/s);
  await shot(page, 'billing-cancelled');

  // An agent of the same workspace sees neither the Billing page nor its nav entry.
  const agentEmail = uniqueEmail('agent');
  await page.goto('/team');
  await page.getByLabel('Email', { exact: false }).first().fill(agentEmail);
  await page.getByRole('button', { name: /invite/i }).first().click();
  await expect(page.getByText(agentEmail).first()).toBeVisible();
  const invite = await latestEmail(request, agentEmail, /invite|join/i);
  const other = await browser.newContext();
  const agentPage = await other.newPage();
  await acceptInviteAsNewUser(agentPage, invite.links.find((l) => l.includes('/invite/'))!, 'Andy Agent');
  await expect(agentPage.getByRole('link', { name: 'Billing' })).toHaveCount(0);
  await agentPage.goto('/billing');
  await expect(agentPage.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  await agentPage.goto('/billing/portal');
  await expect(agentPage.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  await other.close();
});

test('after the trial ends, sending pauses with a banner and a way to pay', async ({ page, request }) => {
  await signUpAndVerify(page, request, { name: 'Ezra Expired', email: uniqueEmail('expired'), workspace: 'Ezra Goods' });

  // The stand-in's control panel ends the signed-in owner's own trial.
  await page.goto('/dev/stripe');
  await page.getByRole('button', { name: 'End the trial now' }).click();
  await expect(page.getByText(/The trial of Ezra Goods has ended/)).toBeVisible();
  await shot(page, 'billing-standin-panel');

  await page.goto('/inbox');
  const banner = page.getByRole('alert').filter({ hasText: 'Sending is paused: the free trial has ended' });
  await expect(banner).toBeVisible();
  await shot(page, 'billing-read-only-banner');
  await banner.getByRole('link', { name: 'Choose a plan' }).click();
  await expect(page.getByRole('heading', { name: 'No active plan', exact: true })).toBeVisible();
  await expect(page.getByText(/Sending is paused because the free trial has ended/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Choose a plan to resume sending' })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/inbox');
  await expect(page.getByRole('alert').filter({ hasText: 'Sending paused' })).toBeVisible();
  await shot(page, 'billing-read-only-mobile');
});
