// Privacy flows in real Chromium (issue 16 and 12.1): export a contact and delete it; the public
// deletion request that only a code sent from the number itself confirms; close a workspace and
// restore it within the grace period; delete an account and keep it.
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { latestEmail, signUpAndVerify, uniqueEmail } from './helpers';
import { customerWrites, logInAsDemoOwner, openConversation, submitSimulatorConsole, uniqueSuffix, DEMO_WHATSAPP } from './inbox-helpers';

async function signUp(page: Page, request: APIRequestContext, workspaceName: string) {
  const email = uniqueEmail('privacy');
  await page.context().clearCookies();
  await signUpAndVerify(page, request, { name: 'Petra Privacy', email, workspace: workspaceName });
  return email;
}

test('export a contact as JSON and CSV from the contact panel, then delete them', async ({ page, browser }) => {
  const id = `4917${uniqueSuffix()}01`;
  const name = `Export Person ${uniqueSuffix()}`;
  const customer = await customerWrites(browser, { id, name, text: 'Please send my order history' });
  await customer.close();
  await logInAsDemoOwner(page);
  await openConversation(page, name);

  const panel = page.getByRole('region', { name: 'Data' }).or(page.locator('section[aria-labelledby="contact-data-heading"]'));
  await expect(panel).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/privacy-contact-panel.png' });
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-contact-json').click()]);
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  expect(data.contact.externalId).toBe(id);
  expect(JSON.stringify(data.conversations)).toContain('Please send my order history');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-contact-csv').click()]);
  expect(readFileSync(await csv.path(), 'utf8')).toContain('Please send my order history');

  await page.getByTestId('delete-contact').locator('summary').click();
  await page.getByRole('button', { name: 'Delete contact and data' }).click();
  await expect(page).toHaveURL(/\/inbox\?deleted=contact/);
  await expect(page.getByRole('link', { name: new RegExp(name) })).toHaveCount(0);
});

test('a public deletion request erases nothing until the code is sent from the number itself', async ({ page, browser }) => {
  // Three people in turn (customer, requester, shop) and two webhook round trips through the queue.
  test.setTimeout(180_000);
  const number = `4917${uniqueSuffix()}02`;
  const name = `Proof Person ${uniqueSuffix()}`;
  (await customerWrites(browser, { id: number, name, text: 'Hello shop' })).close();

  await page.context().clearCookies();
  await page.goto('/data-deletion');
  await page.getByRole('radio', { name: 'WhatsApp number' }).check();
  await page.locator('input[name="identifier_whatsapp_number"]').fill(`+${number}`);
  await page.getByRole('button', { name: 'Request deletion' }).click();
  await expect(page).toHaveURL(/\/data-deletion\/status\?code=/);
  const proof = (await page.getByTestId('proof-code').innerText()).trim();
  expect(proof).toMatch(/^DEL-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await page.screenshot({ path: 'test-results/screens/privacy-status-awaiting.png', fullPage: true });
  // Without the #received anchor: going to the same URL with a fragment is a same-document
  // (fragment) navigation in Chromium, which never asks the server again.
  const statusUrl = page.url().replace(/#.*$/, '');

  // The data is still there: the shop still sees the conversation.
  const shop = await (await browser.newContext()).newPage();
  await logInAsDemoOwner(shop);
  await openConversation(shop, name);

  // The person sends the code from their own number to the shop.
  const customer = await (await browser.newContext()).newPage();
  await customer.goto('/dev/meta');
  await customer.waitForLoadState('networkidle');
  await submitSimulatorConsole(customer, number, async () => {
    await customer.getByLabel('Channel').selectOption({ label: DEMO_WHATSAPP });
    await customer.getByLabel('Customer', { exact: true }).selectOption({ label: 'Someone else…' });
    await customer.getByLabel('Customer id').fill(number);
    await customer.getByLabel('Customer name').fill(name);
    await customer.getByLabel('Message', { exact: true }).fill(`Please delete my data ${proof}`);
  });

  await expect(async () => {
    await page.goto(statusUrl);
    await expect(page.getByTestId('completed')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByTestId('completed')).toContainText(/deleted.*contact/i);
  await page.screenshot({ path: 'test-results/screens/privacy-status-completed.png', fullPage: true });
  await shop.goto('/inbox');
  await expect(shop.getByRole('link', { name: new RegExp(name) })).toHaveCount(0);
});

test('close a workspace, restore it within the grace period, then delete the account and keep it', async ({ page, request }) => {
  const workspaceName = `Closing Shop ${uniqueSuffix()}`;
  const email = await signUp(page, request, workspaceName);

  await page.goto('/settings/workspace');
  await page.screenshot({ path: 'test-results/screens/privacy-workspace-settings.png', fullPage: true });
  await page.getByTestId('close-workspace').locator('summary').click();
  await page.getByLabel(`Type ${workspaceName} to confirm`).fill(workspaceName);
  await page.getByRole('button', { name: 'Close workspace' }).click();
  await expect(page).toHaveURL(/\/workspaces\/closed\?closed=1/);
  await expect(page.getByTestId('closed-workspaces')).toContainText(workspaceName);
  await page.screenshot({ path: 'test-results/screens/privacy-closed-workspaces.png', fullPage: true });
  await latestEmail(request, email, /was closed/);
  // Closed means out of reach: the app sends the owner to create or restore a workspace.
  await page.goto('/inbox');
  await expect(page).toHaveURL(/\/workspaces\/new/);

  await page.goto('/workspaces/closed');
  await page.getByTestId('restore-workspace').locator('summary').click();
  await page.getByRole('button', { name: 'Restore workspace' }).click();
  await expect(page).toHaveURL(/\/settings\/workspace\?restored=1/);
  await expect(page.getByRole('status').filter({ hasText: 'Workspace restored' })).toBeVisible();

  await page.goto('/settings/account');
  await page.getByTestId('delete-account').locator('summary').click();
  await page.getByLabel(`Type ${email} to confirm`).fill(email);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByTestId('account-deletion-banner')).toBeVisible();
  await latestEmail(request, email, /account will be deleted/);
  await page.screenshot({ path: 'test-results/screens/privacy-account-deletion.png', fullPage: true });
  await page.getByRole('button', { name: 'Keep my account' }).click();
  await expect(page.getByTestId('account-deletion-banner')).toHaveCount(0);
});

test('privacy pages on a phone (390×844): deletion request and status, workspace privacy settings, account, closed workspaces', async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/data-deletion');
  await expect(page.getByRole('heading', { level: 1, name: 'Data deletion' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/privacy-phone-data-deletion.png', fullPage: true });
  await page.goto('/data-deletion/status');
  await page.screenshot({ path: 'test-results/screens/privacy-phone-status.png', fullPage: true });
  const workspaceName = `Phone Shop ${uniqueSuffix()}`;
  await signUp(page, request, workspaceName);
  await page.goto('/settings/workspace');
  await expect(page.getByTestId('close-workspace')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/privacy-phone-workspace-settings.png', fullPage: true });
  await page.goto('/settings/account');
  await page.screenshot({ path: 'test-results/screens/privacy-phone-account.png', fullPage: true });
  await page.goto('/settings/workspace');
  await page.getByTestId('close-workspace').locator('summary').click();
  await page.getByLabel(`Type ${workspaceName} to confirm`).fill(workspaceName);
  await page.getByRole('button', { name: 'Close workspace' }).click();
  await expect(page.getByTestId('closed-workspaces')).toContainText(workspaceName);
  await page.screenshot({ path: 'test-results/screens/privacy-phone-closed-workspaces.png', fullPage: true });
});
