// Who handles a conversation, AI drafts and bulk actions, end to end against the Meta simulator.
// Drafts come from POST /api/dev/inbox/drafts until the AI agent (issue 6) writes them.
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';

async function logIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Email').fill('owner@demo.relaydesk.test');
  await page.getByLabel('Password').fill('relaydesk-demo-2026');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/inbox/);
  const switcher = page.getByRole('combobox', { name: /workspace/i }).first();
  if (await switcher.isVisible() && (await switcher.inputValue()) && !(await switcher.locator('option:checked').innerText()).includes('Demo Shop')) {
    await switcher.selectOption({ label: 'Demo Shop' });
  }
}

/** A DM from a new simulated WhatsApp customer; returns once the app accepted the webhook. */
async function customerWrites(browser: Browser, options: { id: string; name: string; text: string }) {
  const customer = await (await browser.newContext()).newPage();
  await customer.goto('/dev/meta');
  await customer.getByLabel('Channel').selectOption({ label: 'WhatsApp +15550783881 (Demo Shop)' });
  await customer.getByLabel('Customer', { exact: true }).selectOption({ label: 'Someone else…' });
  await customer.getByLabel('Customer id').fill(options.id);
  await customer.getByLabel('Customer name').fill(options.name);
  await customer.getByLabel('Message', { exact: true }).fill(options.text);
  await customer.getByRole('button', { name: 'Send webhook' }).click();
  await expect(customer.getByText('App answered HTTP 200').first()).toBeVisible();
  await customer.close();
}

async function openConversation(page: Page, name: string): Promise<string> {
  await page.goto('/inbox');
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('link', { name: new RegExp(name) })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole('link', { name: new RegExp(name) }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  return new URL(page.url()).searchParams.get('c')!;
}

async function simulatorReceived(request: APIRequestContext, text: string) {
  await expect(async () => {
    const feed = (await (await request.get('/api/dev/meta/console')).json()) as { outbound: { payload: unknown }[] };
    expect(feed.outbound.some((o) => JSON.stringify(o.payload).includes(text))).toBe(true);
  }).toPass({ timeout: 20_000 });
}

const unique = () => `${Date.now()}`.slice(-7);

test('an AI draft is approved and the simulator receives it', async ({ page, browser, baseURL }) => {
  await logIn(page);
  const n = unique();
  const name = `Draft Dana ${n}`;
  await customerWrites(browser, { id: `1555800${n}`, name, text: 'Do you ship to Lisbon?' });
  const conversationId = await openConversation(page, name);

  const reply = `Yes, we ship to Lisbon in 2–3 days (${n}).`;
  const created = await page.request.post('/api/dev/inbox/drafts', { data: { conversationId, text: reply }, headers: { origin: baseURL! } });
  expect(created.status()).toBe(201);
  await page.reload();

  const draft = page.getByRole('region', { name: 'Suggested reply' });
  await expect(draft.getByLabel('Suggested reply text')).toHaveValue(reply);
  await page.screenshot({ path: 'test-results/screens/inbox-draft.png', fullPage: true });
  await draft.getByRole('button', { name: 'Approve & send' }).click();

  await expect(page.getByRole('region', { name: 'Suggested reply' })).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText(reply).first()).toBeVisible();
  await simulatorReceived(page.request, reply);
});

test('take over, then hand back to the AI', async ({ page, browser }) => {
  await logIn(page);
  const n = unique();
  const name = `Handover Hugo ${n}`;
  await customerWrites(browser, { id: `1555810${n}`, name, text: 'Can a person help me?' });
  await openConversation(page, name);

  await page.getByRole('button', { name: 'Take over' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You are handling this conversation' })).toBeVisible();
  await expect(page.getByText(/You took over/).first()).toBeAttached(); // in the badge's accessible name and the actions menu
  await page.screenshot({ path: 'test-results/screens/inbox-taken-over.png', fullPage: true });

  await page.getByRole('button', { name: 'Hand back to AI' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Handed back to the AI.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Take over' })).toBeVisible();
});

test('bulk close two conversations', async ({ page, browser }) => {
  await logIn(page);
  const n = unique();
  const names = [`Bulk Bea ${n}`, `Bulk Ben ${n}`];
  await customerWrites(browser, { id: `1555820${n}`, name: names[0]!, text: 'first' });
  await customerWrites(browser, { id: `1555830${n}`, name: names[1]!, text: 'second' });
  await page.goto('/inbox');
  for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  const toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(toolbar.getByText('2 selected')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/inbox-bulk.png', fullPage: true });
  await toolbar.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Closed 2 conversations.' })).toBeVisible();
  for (const name of names) await expect(page.getByRole('link', { name: new RegExp(name) })).toHaveCount(0);
});
