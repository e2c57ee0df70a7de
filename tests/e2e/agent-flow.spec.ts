// The AI agent end to end (issue 6): configure the agent and save a product, upload a knowledge
// file and wait until it is ready, ask in the playground, then a simulated customer's DM gets an
// AI draft in the inbox, which the operator approves and the simulator (Meta) receives.
import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner, openConversation, simulatorReceived, uniqueSuffix } from './inbox-helpers';

test('configure, upload knowledge, try in the playground, approve the AI draft of a real DM', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await logInAsDemoOwner(page);
  const n = uniqueSuffix();
  const productName = `Rose candle ${n}`;

  // 1. Settings: drafts for every reply, one product; saved as a new version.
  await page.goto('/agent');
  await page.getByRole('radio', { name: /^Draft/ }).check();
  await page.getByRole('button', { name: 'Add product' }).click();
  const product = page.getByRole('group', { name: /^Product \d+/ }).last();
  await product.getByLabel('Name', { exact: true }).fill(productName);
  await product.getByLabel('Price', { exact: true }).fill('18.00');
  await product.getByLabel('Currency', { exact: true }).fill('EUR');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved as version \d+/ })).toBeVisible();

  // 2. Knowledge: a small Markdown file, indexed until it is ready.
  await page.getByRole('navigation', { name: 'AI assistant' }).getByRole('link', { name: 'Knowledge' }).click();
  await expect(page).toHaveURL(/\/agent\/knowledge/);
  const fileName = `shipping-${n}.md`;
  // The uploader's file input ("Choose files"); it uploads as soon as files are chosen.
  await page.locator('input[type="file"]').first().setInputFiles({
    name: fileName,
    mimeType: 'text/markdown',
    buffer: Buffer.from(`# Shipping\n\n## Portugal\n\nWe ship candles to Portugal in 3 working days (reference PT${n}).\n`),
  });
  const fileRow = page.getByRole('listitem').filter({ hasText: fileName }).or(page.getByRole('row').filter({ hasText: fileName }));
  await expect(fileRow.getByText('Ready', { exact: true }).first()).toBeVisible({ timeout: 60_000 });

  // 3. Playground with the saved settings: the knowledge file answers and is listed as a source.
  await page.getByRole('navigation', { name: 'AI assistant' }).getByRole('link', { name: 'Playground' }).click();
  await page.getByLabel(/^Saved settings/).check();
  const input = page.getByLabel('Message as the customer');
  await input.fill('How long does shipping to Portugal take?');
  await input.press('Enter');
  const answer = page.getByRole('article', { name: 'Assistant answer' }).last();
  await expect(answer).toContainText(/working days/, { timeout: 30_000 });
  await expect(answer.getByRole('list', { name: 'Sources' })).toContainText(fileName);

  // 4. A real DM through the simulator: the agent drafts, the operator approves, Meta receives it.
  const name = `Agent Alma ${n}`;
  await customerWrites(browser, { id: `1555820${n}`, name, text: `Hi! How much is the ${productName}?` });
  await openConversation(page, name);
  const draft = page.getByRole('region', { name: 'Suggested reply' });
  await expect(async () => {
    await page.reload();
    await expect(draft.getByLabel('Suggested reply text')).toHaveValue(/18[.,]00/, { timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
  const reply = await draft.getByLabel('Suggested reply text').inputValue();
  await page.screenshot({ path: 'test-results/screens/agent-flow-draft.png', fullPage: true });
  await draft.getByRole('button', { name: 'Approve & send' }).click();
  await expect(page.getByRole('region', { name: 'Suggested reply' })).toHaveCount(0, { timeout: 15_000 });
  await simulatorReceived(page.request, reply.split('\n')[0]!);
});
