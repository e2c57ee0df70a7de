import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner, openConversation, simulatorReceived, uniqueSuffix } from './inbox-helpers';

test('a simulator DM gets an AI draft with its provider, the operator switches the conversation to auto-send, and usage shows the turns', async ({ page, browser, request }) => {
  await logInAsDemoOwner(page);
  const suffix = uniqueSuffix();
  const name = `Agent Runtime ${suffix}`;
  const customerId = `4470${suffix}`;

  // Draft mode (the default): the reply waits for an operator, labelled with who wrote it.
  const customer = await customerWrites(browser, { id: customerId, name, text: 'Hello, what are your opening hours?' });
  await openConversation(page, name);
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Suggested reply' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText(/offline responder/i).first()).toBeVisible();

  // The operator lets the AI send in this conversation.
  await page.getByLabel('Conversation actions').click();
  await page.getByRole('button', { name: 'Let the AI send replies' }).click();
  await expect(page.getByText('The AI now sends its replies in this conversation.')).toBeVisible();

  // The next customer message is answered by the AI and reaches Meta (the simulator).
  const followUp = `Do you ship to Berlin? ${suffix}`;
  await customer.close();
  await customerWrites(browser, { id: customerId, name, text: followUp });
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('AI', { exact: true }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await simulatorReceived(request, customerId);

  // Usage counts the turns; the cap form is there for the owner.
  await page.goto('/agent/usage');
  await expect(page.getByRole('heading', { name: 'AI assistant usage', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: /per day/i })).toBeVisible();
  await page.getByLabel('Monthly cap (USD)').fill('abc');
  await page.getByRole('button', { name: 'Save cap' }).click();
  await expect(page.getByText(/Enter an amount in US dollars/)).toBeVisible();
  await page.getByLabel('Monthly cap (USD)').fill('25');
  await page.getByRole('button', { name: 'Save cap' }).click();
  await expect(page.getByRole('status').filter({ hasText: '$25.00 a month' })).toBeVisible();
});
